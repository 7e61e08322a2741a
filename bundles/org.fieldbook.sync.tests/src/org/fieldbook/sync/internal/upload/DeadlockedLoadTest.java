package org.fieldbook.sync.internal.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLTransactionRollbackException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.fieldbook.backoffice.demo.DemoDataGenerator;
import org.fieldbook.backoffice.demo.DemoSize;
import org.fieldbook.model.dataverse.DataverseSchema;
import org.fieldbook.store.LocalStore;
import org.fieldbook.sync.internal.ProfileSource;
import org.fieldbook.sync.internal.ReadsAhead;
import org.fieldbook.sync.internal.SyncContext;
import org.fieldbook.sync.internal.download.ProfileDownload;
import org.fieldbook.sync.internal.faults.Device;
import org.fieldbook.tests.common.BackOfficeOnLoopback;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A first sync whose bulk load Derby rolls back to end a deadlock (with a query the agenda compiled meanwhile)
 * downloads that table again and ends with the same rows as a device that met no deadlock.
 */
class DeadlockedLoadTest {

    @RegisterExtension
    final BackOfficeOnLoopback backOffice = new BackOfficeOnLoopback();

    @TempDir
    Path folder;

    @Test
    void aLoadRolledBackToEndADeadlockIsDownloadedAgain() throws Exception {
        backOffice.server().loadDemoData(new DemoDataGenerator(17, LocalDate.now(ZoneOffset.UTC), ZoneOffset.UTC).generate(DemoSize.small()));
        AtomicBoolean deadlocked = new AtomicBoolean();
        try (Device reference = Device.signedIn(backOffice.serviceRoot(), folder.resolve("reference"));
                Device device = Device.signedIn(backOffice.serviceRoot(), folder.resolve("device"))) {
            reference.download();
            LocalStore store = new LoadsObserved(device.store(), event -> {
                if (event.startsWith("bulk load of BookingStatus: first row") && deadlocked.compareAndSet(false, true)) {
                    // as Derby ends a deadlock: the victim's statement fails with SQLState 40001 and its transaction rolls back
                    DeadlockedLoadTest.<RuntimeException>fail(new SQLTransactionRollbackException("A lock could not be obtained due to a deadlock", "40001"));
                }
            });
            SyncContext context = new SyncContext(device.http(), device.serviceRoot(), store, DataverseSchema.fieldbook(),
                    new ProfileSource(device.http(), device.serviceRoot(), store.configuration()).fetch(ReadsAhead.none()),
                    Clock.systemUTC());

            new ProfileDownload(context).run(SubMonitor.convert(new NullProgressMonitor()), false, Optional.empty());

            assertThat(deadlocked).as("the load of booking statuses was rolled back once").isTrue();
            assertThat(device.contents()).isEqualTo(reference.contents());
        }
    }

    /** Throws the checked exception Derby would, from inside the rows Derby reads. */
    @SuppressWarnings("unchecked")
    private static <E extends Throwable> void fail(Throwable failure) throws E {
        throw (E) failure;
    }
}
