package org.fieldbook.bench;

import java.util.ArrayList;
import java.util.List;

/** The load benchmark's results as a two-column Markdown table, with notes (failures, differences) below it. */
final class LoadReport {

    private final List<String> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void add(String figure, Object value) {
        rows.add("| " + figure + " | " + (value instanceof Integer number ? String.format("%,d", number) : value) + " |");
    }

    void note(String text) {
        notes.add(text);
    }

    /** Adds the figures of the load itself. */
    void loadPhase(RequestLog log, LoadStats stats, double seconds, long pauseMillis) {
        add("load duration (until the last cycle under way at the deadline ended)", String.format("%.1f s", seconds));
        add("pause between a technician's cycles", String.format("%,d ms ± 50 %%", pauseMillis));
        add("sync cycles completed (edit, profile, upload, download of every table)", String.format("%,d (%.1f/s), %,d failed",
                stats.cycles.sum(), stats.cycles.sum() / seconds, stats.failedCycles()));
        add("cycle time p50 / p99 / max (ms)", stats.cycleTimes.percentiles().replace("|", "/"));
        add("edits on devices", String.format("%,d work order instructions, %,d service tasks created", stats.edits.sum(), stats.tasks.sum()));
        add("HTTP requests", String.format("%,d", log.requests()));
        add("**requests/s**", String.format("**%.1f**", log.requests() / seconds));
        add("**request latency p50 / p99 / max (ms)**", "**" + log.latencies().percentiles().replace("|", "/") + "**");
        add("status codes", log.describeStatuses());
        add("5xx or no answer", String.format("%,d", log.serverErrors()));
        add("conflicts (recorded by devices; the device won)", String.format("%,d", stats.conflicts.sum()));
        add("records the server refused (sync errors)", String.format("%,d", stats.uploadErrors.sum()));
        stats.failures().forEach((failure, count) -> note("- failed cycles, " + count + "×: " + failure));
    }

    void print() {
        System.out.println("| figure | value |");
        System.out.println("|---|---|");
        rows.forEach(System.out::println);
        if (!notes.isEmpty()) {
            System.out.println();
            notes.forEach(System.out::println);
        }
    }
}
