package org.fieldbook.sync.internal.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import org.apache.hc.core5.util.Timeout;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.store.DownloadPage;
import org.fieldbook.store.TableSyncState;
import org.fieldbook.sync.SyncException;
import org.fieldbook.tests.common.Fault;
import org.fieldbook.tests.common.FaultProxy;
import org.fieldbook.tests.common.Requests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A device's download through a network and a back office that fail on purpose (a {@link FaultProxy} in front
 * of a real back office with demo data). Whatever breaks, the sync fails with a {@link SyncException} that
 * says what happened, the store keeps whole rows and checkpoints that never pass a broken page, and the next
 * sync over a healthy network leaves the device exactly as a fresh device's first sync does.
 */
class DownloadFaultsTest {

    /** The request that fetches the technician's work-order rows by key (not the key and version listing). */
    private static final String WORK_ORDER_ROWS = "GET /api/data/v9\\.2/msdyn_workorders\\?\\$filter=";
    /** The first page of the products, an all-records table downloaded by change tracking. */
    private static final String PRODUCTS = "GET /api/data/v9\\.2/products ";

    @TempDir
    static Path shared;
    private static DemoBackOffice backOffice;
    private static Map<String, Map<String, Long>> reference;

    @RegisterExtension
    static final FaultProxy PROXY = FaultProxy.to(() -> backOffice.port());

    @TempDir
    Path folder;
    private Device opened;

    @BeforeAll
    static void startTheBackOfficeAndSyncAReferenceDevice() throws Exception {
        backOffice = DemoBackOffice.startIn(shared);
        try (Device fresh = Device.signedIn(backOffice.serviceRoot(), shared.resolve("reference"))) {
            fresh.download();
            reference = fresh.contents();
        }
    }

    @AfterAll
    static void stopTheBackOffice() {
        backOffice.close();
    }

    @AfterEach
    void closeTheDevice() throws IOException {
        if (opened != null) {
            opened.close();
        }
    }

    @Test
    void aConnectionCutInTheMiddleOfAWorkOrderPageFailsTheSyncAndTheNextOneCatchesUp() throws Exception {
        Device device = open(Timeout.ofSeconds(30));
        PROXY.inject(Fault.cutAfter(600), Requests.matching(WORK_ORDER_ROWS).nth(1));

        assertThatThrownBy(device::download).isInstanceOf(SyncException.class).hasMessageStartingWith("Cannot reach the back office");
        assertThat(PROXY.faultsInjected()).isEqualTo(1);
        assertWholeRowsOnly(device);
        assertThat(device.store().records().count(FieldbookPackage.Literals.WORK_ORDER)).isZero();
        assertThat(state(device, "msdyn_workorder").lastSuccess()).as("not marked done").isNull();
        assertThat(state(device, "bookingstatus").lastSuccess()).as("done before the cut").isNotNull();

        assertHealedSyncEqualsReference(device);
    }

