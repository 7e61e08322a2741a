package org.fieldbook.bench;

import java.util.Arrays;

/** Repeated measurements of one figure: its median, minimum and maximum, as a row of a Markdown table. */
final class Timings {

    /** One measured run; @return what it counted (rows, edits), reported beside the times */
    @FunctionalInterface
    interface Run {
        long measure() throws Exception;
    }

    /** A run that measures itself, e.g. up to a moment within it. */
    @FunctionalInterface
    interface SelfTimed {
        Measured measure() throws Exception;
    }

    /** What a self-timed run measured: how long, and what it counted. */
    record Measured(double millis, long count) {
    }

    /** Unmeasured work before each run, e.g. a fresh device or edits on the server. */
    @FunctionalInterface
    interface Setup {
        void prepare(int run) throws Exception;
    }

    private final double[] millis;
    private long count;

    private Timings(int runs) {
        millis = new double[runs];
    }

    static Timings of(int runs, Setup setup, Run run) throws Exception {
        Timings timings = new Timings(runs);
        for (int i = 0; i < runs; i++) {
            setup.prepare(i);
            long start = System.nanoTime();
            timings.count = run.measure();
            timings.millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(timings.millis);
        return timings;
    }

    static Timings ofSelfTimed(int runs, Setup setup, SelfTimed run) throws Exception {
        Timings timings = new Timings(runs);
        for (int i = 0; i < runs; i++) {
            setup.prepare(i);
            Measured measured = run.measure();
            timings.millis[i] = measured.millis();
            timings.count = measured.count();
        }
        Arrays.sort(timings.millis);
        return timings;
    }

    double median() {
        return millis[millis.length / 2];
    }

    long count() {
        return count;
    }

    /** @return count per second at the median, the best and the worst run */
    String perSecond() {
        return String.format("%,.0f (%,.0f–%,.0f)", count * 1000 / median(), count * 1000 / millis[millis.length - 1],
                count * 1000 / millis[0]);
    }

    /** Prints {@code | what | count | median | min | max | target | met |}. */
    void print(String what, double targetMillis) {
        print(what, targetMillis, false);
    }

    /** Prints {@code | what | count | median | min | max | target | met |}, with the count per second when asked. */
    void print(String what, double targetMillis, boolean rate) {
        System.out.printf("| %s | %,d | %.0f | %.0f | %.0f | %s | %s |%s%n", what, count, median(), millis[0],
                millis[millis.length - 1], targetMillis > 0 ? String.format("≤ %,.0f", targetMillis) : "–",
                targetMillis <= 0 ? "–" : median() <= targetMillis ? "yes" : String.format("no (%.1f×)", median() / targetMillis),
                rate ? " " + perSecond() + " |" : "");
    }
}
