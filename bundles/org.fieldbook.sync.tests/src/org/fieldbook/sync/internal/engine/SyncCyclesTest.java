package org.fieldbook.sync.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.fieldbook.backoffice.demo.DemoDataGenerator;
import org.fieldbook.backoffice.demo.DemoSize;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.sync.SyncException;
import org.fieldbook.sync.SyncStatus.Phase;
import org.fieldbook.sync.internal.SyncContext;
import org.fieldbook.sync.internal.faults.Device;
import org.fieldbook.sync.internal.upload.OutboxUpload;
import org.fieldbook.sync.internal.upload.SyncSummaryUpload;
import org.fieldbook.sync.internal.upload.UploadReport;
import org.fieldbook.tests.common.BackOfficeOnLoopback;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cycles against the real back office, one at a time: a full sync asked while a scheduled cycle runs (as the engine's
 * timer starts one when the app starts) gets a job of its own, and joining that job waits until the full cycle ran,
 * not only until the running one ended. Each cycle holds in its upload step until the test lets it go on.
 */
class SyncCyclesTest {

    private static final long PATIENCE_SECONDS = 120;

    @RegisterExtension
    static final BackOfficeOnLoopback BACK_OFFICE = new BackOfficeOnLoopback();

    @TempDir
    Path folder;

    private final List<SyncContext> uploads = new CopyOnWriteArrayList<>();
    private final CountDownLatch firstUploadStarted = new CountDownLatch(1);
    private final CountDownLatch firstUploadMayEnd = new CountDownLatch(1);

    @BeforeAll
    static void demoData() {
        BACK_OFFICE.server().loadDemoData(new DemoDataGenerator(4, LocalDate.now(ZoneOffset.UTC), ZoneOffset.UTC)
                .generate(DemoSize.small()));
    }

    @Test
    void aFullSyncAskedWhileACycleRunsIsTheCycleItsJobWaitsFor() throws Exception {
        try (Device device = Device.signedIn(BACK_OFFICE.serviceRoot(), folder)) {
            SyncCycles cycles = cycles(device);
            Job scheduled = cycles.request(SyncCycle.Mode.SCHEDULED);
            assertThat(firstUploadStarted.await(PATIENCE_SECONDS, TimeUnit.SECONDS)).as("the scheduled cycle runs").isTrue();

            Job full = cycles.request(SyncCycle.Mode.FULL);
            assertThat(cycles.request(SyncCycle.Mode.UPLOAD_ONLY)).as("a smaller request before it starts shares it").isSameAs(full);
            firstUploadMayEnd.countDown();
            full.join();

            assertThat(full).isNotSameAs(scheduled);
            assertThat(uploads).as("the full cycle ran after the scheduled one").hasSize(2);
            assertThat(cycles.status().phase()).isEqualTo(Phase.IDLE);
            assertThat(cycles.status().message()).isNull();
            assertThat(device.store().records().count(FieldbookPackage.Literals.BOOKING)).isPositive();
            assertThat(cycles.idle()).isTrue();
        }
    }

    @Test
    void aCycleCancelledBeforeItStartedIsNotTheOneTheNextRequestGets() throws Exception {
        try (Device device = Device.signedIn(BACK_OFFICE.serviceRoot(), folder)) {
            SyncCycles cycles = cycles(device);
            cycles.request(SyncCycle.Mode.SCHEDULED);
            assertThat(firstUploadStarted.await(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
            Job cancelled = cycles.request(SyncCycle.Mode.FULL);

            cycles.cancel();
            firstUploadMayEnd.countDown();
            cycles.join();
            Job full = cycles.request(SyncCycle.Mode.FULL);
            full.join();

            assertThat(full).isNotSameAs(cancelled);
            assertThat(uploads).as("the scheduled cycle, cancelled in its upload, and the full one asked after").hasSize(2);
            assertThat(cycles.status().phase()).isEqualTo(Phase.IDLE);
            assertThat(cycles.status().message()).isNull();
        }
    }

    private SyncCycles cycles(Device device) {
        SyncCycle cycle = new SyncCycle(device.http(), device.serviceRoot(), device.store(), Clock.systemUTC(), this::upload,
                new SyncSummaryUpload("test"));
        return new SyncCycles(cycle, device.store(), new SyncSchedule(Clock.systemUTC(), new Random(1)), status -> { });
    }

    /** The product's upload step, the first one held until the test lets it end. */
    private UploadReport upload(SyncContext context, IProgressMonitor monitor) throws SyncException {
        uploads.add(context);
        if (uploads.size() == 1) {
            firstUploadStarted.countDown();
            try {
                firstUploadMayEnd.await(PATIENCE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SyncException("interrupted while held");
            }
        }
        return new OutboxUpload().upload(context, monitor);
    }
}
