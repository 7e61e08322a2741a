package org.fieldbook.backoffice.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.fieldbook.backoffice.demo.DemoSize;
import org.fieldbook.backoffice.internal.BackOfficeFixture;
import org.fieldbook.backoffice.internal.updates.UpdateDeadlinesTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An admin makes a client update mandatory after a date on the Client updates page, in the browser's time zone;
 * devices read the date from the update site, as an instant. Bad input is explained beside its field.
 */
class ConsoleClientUpdatesTest {

    private static final String SERVED = "0.2.0.202612041340";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final BackOfficeFixture BACK_OFFICE = BackOfficeFixture.withDemo(17, new DemoSize(1, 2, 1, 1)).withClientUpdates();
    @RegisterExtension
    static final ConsoleBrowser BROWSER = new ConsoleBrowser();

    private final ConsoleSite site = new ConsoleSite(BROWSER, BACK_OFFICE.server());
    private final ClientUpdatesPage page = new ClientUpdatesPage(site);

    @BeforeAll
    static void serveARelease() throws IOException {
        UpdateDeadlinesTest.contentJar(BACK_OFFICE.clientUpdatesFolder(),
                "<?xml version='1.0'?><repository><units><unit id='org.fieldbook.client' version='" + SERVED + "'/></units></repository>");
    }

    @AfterEach
    void browserInItsOwnZoneAgain() {
        inZone("");
    }

    @Test
    void anAdminInAucklandSetsTheDateAndDevicesReadTheInstant() throws Exception {
        site.signInAs("admin", "profiles");
        inZone("Pacific/Auckland");
        page.open();

        assertThat(page.site()).isEqualTo("The update site serves Fieldbook " + SERVED + ".");
        page.useServedVersion();
        assertThat(page.version()).isEqualTo(SERVED);
        page.pickMandatoryAfter("2036-12-10T18:00");
        page.save();

        assertThat(site.banner("Saved").replace('\u202f', ' ')).isEqualTo("Saved: devices may postpone updates to " + SERVED + " until Dec 10, 2036, 6:00 PM.");
        assertThat(page.deadlines()).singleElement().satisfies(row -> {
            assertThat(row).containsEntry("version", SERVED).containsEntry("mandatoryAfter", "Dec 10, 2036, 6:00 PM")
                    .containsEntry("passed", "Technicians may postpone until then");
            assertThat(row.get("setBy")).startsWith("admin, ");
        });
        assertThat(devicesRead()).as("summer in Auckland is UTC+13")
                .containsExactly(Map.of("version", SERVED, "after", "2036-12-10T05:00:00Z"));

        inZone("America/New_York");
        page.open();
        assertThat(page.deadlines()).extracting(row -> row.get("mandatoryAfter")).as("the same moment in New York")
                .containsExactly("Dec 10, 2036, 12:00 AM");
        removeThroughTheCall(SERVED);
    }

    @Test
    void aDateThatHasPassedMakesTheUpdateMandatoryNowAndRemovingItAsksFirst() throws Exception {
        site.signInAs("admin", "profiles");
        page.open();
        page.typeVersion("0.3");
        page.pickMandatoryAfter("2020-01-15T09:00");
        page.save();

        assertThat(site.banner("Saved")).isEqualTo("Saved: updates to 0.3.0 are mandatory now; devices restart into them at their next"
                + " safe moment.");
        assertThat(page.deadlines()).singleElement().satisfies(row -> assertThat(row).containsEntry("version", "0.3.0")
                .containsEntry("passed", "Mandatory: no postponing"));

        page.remove("0.3.0");
        assertThat(site.confirmation()).isEqualTo("Remove this date?");
        site.confirm(false);
        assertThat(devicesRead()).as("cancelled: still mandatory").hasSize(1);
        page.remove("0.3.0");
        site.confirm(true);

        assertThat(site.banner("Removed")).isEqualTo("Removed the date of 0.3.0.");
        assertThat(page.empty()).isEqualTo("No update is mandatory: technicians may always postpone.");
        assertThat(devicesRead()).isEmpty();
    }

