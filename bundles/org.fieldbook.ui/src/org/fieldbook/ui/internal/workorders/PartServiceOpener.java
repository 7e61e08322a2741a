package org.fieldbook.ui.internal.workorders;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** Opens the work order form part of the application model and hands it the work order through its context. */
final class PartServiceOpener implements WorkOrderOpener {

    private final IEclipseContext context;

    PartServiceOpener(IEclipseContext context) {
        this.context = context;
    }

    @Override
    public void open(String workOrderId) {
        MPart form = context.get(EPartService.class).showPart(WorkOrderFormPart.PART_ID, PartState.ACTIVATE);
        if (form != null && form.getContext() != null) {
            form.getContext().set(WorkOrderFormPart.WORK_ORDER_ID, workOrderId);
        }
    }
}
