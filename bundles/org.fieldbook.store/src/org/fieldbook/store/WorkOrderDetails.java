package org.fieldbook.store;

import java.util.List;

import org.fieldbook.model.Booking;
import org.fieldbook.model.TimeEntry;
import org.fieldbook.model.WorkOrder;
import org.fieldbook.model.WorkOrderIncident;
import org.fieldbook.model.WorkOrderProduct;
import org.fieldbook.model.WorkOrderService;
import org.fieldbook.model.WorkOrderServiceTask;

/**
 * A work order with everything a technician works through. The work order's account, contact, incident
 * type and asset, and the lines' products, are the stored rows; a reference the device does not hold is
 * a stand-in with only its key.
 *
 * @param workOrder the work order
 * @param bookings its bookings, by start
 * @param incidents its incidents
 * @param tasks its service tasks, in line order
 * @param products products used or estimated
 * @param services services used or estimated
 * @param timeEntries the time its technicians recorded on it (travel, work, breaks), by start
 */
public record WorkOrderDetails(WorkOrder workOrder, List<Booking> bookings, List<WorkOrderIncident> incidents,
        List<WorkOrderServiceTask> tasks, List<WorkOrderProduct> products, List<WorkOrderService> services,
        List<TimeEntry> timeEntries) {
}
