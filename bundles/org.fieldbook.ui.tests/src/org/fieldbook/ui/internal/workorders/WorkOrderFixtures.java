package org.fieldbook.ui.internal.workorders;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.MDirtyable;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.emf.ecore.EClass;
import org.fieldbook.model.Account;
import org.fieldbook.model.Booking;
import org.fieldbook.model.BookingStatus;
import org.fieldbook.model.FieldServiceStatus;
import org.fieldbook.model.FieldbookFactory;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.Product;
import org.fieldbook.model.Record;
import org.fieldbook.model.WorkOrder;
import org.fieldbook.model.WorkOrderServiceTask;
import org.fieldbook.model.WorkOrderSystemStatus;
import org.fieldbook.store.DownloadPage;
import org.fieldbook.store.LocalStore;
import org.fieldbook.store.internal.DerbyLocalStore;
import org.fieldbook.tests.common.ui.E4PartFixture;

/** Rows as a download brings them, written into a real encrypted Derby store. */
final class WorkOrderFixtures {

    static final FieldbookFactory MODEL = FieldbookFactory.eINSTANCE;

    private WorkOrderFixtures() {
    }

    static DerbyLocalStore open(Path folder) {
        return new DerbyLocalStore(folder, (database, mayCreate) -> "workorders-ui-test-key");
    }

    /**
     * Writes what most form tests start from: the account Contoso Dairy and its work order {@code wo-1}
     * (WO-00412, 12 Mill Road, in progress).
     *
     * @return the work order, to hang lines and tasks off
     */
    static WorkOrder contosoWorkOrder(LocalStore store) {
        Account account = account("acc-1", "Contoso Dairy");
        WorkOrder workOrder = workOrder("wo-1", "WO-00412", account, "12 Mill Road", WorkOrderSystemStatus.IN_PROGRESS);
        download(store, FieldbookPackage.Literals.ACCOUNT, List.of(account));
        download(store, FieldbookPackage.Literals.WORK_ORDER, List.of(workOrder));
        return workOrder;
    }

    /**
     * @return a fixture whose context holds what the work order form needs: the store, a part to be dirty, a
     *         clock fixed at {@code now} in Berlin, and {@code workOrderId} to show
     */
    static E4PartFixture formContext(Class<?> testClass, LocalStore store, Instant now, String workOrderId) {
        E4PartFixture fixture = new E4PartFixture(testClass);
        fixture.context().set(LocalStore.class, store);
        fixture.context().set(MDirtyable.class, MBasicFactory.INSTANCE.createPart());
        fixture.context().set(Clock.class, Clock.fixed(now, ZoneId.of("Europe/Berlin")));
        fixture.context().set(WorkOrderFormPart.WORK_ORDER_ID, workOrderId);
        return fixture;
    }

    static void download(LocalStore store, EClass table, List<? extends Record> rows) {
        store.downloads().apply(new DownloadPage(table, rows, List.of(), null, null, null));
    }

    static Account account(String id, String name) {
        Account account = MODEL.createAccount();
        account.setId(id);
        account.setName(name);
        account.setVersionNumber(1);
        return account;
    }

    static WorkOrder workOrder(String id, String number, Account account, String street, WorkOrderSystemStatus status) {
        WorkOrder workOrder = MODEL.createWorkOrder();
        workOrder.setId(id);
        workOrder.setNumber(number);
        workOrder.setServiceAccount(account);
        workOrder.setAddress1(street);
        workOrder.setCity("Springfield");
        workOrder.setSystemStatus(status);
        workOrder.setVersionNumber(5);
        return workOrder;
    }

    static BookingStatus status(String id, String name, FieldServiceStatus meaning) {
        BookingStatus status = MODEL.createBookingStatus();
        status.setId(id);
        status.setName(name);
        status.setFieldServiceStatus(meaning);
        status.setVersionNumber(1);
        return status;
    }

    static Booking booking(String id, WorkOrder workOrder, BookingStatus status, Instant start) {
        Booking booking = MODEL.createBooking();
        booking.setId(id);
        booking.setName("Booking " + id);
        booking.setStartTime(start);
        booking.setEndTime(start.plusSeconds(150 * 60));
        booking.setWorkOrder(workOrder);
        booking.setStatus(status);
        booking.setVersionNumber(3);
        return booking;
    }

    static WorkOrderServiceTask task(String id, String name, WorkOrder workOrder, int order) {
        WorkOrderServiceTask task = MODEL.createWorkOrderServiceTask();
        task.setId(id);
        task.setName(name);
        task.setWorkOrder(workOrder);
        task.setLineOrder(order);
        task.setVersionNumber(2);
        return task;
    }

    static Product product(String id, String name) {
        Product product = MODEL.createProduct();
        product.setId(id);
        product.setName(name);
        product.setVersionNumber(1);
        return product;
    }
}
