package org.fieldbook.backoffice.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.fieldbook.backoffice.demo.DemoSize;
import org.fieldbook.backoffice.internal.BackOfficeFixture;
import org.fieldbook.backoffice.internal.WebApiSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Sync health: the summaries technicians' devices uploaded through the Web API, per technician, the oldest last
 * successful sync first and stale devices marked; technicians are refused.
 */
class ConsoleSyncHealthTest {

    @RegisterExtension
    static final BackOfficeFixture BACK_OFFICE = BackOfficeFixture.withDemo(21, new DemoSize(3, 4, 2, 2));
    @RegisterExtension
    static final ConsoleBrowser BROWSER = new ConsoleBrowser();
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @BeforeAll
    static void devicesReport() throws Exception {
        WebApiSession tech1 = BACK_OFFICE.demoUser("tech1");
        upload(tech1, NOW.minus(Duration.ofDays(3)), true, 1200, 0, 0, "1.4.0");
        upload(tech1, NOW.minus(Duration.ofHours(1)), false, 1300, 4, 2, "1.4.0");
        upload(BACK_OFFICE.demoUser("tech2"), NOW.minus(Duration.ofHours(2)), true, 48200, 1, 0, "1.5.0");
        // tech3's device never reported.
    }

    @Test
    void theOldestLastSyncComesFirstWithStaleDevicesMarkedAndTheLatestCounts() {
        SyncHealthPage health = open("dispatcher");

        assertThat(health.sortOf("Last successful sync")).isEqualTo("ascending");
        assertThat(health.column("user")).containsExactly("tech3", "tech1", "tech2");
        assertThat(health.stale()).containsExactly("tech3", "tech1");
        assertThat(health.column("lastSync").get(0)).startsWith("Never");
        assertThat(health.column("lastSync").get(1)).contains("Latest sync failed: The back office answered 500");
        assertThat(health.column("rowsOnDevice")).containsExactly("—", "1,300", "48,200");
        assertThat(health.column("pendingEdits")).containsExactly("—", "4", "1");
        assertThat(health.column("openErrors")).containsExactly("—", "2", "0");
        assertThat(health.column("clientVersion")).containsExactly("—", "1.4.0", "1.5.0");
        assertThat(health.column("durationMillis")).containsExactly("—", "12 s", "12 s");
    }

    @Test
    void anAdminSortsByAnyColumn() {
        SyncHealthPage health = open("admin");

        health.sortBy("Rows on the device");
        assertThat(health.column("user")).containsExactly("tech3", "tech1", "tech2");
        health.sortBy("Rows on the device");
        assertThat(health.sortOf("Rows on the device")).isEqualTo("descending");
        assertThat(health.column("user")).containsExactly("tech2", "tech1", "tech3");
        health.sortBy("Edits waiting");
        assertThat(health.column("pendingEdits")).containsExactly("—", "1", "4");
    }

    @Test
    void aTechnicianIsRefusedThePageAndItsCall() {
        ConsoleSite site = new ConsoleSite(BROWSER, BACK_OFFICE.server());
        site.signIn("tech1", "fieldbook");

        assertThat(site.banner("The admin console is for administrators and dispatchers")).isNotEmpty();
        Map<String, Object> answer = site.call("GET", "sync-health", null, true);
        assertThat(answer.get("status")).isEqualTo(401L);
        assertThat(String.valueOf(answer.get("body"))).doesNotContain("tech2", "48200");
        site.open("sync-health");
        BROWSER.awaitPath("/admin/sign-in");
    }

    private static SyncHealthPage open(String user) {
        ConsoleSite site = new ConsoleSite(BROWSER, BACK_OFFICE.server());
        site.signInAs(user, user.equals("admin") ? "profiles" : "sync-errors");
        site.open("sync-health");
        return new SyncHealthPage(site).shown();
    }

    private static void upload(WebApiSession device, Instant finished, boolean succeeded, int rows, int pending, int errors,
            String version) throws Exception {
        int status = device.send("POST", "fieldbook_syncsummaries", "{\"fieldbook_syncsummaryid\":\"" + UUID.randomUUID() + "\","
                + "\"fieldbook_device\":\"TABLET-" + rows + "\",\"fieldbook_startedon\":\"" + finished.minusSeconds(12) + "\","
                + "\"fieldbook_finishedon\":\"" + finished + "\",\"fieldbook_durationms\":12000,\"fieldbook_succeeded\":" + succeeded + ","
                + "\"fieldbook_message\":" + (succeeded ? "null" : "\"The back office answered 500\"") + ","
                + "\"fieldbook_rowsondevice\":" + rows + ",\"fieldbook_pendingedits\":" + pending + ",\"fieldbook_openerrors\":" + errors + ","
                + "\"fieldbook_clientversion\":\"" + version + "\"}").statusCode();
        assertThat(status).isEqualTo(204);
    }
}
