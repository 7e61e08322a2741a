package org.fieldbook.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.IntSupplier;

import org.fieldbook.model.Account;
import org.fieldbook.model.Booking;
import org.fieldbook.model.FieldbookFactory;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.Record;
import org.fieldbook.model.WorkOrder;
import org.fieldbook.model.WorkOrderSystemStatus;
import org.fieldbook.store.DownloadPage;
import org.fieldbook.store.WorkOrderQuery;
import org.fieldbook.store.internal.DerbyLocalStore;

/**
 * The local store with 100,000 work orders, 100,000 bookings and 10,000 accounts in an encrypted Derby
 * database: how long applying them takes, and the queries the UI runs. Prints a Markdown table of the
 * median, minimum and maximum of several runs. Run through {@code releng/bench/store-bench.sh}.
 */
public final class StoreBench {

    private static final int WORK_ORDERS = 100_000;
    private static final int ACCOUNTS = 10_000;
    private static final int PAGE = 5_000;
    private static final int RUNS = 7;
    private static final Instant START = Instant.parse("2026-11-01T00:00:00Z");
    private static final FieldbookFactory MODEL = FieldbookFactory.eINSTANCE;

    private StoreBench() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("fieldbook-bench").resolve("db");
        DerbyLocalStore store = new DerbyLocalStore(folder, (database, mayCreate) -> "benchmark-key-0123456789");
        List<Account> accounts = accounts();
        long applyStart = System.nanoTime();
        store.downloads().apply(new DownloadPage(FieldbookPackage.Literals.ACCOUNT, accounts, List.of(), null, null, null));
        for (int from = 0; from < WORK_ORDERS; from += PAGE) {
            List<Record> workOrders = new ArrayList<>();
            List<Record> bookings = new ArrayList<>();
            for (int i = from; i < from + PAGE; i++) {
                WorkOrder workOrder = workOrder(i, accounts.get(i % ACCOUNTS));
                workOrders.add(workOrder);
                bookings.add(booking(i, workOrder));
            }
            store.downloads().apply(new DownloadPage(FieldbookPackage.Literals.WORK_ORDER, workOrders, List.of(), null, null, null));
            store.downloads().apply(new DownloadPage(FieldbookPackage.Literals.BOOKING, bookings, List.of(), null, null, null));
        }
        double applySeconds = (System.nanoTime() - applyStart) / 1e9;
        int rows = ACCOUNTS + 2 * WORK_ORDERS;
        System.out.printf("Applied %,d rows in %,d-row pages: %.1f s (%,.0f rows/s)%n%n", rows, PAGE, applySeconds, rows / applySeconds);
        System.out.println("| query (100,000 work orders) | rows | median ms | min ms | max ms |");
        System.out.println("|---|---|---|---|---|");
        measure("work order list, first page", () -> store.workOrders().find(WorkOrderQuery.all(50)).size());
        measure("work order list, one status", () -> store.workOrders()
                .find(WorkOrderQuery.all(50).withStatuses(Set.of(WorkOrderSystemStatus.IN_PROGRESS))).size());
        measure("search, common word (\"mill\")", () -> store.workOrders().find(WorkOrderQuery.all(50).withText("mill")).size());
        measure("search, one work order (\"wo 099999\")",
                () -> store.workOrders().find(WorkOrderQuery.all(50).withText("wo 099999")).size());
        measure("count all work orders", () -> store.workOrders().count(WorkOrderQuery.all(50)));
        measure("agenda of one day", () -> store.bookings().agenda(START.plusSeconds(86_400L * 30),
                START.plusSeconds(86_400L * 31)).size());
        measure("work order with its children", () -> store.workOrders().details("wo-50000").orElseThrow().bookings().size());
        store.close();
    }

    private static void measure(String what, IntSupplier query) {
        query.getAsInt(); // compile the statement and warm the caches once
        double[] millis = new double[RUNS];
        int rows = 0;
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            rows = query.getAsInt();
            millis[run] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf("| %s | %d | %.1f | %.1f | %.1f |%n", what, rows, millis[RUNS / 2], millis[0], millis[RUNS - 1]);
    }

    private static List<Account> accounts() {
        List<Account> accounts = new ArrayList<>();
        for (int i = 0; i < ACCOUNTS; i++) {
            Account account = MODEL.createAccount();
            account.setId("acc-" + i);
            account.setName("Account " + i + (i % 7 == 0 ? " Mill" : ""));
            accounts.add(account);
        }
        return accounts;
    }

    private static WorkOrder workOrder(int i, Account account) {
        WorkOrder workOrder = MODEL.createWorkOrder();
        workOrder.setId("wo-" + i);
        workOrder.setNumber(String.format("WO-%06d", i));
        workOrder.setServiceAccount(account);
        workOrder.setAddress1(i + " High Street");
        workOrder.setCity("Town " + (i % 100));
        workOrder.setSystemStatus(WorkOrderSystemStatus.get(690970000 + i % 6));
        return workOrder;
    }

    private static Booking booking(int i, WorkOrder workOrder) {
        Booking booking = MODEL.createBooking();
        booking.setId("b-" + i);
        booking.setStartTime(START.plusSeconds(i * 60L));
        booking.setEndTime(START.plusSeconds(i * 60L + 3600));
        booking.setWorkOrder(workOrder);
        return booking;
    }
}
