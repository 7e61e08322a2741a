package org.fieldbook.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.fieldbook.backoffice.demo.DemoSize;

import com.sun.management.OperatingSystemMXBean;

/**
 * Many technicians syncing against one back office for a bounded time: each simulated device edits, runs a
 * full sync cycle and pauses, while the dispatcher edits the same work orders; then every device syncs once
 * more with nothing changing, and their data is checked against the server ({@link LoadVerification}).
 * Prints a Markdown table. Run through {@code releng/bench/load-bench.sh [technicians] [seconds]}.
 * <p>
 * Pauses (system properties): {@code load.pauseMillis} between a technician's cycles (±50 %, default 1,000),
 * {@code load.officePauseMillis} between the dispatcher's edits (default 50).
 */
public final class LoadBench {

    /** Devices set up, synced at the end and checked at a time: enough to keep the server's two cores busy. */
    private static final int SETUP_THREADS = 4;

    private final int technicians;
    private final int seconds;
    private final Path folder;
    private final RequestLog.Phase phase = new RequestLog.Phase();
    private final FieldWrites writes = new FieldWrites();
    private final LoadStats stats = new LoadStats();
    private final List<LoadTechnician> devices = Collections.synchronizedList(new ArrayList<>());
    private final LoadReport report = new LoadReport();

    private LoadBench(int technicians, int seconds, Path folder) {
        this.technicians = technicians;
        this.seconds = seconds;
        this.folder = folder;
    }

    /** @param args the number of technicians (default 200) and the seconds of load (default 120) */
    public static void main(String[] args) throws Exception {
        // Derby's default cache of 1,000 pages per database would take gigabytes over hundreds of devices.
        if (System.getProperty("derby.storage.pageCacheSize") == null) {
            System.setProperty("derby.storage.pageCacheSize", "64");
        }
        new LoadBench(args.length > 0 ? Integer.parseInt(args[0]) : 200, args.length > 1 ? Integer.parseInt(args[1]) : 120,
                Files.createTempDirectory("fieldbook-load-bench")).run();
    }

    private void run() throws Exception {
        // About 30 bookings in each technician's ±7-day window, a few hundred rows and all 500 products per device.
        DemoSize size = new DemoSize(technicians, 100 * technicians, 25 * technicians, 500);
        report.add("technicians (threads, each with its own device database and HTTP client)", technicians);
        report.add("demo data on the server", size.toString());
        try (ServerProcess server = ServerProcess.start(folder.resolve("office"), size, "2g")) {
            DeviceTemplate template = new DeviceTemplate(folder.resolve("template"));
            progress("setting up " + technicians + " devices");
            setUp(server, template);
            progress("load for " + seconds + " s");
            load(server);
            progress("final quiet sync");
            quietSync();
            progress("checking every device against the server");
            LoadVerification verification = new LoadVerification(server, template, folder);
            verification.check(devices, writes, SETUP_THREADS);
            report.add("verification", verification.summary());
            verification.examples().forEach(example -> report.note("- " + example));
            report.add("peak memory (resident)", String.format("server %,d MiB, devices %,d MiB", server.peakMegabytes(),
                    PeakMemory.of(ProcessHandle.current().pid())));
            for (LoadTechnician device : devices) {
                device.close();
            }
        }
        DeviceTemplate.delete(folder);
        report.print();
    }

    private void setUp(ServerProcess server, DeviceTemplate template) throws Exception {
        RequestLog log = phase.next();
        long start = System.nanoTime();
        List<Integer> numbers = new ArrayList<>();
        for (int i = 1; i <= technicians; i++) {
            numbers.add(i);
        }
        Parallel.forEach(numbers, SETUP_THREADS, i -> {
            Path deviceFolder = folder.resolve("device-" + i);
            LoadTechnician device = new LoadTechnician("tech" + i, server, phase, deviceFolder, template.copyTo(deviceFolder), writes, stats, i);
            devices.add(device);
            device.firstSync();
        });
        devices.sort((a, b) -> Integer.compare(number(a), number(b)));
        report.add("setup: sign-in and first sync of every device, " + SETUP_THREADS + " at a time",
                String.format("%.0f s, %,d requests, p50 | p99 | max ms: %s", seconds(start), log.requests(), log.latencies().percentiles()));
    }

    private static int number(LoadTechnician device) {
        return Integer.parseInt(device.user().substring("tech".length()));
    }

    private void load(ServerProcess server) throws Exception {
        long pause = Long.getLong("load.pauseMillis", 1_000);
        long officePause = Long.getLong("load.officePauseMillis", 50);
        List<String> hot = devices.stream().flatMap(device -> device.hotWorkOrders().stream()).distinct().toList();
        try (CloseableHttpClient officeClient = RequestLog.client(phase)) {
            Dispatcher dispatcher = new Dispatcher(server.signIn(officeClient, Dispatcher.USER), server.serviceRoot(), hot, writes);
            Duration serverCpu = server.cpu();
            long ownCpu = ownCpuNanos();
            RequestLog log = phase.next();
            long start = System.nanoTime();
            long deadline = start + seconds * 1_000_000_000L;
            List<Thread> threads = new ArrayList<>();
            for (LoadTechnician device : devices) {
                threads.add(Thread.ofPlatform().name(device.user()).start(() -> interruptible(() -> device.work(deadline, pause))));
            }
            threads.add(Thread.ofPlatform().name("dispatcher").start(() -> interruptible(() -> dispatcher.work(deadline, officePause))));
            for (Thread thread : threads) {
                thread.join();
            }
            double elapsed = seconds(start);
            report.loadPhase(log, stats, elapsed, pause);
            report.add("dispatcher edits (PATCH without If-Match, every " + officePause + " ms)",
                    String.format("%,d on %,d work orders, %d failed%s", dispatcher.edits.sum(), hot.size(), dispatcher.failures.sum(),
                            dispatcher.lastFailure() == null ? "" : " (last: " + dispatcher.lastFailure() + ")"));
            report.add("CPU used during the load (2 cores = " + String.format("%.0f", 2 * elapsed) + " s)",
                    String.format("server %.0f s, devices and dispatcher %.0f s", (server.cpu().minus(serverCpu)).toMillis() / 1e3,
                            (ownCpuNanos() - ownCpu) / 1e9));
        }
    }

    /**
     * Two rounds: the first sends what is left in the outboxes, the second brings every device the last of
     * those uploads, which a technician sharing a work order may have made after the first round synced them.
     */
    private void quietSync() throws Exception {
        RequestLog log = phase.next();
        long failuresBefore = stats.failedCycles();
        long start = System.nanoTime();
        for (int round = 0; round < 2; round++) {
            Parallel.forEach(devices, SETUP_THREADS, LoadTechnician::sync);
        }
        devices.forEach(LoadTechnician::giveUp);
        report.add("final quiet sync, two rounds", String.format("%.0f s, %,d requests, %d failed cycles, statuses %s", seconds(start),
                log.requests(), stats.failedCycles() - failuresBefore, log.describeStatuses()));
    }

    /** Tells where a long run is, on standard error so that standard output stays the report. */
    private static void progress(String step) {
        System.err.println("load-bench " + LocalTime.now().withNano(0) + ": " + step);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static long ownCpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** A thread's work, which ends early only when the benchmark is interrupted. */
    @FunctionalInterface
    private interface Work {
        void run() throws InterruptedException;
    }

    private static void interruptible(Work work) {
        try {
            work.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
