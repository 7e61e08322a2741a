package org.fieldbook.sync.internal.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.fieldbook.backoffice.demo.DemoDataGenerator;
import org.fieldbook.backoffice.demo.DemoSize;
import org.fieldbook.model.DownloadFilter;
import org.fieldbook.model.OfflineProfileItem;
import org.fieldbook.model.dataverse.DataverseSchema;
import org.fieldbook.store.LocalStore;
import org.fieldbook.store.StoreException;
import org.fieldbook.sync.SyncException;
import org.fieldbook.sync.internal.DeviceProfile;
import org.fieldbook.sync.internal.ProfileSource;
import org.fieldbook.sync.internal.ReadsAhead;
import org.fieldbook.sync.internal.SyncContext;
import org.fieldbook.sync.internal.download.ProfileDownload;
import org.fieldbook.sync.internal.faults.Device;
import org.fieldbook.tests.common.BackOfficeOnLoopback;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A first sync of whole tables lets a table's bulk load finish (its indexes, its commit) while the next table
 * downloads; a load that fails once the next table has begun fails the download, and only its own table is left to do.
 */
class OverlappingLoadsTest {

    private static final String COMMITTING = ": checkpoint, before the commit";
    private static final String FIRST_ROW = ": first row read by Derby";
    private static final long WAIT_SECONDS = 30;

    @RegisterExtension
    final BackOfficeOnLoopback backOffice = new BackOfficeOnLoopback();

    @TempDir
    Path folder;

    /** The first table to reach its commit, held there until another table's rows reach Derby. */
    private final AtomicReference<String> held = new AtomicReference<>();
    private final AtomicBoolean holding = new AtomicBoolean();
    /** The first other table whose rows reached Derby while {@link #held} waited. */
    private final AtomicReference<String> overlapping = new AtomicReference<>();
    private final CountDownLatch nextTableLoading = new CountDownLatch(1);

    @BeforeEach
    void demoData() {
        backOffice.server().loadDemoData(new DemoDataGenerator(23, LocalDate.now(ZoneOffset.UTC), ZoneOffset.UTC).generate(DemoSize.small()));
    }

    @Test
    void theNextTableLoadsWhileATableWaitsToCommit() throws Exception {
        try (Device reference = Device.signedIn(backOffice.serviceRoot(), folder.resolve("reference"));
                Device device = Device.signedIn(backOffice.serviceRoot(), folder.resolve("device"))) {
            downloadWholeTables(reference, reference.store());

            downloadWholeTables(device, new LoadsObserved(device.store(), holdTheFirstCommit(OverlappingLoadsTest::letItCommit)));

            assertThat(overlapping.get()).as("a table loaded while %s waited to commit", held.get()).isNotNull();
            assertThat(device.contents()).isEqualTo(reference.contents());
        }
    }

    @Test
    void aLoadFailingBehindTheNextTableFailsTheDownloadAndOnlyItsTableIsLeftToDo() throws Exception {
        try (Device reference = Device.signedIn(backOffice.serviceRoot(), folder.resolve("reference"));
                Device device = Device.signedIn(backOffice.serviceRoot(), folder.resolve("device"))) {
            downloadWholeTables(reference, reference.store());
            LocalStore failing = new LoadsObserved(device.store(), holdTheFirstCommit(table -> {
                // as Derby fails a commit on a full disk
                OverlappingLoadsTest.<RuntimeException>fail(new SQLException("There is not enough space on the disk", "XSDG1"));
            }));

            assertThatThrownBy(() -> downloadWholeTables(device, failing)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("not enough space");

            assertThat(overlapping.get()).as("a table loaded while %s waited to commit", held.get()).isNotNull();
            String failed = logicalName(held.get());
            String loaded = logicalName(overlapping.get());
            assertThat(reference.contents().get(failed)).as("the failed table's rows").isNotEmpty();
            assertThat(device.contents().get(failed)).as("the failed table's load was rolled back").isEmpty();
            assertThat(device.store().syncStates().get(failed).lastSuccess()).as("the failed table is not done").isNull();
            assertThat(device.contents().get(loaded)).as("the table loaded behind it").isNotEmpty()
                    .isEqualTo(reference.contents().get(loaded));
            assertThat(device.store().syncStates().get(loaded).lastSuccess()).as("the table loaded behind it is done").isNotNull();

            downloadWholeTables(device, device.store());
            assertThat(device.contents()).isEqualTo(reference.contents());
        }
    }

    /**
     * Holds the first load to reach its commit until another table's first row reaches Derby (or a while passes),
     * then lets {@code atCommit} act on it.
     */
    private Consumer<String> holdTheFirstCommit(Consumer<String> atCommit) {
        return event -> {
            String table = event.substring(0, event.indexOf(':'));
            if (event.endsWith(COMMITTING) && held.compareAndSet(null, table)) {
                holding.set(true);
                awaitTheNextTable();
                holding.set(false);
                atCommit.accept(table);
            } else if (event.endsWith(FIRST_ROW) && holding.get() && overlapping.compareAndSet(null, table)) {
                nextTableLoading.countDown();
            }
        };
    }

    private void awaitTheNextTable() {
        try {
            nextTableLoading.await(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void letItCommit(String table) {
        // the load goes on to its commit
    }

    /** Downloads as a first sync does, with every table of the technician's profile taken whole. */
    private static void downloadWholeTables(Device device, LocalStore store) throws SyncException {
        DeviceProfile profile = new ProfileSource(device.http(), device.serviceRoot(), store.configuration()).fetch(ReadsAhead.none());
        for (OfflineProfileItem item : profile.profile().getItems()) {
            item.setDownloadFilter(DownloadFilter.ALL_RECORDS);
            item.setCustomFilter(null);
        }
        SyncContext context = new SyncContext(device.http(), device.serviceRoot(), store, DataverseSchema.fieldbook(), profile,
                Clock.systemUTC());
        new ProfileDownload(context).run(SubMonitor.convert(new NullProgressMonitor()), false, Optional.empty());
    }

    /** @return the logical name of the table a load event names by its class ("bulk load of BookingStatus") */
    private static String logicalName(String load) {
        String eClass = load.substring(load.lastIndexOf(' ') + 1);
        return DataverseSchema.fieldbook().tables().stream().filter(table -> table.eClass().getName().equals(eClass))
                .findFirst().orElseThrow().logicalName();
    }

    /** Throws the checked exception Derby would, from inside the load's transaction. */
    @SuppressWarnings("unchecked")
    private static <E extends Throwable> void fail(Throwable failure) throws E {
        throw (E) failure;
    }
}
