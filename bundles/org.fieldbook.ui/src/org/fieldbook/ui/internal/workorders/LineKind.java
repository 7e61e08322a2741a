package org.fieldbook.ui.internal.workorders;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.fieldbook.model.FieldbookPackage.Literals;

/**
 * Products and services used are the same kind of line: a catalogue item on the work order with an
 * amount the technician changes in steps.
 *
 * @param title the section's heading
 * @param noun what one line is called, e.g. "product"
 * @param table the line's table
 * @param item the lookup of the catalogue item
 * @param workOrder the lookup of the work order
 * @param booking the lookup of the booking it was used in
 * @param lineStatus estimated or used
 * @param amount what the technician changes, e.g. the quantity
 * @param step how much [−] and [+] change the amount, and what a new line starts with
 * @param unit what the amount counts, shown after it
 * @param common amounts the number pad offers as one-tap chips
 */
record LineKind(String title, String noun, EClass table, EReference item, EReference workOrder, EReference booking,
        EAttribute lineStatus, EAttribute amount, double step, String unit, List<Integer> common) {

    static final LineKind PRODUCTS = new LineKind("Products used", "product", Literals.WORK_ORDER_PRODUCT,
            Literals.WORK_ORDER_PRODUCT__PRODUCT, Literals.WORK_ORDER_PRODUCT__WORK_ORDER, Literals.WORK_ORDER_PRODUCT__BOOKING,
            Literals.WORK_ORDER_PRODUCT__LINE_STATUS, Literals.WORK_ORDER_PRODUCT__QUANTITY, 1, "pcs", List.of(1, 2, 3, 5, 10));

    static final LineKind SERVICES = new LineKind("Services used", "service", Literals.WORK_ORDER_SERVICE,
            Literals.WORK_ORDER_SERVICE__SERVICE, Literals.WORK_ORDER_SERVICE__WORK_ORDER, Literals.WORK_ORDER_SERVICE__BOOKING,
            Literals.WORK_ORDER_SERVICE__LINE_STATUS, Literals.WORK_ORDER_SERVICE__DURATION, 15, "min", List.of(15, 30, 45, 60, 90, 120));

    /** @return e.g. "Add product" */
    String addLabel() {
        return "Add " + noun;
    }
}
