package org.fieldbook.sync.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;

import org.fieldbook.backoffice.BackOfficeServer;
import org.fieldbook.backoffice.demo.DemoDataGenerator;
import org.fieldbook.backoffice.demo.DemoSize;
import org.fieldbook.sync.WebApiBackOfficeConnection;
import org.fieldbook.sync.internal.faults.Device;
import org.fieldbook.tests.common.BackOfficeOnLoopback;
import org.fieldbook.tests.common.ConsoleCalls;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The console's preview as a technician counts, before a draft is published, exactly the rows a real device
 * (the sync engine and an encrypted store) holds after syncing that profile once it is published.
 */
class ProfilePreviewTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final BackOfficeOnLoopback BACK_OFFICE = new BackOfficeOnLoopback();

    @TempDir
    Path folder;

    @BeforeAll
    static void demoData() {
        BACK_OFFICE.server().loadDemoData(new DemoDataGenerator(8, LocalDate.now(ZoneOffset.UTC), ZoneOffset.UTC).generate(DemoSize.small()));
    }

    @Test
    void thePreviewOfADraftCountsWhatTheDeviceHoldsOnceItIsPublished() throws Exception {
        ConsoleCalls console = ConsoleCalls.signIn(BACK_OFFICE.serviceRoot(), "admin", BackOfficeServer.DEMO_PASSWORD);
        String profile = JSON.readTree(console.ok("GET", "preview/choices", null)).path("profiles").get(0).path("id").asText();
        console.ok("DELETE", "profiles/" + profile + "/items/msdyn_workorderservicetask", null);

        JsonNode preview = JSON.readTree(console.ok("GET", "preview?profile=" + URLEncoder.encode(profile, StandardCharsets.UTF_8) + "&user=tech1", null));
        console.ok("POST", "profiles/" + profile + "/publish", null);
        Map<String, Integer> held = syncedOnce("tech1");

        Map<String, Integer> previewed = new TreeMap<>();
        preview.path("tables").forEach(table -> previewed.put(table.path("table").asText(), table.path("rows").asInt()));
        assertThat(preview.path("tables")).allSatisfy(table -> assertThat(table.hasNonNull("problem")).isFalse());
        assertThat(previewed).as("the draft's tables").doesNotContainKey("msdyn_workorderservicetask")
                .containsKeys("bookableresourcebooking", "msdyn_workorder", "msdyn_timeentry", "product");
        assertThat(previewed.get("msdyn_workorder")).isPositive();
        held.forEach((table, rows) -> assertThat(previewed.getOrDefault(table, 0)).as(table).isEqualTo(rows));
        assertThat(preview.path("total").asInt()).isEqualTo(held.values().stream().mapToInt(Integer::intValue).sum());
        assertThat(preview.path("guidance").asInt()).as("the production guidance").isEqualTo(200_000);
        assertThat(preview.path("overGuidance").asBoolean()).isFalse();
    }

    /** @return the rows per table of a new device of {@code user} after one full sync */
    private Map<String, Integer> syncedOnce(String user) throws Exception {
        try (Device device = Device.signedIn(BACK_OFFICE.serviceRoot(), folder, user)) {
            SyncEngine engine = new SyncEngine(device.store(), new WebApiBackOfficeConnection(device.serviceRoot()), device.account(),
                    Clock.systemUTC());
            try {
                engine.syncNow().join();
            } finally {
                engine.deactivate();
            }
            assertThat(engine.status().message()).isNull();
            Map<String, Integer> rows = new TreeMap<>();
            Device.contents(device.store()).forEach((table, keys) -> rows.put(table, keys.size()));
            return rows;
        }
    }
}
