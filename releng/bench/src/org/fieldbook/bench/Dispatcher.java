package org.fieldbook.bench;

import java.net.URI;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.LongAdder;

import org.fieldbook.sync.SyncException;
import org.fieldbook.sync.internal.AuthorizedHttp;

/**
 * The office during the load: edits the work orders the technicians edit, through the Web API without
 * If-Match (as a dispatcher's form saves), mostly their instructions (which the technicians change too, so
 * their uploads conflict) and now and then the postal code (which only the office changes, so no device may
 * undo it).
 */
final class Dispatcher {

    static final String USER = "dispatcher";

    private final AuthorizedHttp http;
    private final URI serviceRoot;
    private final List<String> workOrders;
    private final FieldWrites writes;
    private final Random random = new Random(7);
    final LongAdder edits = new LongAdder();
    final LongAdder failures = new LongAdder();
    private volatile String lastFailure;

    Dispatcher(AuthorizedHttp http, URI serviceRoot, List<String> workOrders, FieldWrites writes) {
        this.http = http;
        this.serviceRoot = serviceRoot;
        this.workOrders = workOrders;
        this.writes = writes;
    }

    /** Edits, pausing {@code pauseMillis} after each, until {@code deadline} (nanoTime). */
    void work(long deadline, long pauseMillis) throws InterruptedException {
        for (int n = 1; System.nanoTime() < deadline && !workOrders.isEmpty(); n++) {
            edit(workOrders.get(random.nextInt(workOrders.size())), n % 4 == 0 ? FieldWrites.Column.POSTAL_CODE
                    : FieldWrites.Column.INSTRUCTIONS, "office " + n);
            Thread.sleep(pauseMillis);
        }
    }

    private void edit(String workOrder, FieldWrites.Column column, String value) {
        long start = System.nanoTime();
        boolean acknowledged = false;
        try {
            BenchBackOffice.patch(http, serviceRoot, "msdyn_workorders(" + workOrder + ")", "{\"" + column.name + "\":\"" + value + "\"}");
            acknowledged = true;
            edits.increment();
        } catch (SyncException e) {
            failures.increment();
            lastFailure = e.getMessage();
        }
        writes.record(new FieldWrites.Field(workOrder, column), new FieldWrites.Write(USER, value, start, System.nanoTime(), acknowledged));
    }

    String lastFailure() {
        return lastFailure;
    }
}
