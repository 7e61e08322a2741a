package org.fieldbook.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.fieldbook.sync.internal.upload.UploadReport;

/** What the simulated technicians did during the load, counted across their threads. */
final class LoadStats {

    /** Failure messages are cut here so that those differing only in a key or a value count together. */
    private static final int MESSAGE_LENGTH = 90;

    final Latencies cycleTimes = new Latencies();
    final LongAdder cycles = new LongAdder();
    final LongAdder conflicts = new LongAdder();
    final LongAdder uploadErrors = new LongAdder();
    final LongAdder edits = new LongAdder();
    final LongAdder tasks = new LongAdder();
    private final LongAdder failedCycles = new LongAdder();
    private final Map<String, LongAdder> failures = new ConcurrentHashMap<>();

    void cycle(long nanos, UploadReport upload) {
        cycleTimes.add(nanos);
        cycles.increment();
        conflicts.add(upload.conflicts());
        uploadErrors.add(upload.errors());
    }

    void failed(Exception e) {
        failedCycles.increment();
        String message = e.getClass().getSimpleName() + ": " + e.getMessage();
        failures.computeIfAbsent(message.substring(0, Math.min(MESSAGE_LENGTH, message.length())), key -> new LongAdder()).increment();
    }

    long failedCycles() {
        return failedCycles.sum();
    }

    /** @return each kind of failure with how often it happened */
    Map<String, Long> failures() {
        Map<String, Long> counts = new TreeMap<>();
        failures.forEach((message, count) -> counts.put(message, count.sum()));
        return counts;
    }
}