    @Test
    void badInputIsExplainedBesideItsFieldAndNothingReachesDevices() throws Exception {
        site.signInAs("admin", "profiles");
        page.open();

        page.save();
        assertThat(BROWSER.textOnceContains(By.id("version-error"), "Enter")).startsWith("Enter the client version");
        page.typeVersion("0.2.x.1");
        page.pickMandatoryAfter("2036-12-10T18:00");
        page.save();
        assertThat(BROWSER.textOnceContains(By.id("version-error"), "0.2.x.1")).contains("is not a client version");
        page.typeVersion("0.4.0");
        page.pickMandatoryAfter("");
        page.save();
        assertThat(BROWSER.textOnceContains(By.id("mandatory-after-error"), "Choose"))
                .isEqualTo("Choose the date and time after which the update is mandatory.");

        assertThat(devicesRead()).isEmpty();
    }

    @Test
    void callsWithBadInputGetA4xxWithAMessageNeverAFault() throws Exception {
        site.signInAs("admin", "profiles");
        page.open();

        Map<String, Object> local = site.call("POST", "client-updates/deadlines",
                "{\"version\":\"0.4.0\",\"mandatoryAfter\":\"2036-12-10T18:00\"}", true);
        assertThat(local.get("status")).isEqualTo(400L);
        assertThat(JSON.readTree((String) local.get("body")).path("field").asText()).isEqualTo("mandatoryAfter");
        assertThat((String) local.get("body")).contains("with its time zone");
        for (String body : List.of("{\"version\":4,\"mandatoryAfter\":[]}", "not json", "[]", "{\"version\":\"" + "9".repeat(500) + "\"}")) {
            Map<String, Object> answer = site.call("POST", "client-updates/deadlines", body, true);
            assertThat(answer.get("status")).as(body).isEqualTo(400L);
            assertThat((String) answer.get("body")).as(body).contains("\"message\"").doesNotContain("Exception", "java.");
        }
        assertThat(site.call("DELETE", "client-updates/deadlines/0.9.9", null, true).get("status")).isEqualTo(404L);
        assertThat(site.call("DELETE", "client-updates/deadlines/not..a.version", null, true).get("status")).isEqualTo(400L);
        assertThat(devicesRead()).isEmpty();
    }

    @Test
    void aDispatcherNeitherOpensThePageNorCallsItAndNoChangeGoesWithoutTheToken() throws Exception {
        site.signInAs("dispatcher", "sync-errors");
        site.open("client-updates");

        assertThat(BROWSER.find(By.tagName("h1")).getText()).isEqualTo("Not for your role");
        assertThat(site.call("GET", "client-updates", null, true).get("status")).isEqualTo(403L);
        assertThat(site.call("POST", "client-updates/deadlines", "{\"version\":\"0.5.0\",\"mandatoryAfter\":\"2020-01-01T00:00Z\"}", true)
                .get("status")).isEqualTo(403L);

        site.signInAs("admin", "profiles");
        page.open();
        Map<String, Object> unsigned = site.call("POST", "client-updates/deadlines",
                "{\"version\":\"0.5.0\",\"mandatoryAfter\":\"2020-01-01T00:00Z\"}", false);
        assertThat(unsigned.get("status")).isEqualTo(403L);
        assertThat(devicesRead()).isEmpty();
    }

    @Test
    void devicesReadTheDatesWithoutSigningInAndCannotWriteThem() throws Exception {
        HttpResponse<String> read = HTTP.send(HttpRequest.newBuilder(mandatoryUpdates()).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> write = HTTP.send(HttpRequest.newBuilder(mandatoryUpdates())
                .POST(HttpRequest.BodyPublishers.ofString("{\"mandatory\":[]}")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(read.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(write.statusCode()).isEqualTo(405);
    }

    /** @return the dates as a device reads them from the update site, without signing in */
    private static List<Map<String, String>> devicesRead() throws IOException, InterruptedException {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(mandatoryUpdates()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode mandatory = JSON.readTree(answer.body()).path("mandatory");
        return StreamSupport.stream(mandatory.spliterator(), false)
                .map(date -> Map.of("version", date.path("version").asText(), "after", date.path("after").asText())).toList();
    }

    private static URI mandatoryUpdates() {
        return BACK_OFFICE.server().clientUpdates().resolve("mandatory-updates.json");
    }

    private void removeThroughTheCall(String version) {
        assertThat(site.call("DELETE", "client-updates/deadlines/" + version, null, true).get("status")).isEqualTo(200L);
    }

    /** Puts the browser in a time zone, or back in its own for an empty id. */
    private static void inZone(String timezoneId) {
        BROWSER.driver().executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", timezoneId));
    }
}
