package org.fieldbook.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.fieldbook.backoffice.demo.DemoSize;

/**
 * About 3,000,000 rows (the leading product's hard cap per device) synced under an all-records profile to a
 * device in a second JVM whose heap is capped at 256 MB ({@link CeilingDevice}); the back office stays in
 * this one.
 */
final class CeilingBench {

    /** Nine rows per work order in the device's tables, as in the heavy profile: about 3,000,000 rows. */
    static final DemoSize SIZE = DemoSize.ofWorkOrders(335_000);
    private static final String DEVICE_HEAP = "-Xmx256m";

    private final BenchBackOffice office;
    private final Path folder;

    CeilingBench(BenchBackOffice office, Path folder) {
        this.office = office;
        this.folder = folder;
    }

    void run() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path device = Files.createTempDirectory(folder, "ceiling-device").resolve("db");
        System.out.printf("Ceiling (every table all records, as dispatcher, %s; device JVM %s):%n%n", SIZE, DEVICE_HEAP);
        Process child = new ProcessBuilder(List.of(java, DEVICE_HEAP, "-cp", System.getProperty("java.class.path"),
                CeilingDevice.class.getName(), office.serviceRoot().toString(), office.tokenEndpoint().toString(), device.toString()))
                .inheritIO().start();
        int exit = child.waitFor();
        if (exit != 0) {
            System.out.printf("The device JVM ended with exit code %d.%n", exit);
        }
    }
}
