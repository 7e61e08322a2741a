package org.fieldbook.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * The back office and the sync engine in one process on loopback: a technician's default profile, a heavy
 * all-records profile against a raw JDBC insert of the same rows, and uploads. Prints Markdown tables. Run
 * through {@code releng/bench/sync-bench.sh}.
 */
public final class SyncBench {

    private SyncBench() {
    }

    /** @param args {@code technician}, {@code heavy} or {@code ceiling} to run only those parts; none for the first two */
    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("fieldbook-sync-bench");
        Set<String> parts = args.length == 0 ? Set.of("technician", "heavy") : Set.of(args);
        if (parts.contains("technician")) {
            try (BenchBackOffice office = new BenchBackOffice(folder.resolve("office-technician"), TechnicianBench.SIZE)) {
                new TechnicianBench(office, folder).run();
            }
        }
        if (parts.contains("heavy")) {
            try (BenchBackOffice office = new BenchBackOffice(folder.resolve("office-heavy"), HeavyBench.SIZE)) {
                new HeavyBench(office, folder).run();
            }
        }
        if (parts.contains("ceiling")) {
            try (BenchBackOffice office = new BenchBackOffice(folder.resolve("office-ceiling"), CeilingBench.SIZE)) {
                new CeilingBench(office, folder).run();
            }
        }
    }
}
