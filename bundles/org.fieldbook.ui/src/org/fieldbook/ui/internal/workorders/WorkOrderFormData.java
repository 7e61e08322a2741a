package org.fieldbook.ui.internal.workorders;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.ecore.EClass;
import org.fieldbook.model.BookingStatus;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.Product;
import org.fieldbook.model.Record;
import org.fieldbook.store.LocalStore;
import org.fieldbook.store.WorkOrderDetails;

/**
 * What the form shows, read in one go off the UI thread: the work order with its children, the
 * organization's booking statuses and the product catalogue (both small tables).
 *
 * @param details the work order and its bookings, tasks and lines
 * @param statuses every booking status, by name
 * @param catalogue every product and service, by name
 * @param history earlier visits to the same asset or account, newest first
 * @param serviceItems keys of the catalogue items some work order on the device uses as a service
 */
record WorkOrderFormData(WorkOrderDetails details, List<BookingStatus> statuses, List<Product> catalogue,
        List<ServiceHistory.Visit> history, Set<String> serviceItems) {

    static Optional<WorkOrderFormData> read(LocalStore store, String workOrderId) {
        return store.workOrders().details(workOrderId).map(details -> new WorkOrderFormData(details,
                all(store, FieldbookPackage.Literals.BOOKING_STATUS, BookingStatus.class, BookingStatus::getName),
                all(store, FieldbookPackage.Literals.PRODUCT, Product.class, Product::getName),
                ServiceHistory.of(store, details.workOrder()),
                store.records().referencedKeys(FieldbookPackage.Literals.WORK_ORDER_SERVICE, "_msdyn_service_value")));
    }

    private static <T extends Record> List<T> all(LocalStore store, EClass table, Class<T> type,
            Function<T, String> name) {
        return store.records().versions(table).keySet().stream()
                .map(id -> store.records().<T>find(table, id))
                .flatMap(Optional::stream)
                .map(type::cast)
                .sorted(Comparator.comparing(name, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER)))
                .toList();
    }
}
