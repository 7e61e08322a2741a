package org.fieldbook.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Work on many items a few at a time, failing with the first failure. */
final class Parallel {

    /** Work on one item. */
    @FunctionalInterface
    interface Action<T> {
        void run(T item) throws Exception;
    }

    private Parallel() {
    }

    static <T> void forEach(List<T> items, int threads, Action<T> action) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<Void>> done = new ArrayList<>();
            for (T item : items) {
                done.add(pool.submit(() -> {
                    action.run(item);
                    return null;
                }));
            }
            for (Future<Void> each : done) {
                each.get();
            }
        }
    }
}
