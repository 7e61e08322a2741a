package org.fieldbook.store;

import org.fieldbook.model.WorkOrderPriority;
import org.fieldbook.model.WorkOrderSystemStatus;

/**
 * A work order as a list row shows it.
 *
 * @param id the key
 * @param number e.g. WO-00412
 * @param systemStatus its status
 * @param priority its priority
 * @param accountName the service account's name, if the device holds it
 * @param address street address and city
 */
public record WorkOrderSummary(String id, String number, WorkOrderSystemStatus systemStatus, WorkOrderPriority priority,
        String accountName, String address) {
}
