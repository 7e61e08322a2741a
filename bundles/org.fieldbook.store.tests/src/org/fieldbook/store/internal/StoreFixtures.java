package org.fieldbook.store.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.fieldbook.model.Account;
import org.fieldbook.model.Booking;
import org.fieldbook.model.BookingStatus;
import org.fieldbook.model.FieldServiceStatus;
import org.fieldbook.model.FieldbookFactory;
import org.fieldbook.model.Record;
import org.fieldbook.model.WorkOrder;
import org.fieldbook.model.WorkOrderSystemStatus;
import org.fieldbook.store.DownloadPage;
import org.fieldbook.store.internal.security.BootKeys;

/** Records and stores for the store's tests: real Derby databases in temporary folders. */
final class StoreFixtures {

    static final String KEY = "0123456789abcdef0123456789abcdef";
    static final BootKeys FIXED_KEY = (database, mayCreate) -> KEY;
    static final FieldbookFactory MODEL = FieldbookFactory.eINSTANCE;

    private StoreFixtures() {
    }

    static DerbyLocalStore open(Path folder) {
        return new DerbyLocalStore(folder, FIXED_KEY);
    }

    /** A page as the server would send it: no next link, no token. */
    static DownloadPage page(EClass table, List<? extends Record> rows) {
        return new DownloadPage(table, rows, List.of(), null, null, null);
    }

    static Account account(String id, String name) {
        Account account = MODEL.createAccount();
        account.setId(id);
        account.setName(name);
        account.setVersionNumber(1);
        return account;
    }

    static BookingStatus status(String id, String name, FieldServiceStatus meaning) {
        BookingStatus status = MODEL.createBookingStatus();
        status.setId(id);
        status.setName(name);
        status.setFieldServiceStatus(meaning);
        return status;
    }

    static WorkOrder workOrder(String id, String number, Account account, String address, String city,
            WorkOrderSystemStatus status) {
        WorkOrder workOrder = MODEL.createWorkOrder();
        workOrder.setId(id);
        workOrder.setNumber(number);
        workOrder.setServiceAccount(account);
        workOrder.setAddress1(address);
        workOrder.setCity(city);
        workOrder.setSystemStatus(status);
        workOrder.setVersionNumber(5);
        return workOrder;
    }

    static Booking booking(String id, Instant start, long minutes, WorkOrder workOrder, BookingStatus status) {
        Booking booking = MODEL.createBooking();
        booking.setId(id);
        booking.setName("Booking " + id);
        booking.setStartTime(start);
        booking.setEndTime(start.plusSeconds(minutes * 60));
        booking.setDuration((int) minutes);
        booking.setWorkOrder(workOrder);
        booking.setStatus(status);
        booking.setVersionNumber(3);
        return booking;
    }
}
