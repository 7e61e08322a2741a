package org.fieldbook.store;

import java.time.Instant;

import org.fieldbook.model.FieldServiceStatus;

/**
 * A booking as the agenda shows it. Fields of rows the device does not hold (yet) are null.
 *
 * @param bookingId the booking's key
 * @param name the booking's name
 * @param start when the booking starts
 * @param end when it ends
 * @param statusName the booking status as named by the organization
 * @param fieldServiceStatus the status's field-service meaning, if known
 * @param workOrderId the booked work order's key
 * @param workOrderNumber its number, e.g. WO-00412
 * @param accountName the service account's name
 * @param address the work order's street address and city
 */
public record AgendaEntry(String bookingId, String name, Instant start, Instant end, String statusName,
        FieldServiceStatus fieldServiceStatus, String workOrderId, String workOrderNumber, String accountName,
        String address) {
}
