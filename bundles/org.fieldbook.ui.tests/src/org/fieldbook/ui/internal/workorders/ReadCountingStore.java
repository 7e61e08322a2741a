package org.fieldbook.ui.internal.workorders;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.fieldbook.store.LocalStore;
import org.fieldbook.store.WorkOrderDetails;
import org.fieldbook.store.WorkOrderQuery;
import org.fieldbook.store.WorkOrderRepository;
import org.fieldbook.store.WorkOrderSummary;

/**
 * A real store seen through a window that counts the work order rows the list reads, and that can hold the
 * list's searches inside the store until a test has looked at the UI meanwhile.
 */
final class ReadCountingStore implements WorkOrderRepository {

    private final LocalStore store;
    private final AtomicInteger rowsRead = new AtomicInteger();
    private final AtomicInteger countsWaiting = new AtomicInteger();
    private volatile CountDownLatch countsGate = new CountDownLatch(0);

    ReadCountingStore(LocalStore store) {
        this.store = store;
    }

    /** @return the store, whose work orders are read through this window */
    LocalStore asLocalStore() {
        return (LocalStore) Proxy.newProxyInstance(LocalStore.class.getClassLoader(), new Class<?>[] { LocalStore.class },
                (proxy, method, arguments) -> {
                    if (method.getName().equals("workOrders")) {
                        return this;
                    }
                    try {
                        return method.invoke(store, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** @return the work order rows read for the list so far */
    int rowsRead() {
        return rowsRead.get();
    }

    /** @return the searches held in the store now */
    int countsWaiting() {
        return countsWaiting.get();
    }

    /** Holds every search from now on inside the store until {@code gate} opens. */
    void holdCountsUntil(CountDownLatch gate) {
        countsGate = gate;
    }

    @Override
    public List<WorkOrderSummary> find(WorkOrderQuery query) {
        List<WorkOrderSummary> rows = store.workOrders().find(query);
        rowsRead.addAndGet(rows.size());
        return rows;
    }

    @Override
    public int count(WorkOrderQuery query) {
        countsWaiting.incrementAndGet();
        try {
            countsGate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            countsWaiting.decrementAndGet();
        }
        return store.workOrders().count(query);
    }

    @Override
    public Optional<WorkOrderDetails> details(String workOrderId) {
        return store.workOrders().details(workOrderId);
    }
}
