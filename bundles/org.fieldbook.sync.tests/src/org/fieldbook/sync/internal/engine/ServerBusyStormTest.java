package org.fieldbook.sync.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;

import org.fieldbook.sync.SyncStatus.Phase;
import org.fieldbook.sync.WebApiBackOfficeConnection;
import org.fieldbook.sync.internal.faults.DemoBackOffice;
import org.fieldbook.sync.internal.faults.Device;
import org.fieldbook.sync.internal.upload.OutboxUpload;
import org.fieldbook.sync.internal.upload.SyncSummaryUpload;
import org.fieldbook.tests.common.Fault;
import org.fieldbook.tests.common.FaultProxy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A back office that answers every request with 429 or 503 and {@code Retry-After} (a {@link FaultProxy}
 * answering in its place): the cycle fails, the status says the back office is busy, and the schedule waits
 * as long as the server asked before the next cycle.
 */
class ServerBusyStormTest {

    private static final Duration RETRY_AFTER = Duration.ofSeconds(2);

    @TempDir
    static Path shared;
    private static DemoBackOffice backOffice;

    @RegisterExtension
    static final FaultProxy PROXY = FaultProxy.to(() -> backOffice.port());

    @TempDir
    Path folder;

    @BeforeAll
    static void startTheBackOffice() {
        backOffice = DemoBackOffice.startIn(shared);
    }

    @AfterAll
    static void stopTheBackOffice() {
        backOffice.close();
    }

    @ParameterizedTest
    @CsvSource({ "429, Too Many Requests", "503, Service Unavailable" })
    void aStormFailsTheCycleAndTheScheduleWaitsAsLongAsTheServerAsked(int status, String reason) throws Exception {
        Clock clock = Clock.fixed(Instant.now(), ZoneOffset.UTC);
        SyncSchedule schedule = new SyncSchedule(clock, new Random(1));
        try (Device device = Device.signedIn(PROXY.route(backOffice.serviceRoot()), folder)) {
            PROXY.inject(Fault.busy(status, reason, RETRY_AFTER));
            SyncCycles cycles = new SyncCycles(new SyncCycle(device.http(), device.serviceRoot(), device.store(), clock,
                    new OutboxUpload()::upload, new SyncSummaryUpload("test")), device.store(), schedule, next -> { });

            cycles.request(SyncCycle.Mode.FULL).join();

            assertThat(PROXY.faultsInjected()).isPositive();
            assertThat(cycles.status().phase()).isEqualTo(Phase.FAILED);
            assertThat(cycles.status().message()).contains("busy", "HTTP " + status, RETRY_AFTER.toSeconds() + " s");
            assertThat(schedule.next()).isEqualTo(clock.instant().plus(RETRY_AFTER));
            assertThat(schedule.backingOff()).isTrue();
        }
    }

    @Test
    void theEnginesStatusSaysItFailedAndWhy() throws Exception {
        try (Device device = Device.signedIn(PROXY.route(backOffice.serviceRoot()), folder)) {
            PROXY.inject(Fault.busy(429, "Too Many Requests", RETRY_AFTER));
            SyncEngine engine = new SyncEngine(device.store(), new WebApiBackOfficeConnection(device.serviceRoot()),
                    device.account(), Clock.systemUTC());
            try {
                engine.syncNow().join();
            } finally {
                engine.deactivate();
            }

            assertThat(engine.status().phase()).isEqualTo(Phase.FAILED);
            assertThat(engine.status().message()).isEqualTo("The back office is busy (HTTP 429): trying again in 2 s.");
        }
    }
}
