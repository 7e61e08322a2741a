package org.fieldbook.bench;

import java.util.Arrays;

/** Durations from many threads, kept whole (a run has at most a few million) so percentiles are exact. */
final class Latencies {

    private long[] nanos = new long[1 << 16];
    private int count;

    synchronized void add(long duration) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = duration;
    }

    synchronized int count() {
        return count;
    }

    /** @return {@code | p50 | p99 | max |} in milliseconds */
    synchronized String percentiles() {
        if (count == 0) {
            return "– | – | –";
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        return String.format("%.1f | %.1f | %.1f", millis(sorted, 0.50), millis(sorted, 0.99), sorted[count - 1] / 1e6);
    }

    /** Nearest rank: the smallest duration at least {@code share} of all are not longer than. */
    private static double millis(long[] sorted, double share) {
        return sorted[Math.max(0, (int) Math.ceil(share * sorted.length) - 1)] / 1e6;
    }
}