    static Stream<Arguments> brokenPages() {
        return Stream.of(
                Arguments.of("cut", Fault.cutAfter(1000), "Cannot reach the back office"),
                Arguments.of("truncated", Fault.truncateAfter(1000), "Cannot reach the back office: Premature end of"),
                Arguments.of("corrupted", Fault.corruptBody(300), "cannot read: Malformed products response"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenPages")
    void aBrokenPageOfAnAllRecordsTableLeavesItsCheckpointWhereItWas(String name, Fault fault, String message) throws Exception {
        Device device = open(Timeout.ofSeconds(30));
        PROXY.inject(fault, Requests.matching(PRODUCTS).nth(1));

        assertThatThrownBy(device::download).isInstanceOf(SyncException.class).hasMessageContaining(message);
        assertThat(PROXY.faultsInjected()).isEqualTo(1);
        assertWholeRowsOnly(device);
        assertThat(device.store().records().count(FieldbookPackage.Literals.PRODUCT)).isZero();
        assertThat(state(device, "product")).satisfies(products -> {
            assertThat(products.deltaToken()).isNull();
            assertThat(products.nextLink()).isNull();
            assertThat(products.lastSuccess()).isNull();
        });

        assertHealedSyncEqualsReference(device);
    }

    @Test
    void aStalledBackOfficeIsAReadTimeoutNotAHang() throws Exception {
        // Short enough to keep the test quick, long enough that a loaded machine answers the requests not held
        // (the sign-in hashes a password) before it.
        Device device = open(Timeout.ofSeconds(10));
        CountDownLatch neverBeforeTheTimeout = new CountDownLatch(1);
        PROXY.inject(Fault.holdUntil(neverBeforeTheTimeout), Requests.matching(PRODUCTS));

        try {
            // The limit only catches a hang: the answer is held until the client has given up.
            assertTimeoutPreemptively(Duration.ofMinutes(2), () -> assertThatThrownBy(device::download)
                    .isInstanceOf(SyncException.class).hasMessageContaining("Read timed out"));
        } finally {
            neverBeforeTheTimeout.countDown();
        }
        assertThat(PROXY.faultsInjected()).isPositive();
        assertThat(state(device, "product").deltaToken()).isNull();

        assertHealedSyncEqualsReference(device);
    }

    @Test
    void aBackOfficeKilledMidSyncAndRestartedIsCaughtUpWithOnTheNextSync() throws Exception {
        Device device = open(Timeout.ofSeconds(30));
        NullProgressMonitor killAtWorkOrders = new NullProgressMonitor() {
            @Override
            public void setTaskName(String name) {
                if (name.equals("Downloading msdyn_workorders")) {
                    backOffice.stop();
                }
            }
        };

        try {
            assertThatThrownBy(() -> device.download(killAtWorkOrders)).isInstanceOf(SyncException.class)
                    .hasMessageStartingWith("Cannot reach the back office");
        } finally {
            backOffice.start();
        }
        assertWholeRowsOnly(device);

        assertHealedSyncEqualsReference(device);
    }

    @Test
    void anUnknownDeltaTokenRestartsTheTablesDownload() throws Exception {
        Device device = open(Timeout.ofSeconds(30));
        device.download();
        device.store().downloads().apply(new DownloadPage(FieldbookPackage.Literals.PRODUCT, List.of(), List.of(), null,
                "forgotten-by-the-server", null));

        int sent = PROXY.requestLines().size();
        device.download();

        // The delta goes in the batch of reads asked ahead; refused there, the table starts over with a whole GET.
        assertThat(PROXY.requestLines().subList(sent, PROXY.requestLines().size()))
                .anySatisfy(line -> assertThat(line).startsWith("GET /api/data/v9.2/products "));
        assertThat(state(device, "product").deltaToken()).isNotNull().isNotEqualTo("forgotten-by-the-server");
        assertThat(device.contents()).isEqualTo(reference);
    }

    @Test
    void cancellingBetweenTablesStopsTheSyncAndTheNextOneResumes() throws Exception {
        Device device = open(Timeout.ofSeconds(30));
        NullProgressMonitor cancelAtWorkOrders = new NullProgressMonitor() {
            @Override
            public void setTaskName(String name) {
                if (name.equals("Downloading msdyn_workorders")) {
                    setCanceled(true);
                }
            }
        };

        assertThatThrownBy(() -> device.download(cancelAtWorkOrders)).isInstanceOf(OperationCanceledException.class);
        assertThat(state(device, "bookableresourcebooking").lastSuccess()).as("done before the cancel").isNotNull();
        assertThat(state(device, "msdyn_workorder").lastSuccess()).as("cancelled").isNull();
        assertWholeRowsOnly(device); // today's work orders came ahead of the window's

        device.download();
        assertThat(device.contents()).isEqualTo(reference);
    }

    private Device open(Timeout readTimeout) throws Exception {
        opened = Device.signedIn(PROXY.route(backOffice.serviceRoot()), folder, readTimeout);
        return opened;
    }

    /** Every row on the device is one the reference device holds, at the same version: no half-written rows. */
    private static void assertWholeRowsOnly(Device device) {
        device.contents().forEach((table, rows) -> assertThat(reference.get(table)).as(table).containsAllEntriesOf(rows));
    }

    private static void assertHealedSyncEqualsReference(Device device) throws SyncException {
        PROXY.heal();
        device.download();
        assertThat(device.contents()).isEqualTo(reference);
    }

    private static TableSyncState state(Device device, String table) {
        return device.store().syncStates().get(table);
    }
}
