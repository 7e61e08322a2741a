package org.fieldbook.backoffice.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fieldbook.backoffice.demo.DemoSize;
import org.fieldbook.backoffice.internal.BackOfficeFixture;
import org.fieldbook.backoffice.internal.WebApiSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A dispatcher reads the sync errors technicians' devices uploaded through the Web API. */
class ConsoleSyncErrorsTest {

    @RegisterExtension
    static final BackOfficeFixture BACK_OFFICE = BackOfficeFixture.withDemo(12, new DemoSize(2, 4, 2, 2));
    @RegisterExtension
    static final ConsoleBrowser BROWSER = new ConsoleBrowser();
    /** More than a page of tech1's, so that the list pages. */
    private static final int TECH1_ERRORS = 27;
    private static final Instant FIRST = Instant.parse("2026-11-30T08:00:00Z");

    private ConsoleSite site;
    private SyncErrorsPage errors;

    @BeforeAll
    static void devicesUpload() throws Exception {
        WebApiSession tech1 = BACK_OFFICE.demoUser("tech1");
        for (int i = 0; i < TECH1_ERRORS; i++) {
            upload(tech1, "msdyn_workorder", i % 3 == 0 ? 0 : 3, FIRST.plusSeconds(60L * i), "Update refused #" + i);
        }
        upload(BACK_OFFICE.demoUser("tech2"), "bookableresourcebooking", 1, FIRST.minusSeconds(3600),
                "=HYPERLINK(\"http://evil\") <b>not bold</b>");
    }

    @BeforeEach
    void signIn() {
        site = new ConsoleSite(BROWSER, BACK_OFFICE.server());
        site.signInAs("dispatcher", "sync-errors");
        errors = new SyncErrorsPage(site).shown();
    }

    @Test
    void theNewestComeFirstTwentyFiveAPageWithTheUserWhoseDeviceSentThem() {
        assertThat(errors.pagerText()).isEqualTo("Page 1 of 2 · 28 in all");
        assertThat(errors.column("message")).hasSize(25).first().isEqualTo("Update refused #26");
        assertThat(errors.column("user")).containsOnly("tech1");

        errors.next();

        assertThat(errors.pagerText()).startsWith("Page 2 of 2");
        assertThat(errors.column("message")).containsExactly("Update refused #1", "Update refused #0",
                "=HYPERLINK(\"http://evil\") <b>not bold</b>");
        assertThat(errors.column("user")).last().isEqualTo("tech2");
    }

    @Test
    void filtersByUserTableAndType() {
        errors.filter("tech2", null, null);
        assertThat(errors.column("table")).containsExactly("bookableresourcebooking");
        assertThat(errors.column("type")).containsExactly("Record not found");

        errors.filter(null, "msdyn_workorder", "Conflict");
        assertThat(errors.pagerText()).isEqualTo("Page 1 of 1 · 9 in all");
        assertThat(errors.column("type")).containsOnly("Conflict");
    }

    @Test
    void theDetailsShowWhatTheDeviceSent() {
        assertThat(errors.detailsOfFirst()).contains("Update refused #26").contains("0x80060882").contains("Gate code 26");
    }

    @Test
    void theCsvExportHoldsTheFilteredErrorsAndDefusesFormulas() throws Exception {
        errors.filter("tech2", null, null);
        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(errors.csvAddress()))
                .header("Cookie", "fieldbook_console=" + BROWSER.cookie("fieldbook_console").getValue()).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv;charset=utf-8");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).isEqualTo("when,user,table,record,type,message");
        assertThat(lines[1]).startsWith("\"2026-11-30T07:00:00Z\",\"tech2\",\"bookableresourcebooking\",\"")
                .endsWith("\",\"Record not found\",\"'=HYPERLINK(\"\"http://evil\"\") <b>not bold</b>\"");
    }

    @Test
    void aCallWithoutFiltersListsEveryErrorAndBadFiltersGetAMessageNeverAFault() {
        Map<String, Object> unfiltered = site.call("GET", "sync-errors.csv", null, false);
        assertThat(unfiltered.get("status")).isEqualTo(200L);
        assertThat(String.valueOf(unfiltered.get("body")).split("\r\n")).hasSize(TECH1_ERRORS + 2);

        for (String query : List.of("page=abc", "page=0", "from=yesterday", "until=2026-13-01T00:00:00Z", "sort=bogus", "type=Nope",
                "page=9999999")) {
            Map<String, Object> answer = site.call("GET", "sync-errors?" + query, null, false);
            assertThat(answer.get("status")).as(query).isEqualTo(400L);
            assertThat(String.valueOf(answer.get("body"))).as(query).startsWith("{\"message\":").doesNotContain("Exception", "java.");
        }
        assertThat(site.call("GET", "sync-errors?page=99999&until=2026-01-01T00:00:00Z", null, false).get("body")).as("past the end")
                .isEqualTo("{\"rows\":[],\"total\":0,\"page\":99999,\"pageSize\":25}");
    }

    private static void upload(WebApiSession device, String table, int type, Instant when, String message) throws Exception {
        int status = device.send("POST", "syncerrors", "{\"syncerrorid\":\"" + UUID.randomUUID() + "\",\"name\":\"" + table + "\","
                + "\"_regardingobjectid_value\":\"" + UUID.randomUUID() + "\",\"errorcode\":\"0x80060882\",\"errortype\":" + type + ","
                + "\"errormessage\":" + WebApiSession.JSON.writeValueAsString(message) + ",\"errortime\":\"" + when + "\","
                + "\"action\":\"update\",\"actiondata\":\"{\\\"msdyn_instructions\\\":\\\"Gate code " + message.replaceAll("\\D", "")
                + "\\\"}\"}").statusCode();
        assertThat(status).isEqualTo(204);
    }
}
