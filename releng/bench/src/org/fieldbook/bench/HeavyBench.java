package org.fieldbook.bench;

import java.nio.file.Files;
import java.nio.file.Path;

import org.fieldbook.backoffice.demo.DemoSize;
import org.fieldbook.model.DownloadFilter;
import org.fieldbook.model.OfflineProfile;
import org.fieldbook.model.OfflineProfileItem;
import org.fieldbook.sync.internal.AuthorizedHttp;
import org.fieldbook.sync.internal.DeviceProfile;

/**
 * Every row of the back office on one device: the shipped profile with each table turned to all records,
 * synced as the dispatcher (who reaches every row), against a raw JDBC batch insert of the same rows into a
 * fresh store. Issue 16's targets: at most 8 s, and at least the raw insert's speed in the same run.
 */
final class HeavyBench {

    /** About 200,000 rows in the tables a device keeps. */
    static final DemoSize SIZE = DemoSize.ofWorkOrders(23_000);
    /** Three by default; {@code -Dbench.heavy.runs=1} for a quick look while profiling. */
    private static final int RUNS = Integer.getInteger("bench.heavy.runs", 3);

    private final BenchBackOffice office;
    private final Path folder;

    HeavyBench(BenchBackOffice office, Path folder) {
        this.office = office;
        this.folder = folder;
    }

    void run() throws Exception {
        AuthorizedHttp dispatcher = office.as("dispatcher");
        DeviceProfile allRecords;
        try (BenchDevice probe = new BenchDevice(dispatcher, office.serviceRoot(), newFolder())) {
            allRecords = allRecords(probe.profile());
        }
        Timings sync = Timings.of(RUNS, run -> { }, () -> {
            try (BenchDevice device = new BenchDevice(dispatcher, office.serviceRoot(), newFolder())) {
                return device.download(allRecords);
            }
        });
        RawInsert raw = new RawInsert(office.demo());
        Timings insert = Timings.of(RUNS, run -> { }, () -> raw.into(newFolder()));

        System.out.printf("Heavy profile (every table all records, as dispatcher, %s), %d runs each:%n%n", SIZE, RUNS);
        System.out.println("| load | rows | median ms | min ms | max ms | target ms | met | rows/s median (worst–best) |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        sync.print("sync, empty device (download; store creation included)", 8_000, true);
        insert.print("raw JDBC batch insert into a fresh store, 500 rows a transaction", 0, true);
        System.out.printf("%nSync throughput: %.0f %% of the raw insert (target ≥ 100 %%, issue 16)%n%n",
                100 * insert.median() / sync.median() * sync.count() / insert.count());
    }

    private Path newFolder() throws Exception {
        return Files.createTempDirectory(folder, "device").resolve("db");
    }

    /** The profile with every table's download turned to all records. */
    static DeviceProfile allRecords(DeviceProfile shipped) {
        OfflineProfile profile = shipped.profile();
        for (OfflineProfileItem item : profile.getItems()) {
            item.setDownloadFilter(DownloadFilter.ALL_RECORDS);
            item.setCustomFilter(null);
        }
        return new DeviceProfile(shipped.userId(), shipped.teamIds(), shipped.businessUnitId(), null, profile, shipped.serverWins());
    }
}
