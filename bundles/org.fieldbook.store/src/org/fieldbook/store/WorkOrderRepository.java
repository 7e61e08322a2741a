package org.fieldbook.store;

import java.util.List;
import java.util.Optional;

/** Reads work orders: pages of a filtered list, and one work order with everything it holds. */
public interface WorkOrderRepository {

    /** @return one page of the work orders matching the query, ordered by number */
    List<WorkOrderSummary> find(WorkOrderQuery query);

    /** @return how many work orders match the query, ignoring its paging */
    int count(WorkOrderQuery query);

    /** @return the work order with its account, contact, incident type, asset, bookings and lines */
    Optional<WorkOrderDetails> details(String workOrderId);
}
