package org.fieldbook.ui.internal.workorders;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.fieldbook.model.Booking;
import org.fieldbook.model.IncidentType;
import org.fieldbook.model.FieldbookPackage.Literals;
import org.fieldbook.model.WorkOrder;
import org.fieldbook.store.LocalStore;
import org.fieldbook.store.WorkOrderDetails;

/**
 * The earlier visits the device knows of: other work orders on the same customer asset or for the same
 * account, newest first. Only what the offline profile brought down, so it says "on this device".
 */
final class ServiceHistory {

    /** How many visits the form lists; older ones matter less than a short form. */
    static final int SHOWN = 8;
    /** How many work orders per lookup are read to find them: bounded, so a big account stays quick. */
    private static final int READ = 40;

    /**
     * One earlier visit.
     *
     * @param when its latest booking's start, or when the work order was created
     */
    record Visit(String workOrderId, String number, Instant when, String status, String incidentType) {
    }

    private ServiceHistory() {
    }

    static List<Visit> of(LocalStore store, WorkOrder workOrder) {
        Set<String> keys = new LinkedHashSet<>();
        if (workOrder.getCustomerAsset() != null) {
            keys.addAll(store.records().referencing(Literals.WORK_ORDER, "_msdyn_customerasset_value",
                    workOrder.getCustomerAsset().getId(), READ));
        }
        if (workOrder.getServiceAccount() != null) {
            keys.addAll(store.records().referencing(Literals.WORK_ORDER, "_msdyn_serviceaccount_value",
                    workOrder.getServiceAccount().getId(), READ));
        }
        keys.remove(workOrder.getId());
        return keys.stream().map(key -> store.workOrders().details(key)).flatMap(Optional::stream).map(ServiceHistory::visit)
                .sorted(Comparator.comparing(Visit::when, Comparator.nullsLast(Comparator.reverseOrder()))).limit(SHOWN)
                .toList();
    }

    private static Visit visit(WorkOrderDetails details) {
        WorkOrder workOrder = details.workOrder();
        Instant when = details.bookings().stream().map(Booking::getStartTime).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(workOrder.getCreatedOn());
        IncidentType incident = workOrder.getPrimaryIncidentType();
        return new Visit(workOrder.getId(), workOrder.getNumber(), when,
                workOrder.getSystemStatus() == null ? null : workOrder.getSystemStatus().getLiteral(),
                incident == null ? null : incident.getName());
    }
}
