package org.fieldbook.ui.internal.workorders;

/**
 * Shows a work order in the work order form. Parts get it from their e4 context, so the list and the
 * agenda need not know how the form is found (the workbench's is {@link PartServiceOpener}).
 */
@FunctionalInterface
public interface WorkOrderOpener {

    void open(String workOrderId);
}
