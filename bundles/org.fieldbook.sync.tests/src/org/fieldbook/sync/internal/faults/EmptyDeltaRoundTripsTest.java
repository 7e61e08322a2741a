package org.fieldbook.sync.internal.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.eclipse.emf.ecore.EClass;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.store.DownloadPage;
import org.fieldbook.tests.common.FaultProxy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A device that synced before asks its profile's reads and the first reads of every table (key-and-version
 * listings, deltas) ahead in one {@code $batch}, counted at a proxy in front of a real back office: with nothing
 * changed, the download is that batch alone. Changes, removals and new rows arriving through the batch land as a
 * fresh device's first sync has them, and a read refused inside the batch is handled at its table's turn.
 */
class EmptyDeltaRoundTripsTest {

    private static final String BATCH = "POST /api/data/v9.2/$batch ";

    @TempDir
    static Path shared;
    private static DemoBackOffice backOffice;
    private static Device dispatcher;

    @RegisterExtension
    static final FaultProxy PROXY = FaultProxy.to(() -> backOffice.port());

    @TempDir
    Path folder;
    private Device device;

    @BeforeAll
    static void startTheBackOffice() throws Exception {
        backOffice = DemoBackOffice.startIn(shared);
        dispatcher = Device.signedIn(backOffice.serviceRoot(), shared.resolve("dispatcher"), "dispatcher");
    }

    @AfterAll
    static void stopTheBackOffice() throws IOException {
        dispatcher.close();
        backOffice.close();
    }

    @AfterEach
    void closeTheDevice() throws IOException {
        if (device != null) {
            device.close();
        }
    }

    @Test
    void anEmptyDeltaOfTheDefaultTechnicianIsOneBatch() throws Exception {
        device = syncedDevice();
        Map<String, Map<String, Long>> before = device.contents();
        int sent = PROXY.requestLines().size();

        assertThat(device.download()).isZero();

        assertThat(linesSince(sent)).as("the profile's reads and every table's first read, together").hasSize(1)
                .allMatch(line -> line.startsWith(BATCH));
        assertThat(device.contents()).isEqualTo(before);
    }

    @Test
    void changesRemovalsAndNewRowsArrivingThroughTheBatchLandAsOnAFreshDevice() throws Exception {
        device = syncedDevice();
        String booking = anyKey(FieldbookPackage.Literals.BOOKING);
        String workOrder = anyKey(FieldbookPackage.Literals.WORK_ORDER);
        String product = anyKey(FieldbookPackage.Literals.PRODUCT);
        String resource = anyKey(FieldbookPackage.Literals.BOOKABLE_RESOURCE);
        Instant farAway = Instant.now().plus(60, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        Instant soon = Instant.now().truncatedTo(ChronoUnit.HOURS);
        String added = UUID.randomUUID().toString();
        asDispatcher("PATCH", "msdyn_workorders(" + workOrder + ")", "{\"msdyn_instructions\":\"Changed in the office\"}");
        asDispatcher("PATCH", "bookableresourcebookings(" + booking + ")",
                "{\"starttime\":\"" + farAway + "\",\"endtime\":\"" + farAway.plusSeconds(3600) + "\"}");
        asDispatcher("DELETE", "products(" + product + ")", null);
        asDispatcher("POST", "bookableresourcebookings", "{\"bookableresourcebookingid\":\"" + added + "\",\"name\":\"Added\","
                + "\"starttime\":\"" + soon + "\",\"endtime\":\"" + soon.plusSeconds(3600) + "\","
                + "\"Resource@odata.bind\":\"/bookableresources(" + resource + ")\"}");
        int sent = PROXY.requestLines().size();

        device.download();

        assertThat(linesSince(sent)).filteredOn(line -> line.startsWith(BATCH)).hasSize(1);
        assertThat(device.store().records().versions(FieldbookPackage.Literals.BOOKING)).containsKey(added).doesNotContainKey(booking);
        assertThat(device.store().records().versions(FieldbookPackage.Literals.PRODUCT)).doesNotContainKey(product);
        assertThat(device.contents()).isEqualTo(freshDeviceContents());
    }

    @Test
    void aDeltaTokenRefusedInsideTheBatchRestartsThatTableAndTheOthersStillSync() throws Exception {
        device = syncedDevice();
        String workOrder = anyKey(FieldbookPackage.Literals.WORK_ORDER);
        asDispatcher("PATCH", "msdyn_workorders(" + workOrder + ")", "{\"msdyn_instructions\":\"Changed again\"}");
        device.store().downloads().apply(new DownloadPage(FieldbookPackage.Literals.PRODUCT, List.of(), List.of(), null,
                "forgotten-by-the-server", null));
        int sent = PROXY.requestLines().size();

        device.download();

        List<String> lines = linesSince(sent);
        assertThat(lines).filteredOn(line -> line.startsWith(BATCH)).hasSize(1);
        assertThat(lines.getLast()).as("the products again, whole, after the batch").startsWith("GET /api/data/v9.2/products ");
        assertThat(device.store().syncStates().get("product").deltaToken()).isNotNull().isNotEqualTo("forgotten-by-the-server");
        assertThat(device.contents()).isEqualTo(freshDeviceContents());
    }

    /** @return a device through the proxy that synced once (its first sync asks nothing ahead) */
    private Device syncedDevice() throws Exception {
        Device synced = Device.signedIn(PROXY.route(backOffice.serviceRoot()), folder.resolve("device"));
        synced.download();
        return synced;
    }

    private Map<String, Map<String, Long>> freshDeviceContents() throws Exception {
        try (Device fresh = Device.signedIn(backOffice.serviceRoot(), folder.resolve("fresh"))) {
            fresh.download();
            return fresh.contents();
        }
    }

    private String anyKey(EClass table) {
        return device.store().records().versions(table).keySet().stream().sorted().findFirst().orElseThrow();
    }

    private static List<String> linesSince(int sent) {
        List<String> lines = PROXY.requestLines();
        return lines.subList(sent, lines.size());
    }

    private static void asDispatcher(String method, String path, String body) throws Exception {
        ClassicRequestBuilder request = ClassicRequestBuilder.create(method).setUri(dispatcher.serviceRoot().resolve(path));
        if (body != null) {
            request.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON.withCharset(StandardCharsets.UTF_8)));
        }
        int status = dispatcher.http().execute(request.build(), response -> response.getCode());
        assertThat(status).isEqualTo(204);
    }
}
