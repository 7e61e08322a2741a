package org.fieldbook.backoffice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.fieldbook.backoffice.demo.DemoSize;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The sync summaries devices upload to Fieldbook's own table {@code fieldbook_syncsummaries}: a technician creates
 * and reads their own only, dispatchers and admins read all; no input gets a 5xx or another user's row.
 */
class WebApiSyncSummariesTest {

    @RegisterExtension
    static final BackOfficeFixture BACK_OFFICE = BackOfficeFixture.withDemo(41, new DemoSize(2, 2, 1, 1));
    private static final String SET = "fieldbook_syncsummaries";

    private static WebApiSession ada;
    private static WebApiSession bo;

    @BeforeAll
    static void twoTechnicians() throws Exception {
        ada = BACK_OFFICE.demoUser("tech1");
        bo = BACK_OFFICE.demoUser("tech2");
    }

    @Test
    void aDeviceUploadsItsSummaryWhichItsUserDispatchersAndAdminsReadButNoOtherTechnician() throws Exception {
        String id = upload(ada, "ADA-TABLET", 1200);

        assertThat(ada.json(SET + "?$filter=fieldbook_device eq 'ADA-TABLET'").path("value")).singleElement().satisfies(row -> {
            assertThat(row.path("fieldbook_syncsummaryid").asText()).isEqualTo(id);
            assertThat(row.path("fieldbook_rowsondevice").asInt()).isEqualTo(1200);
            assertThat(row.path("fieldbook_durationms").asLong()).isEqualTo(8400);
            assertThat(row.path("fieldbook_succeeded").asBoolean()).isTrue();
            assertThat(Instant.parse(row.path("fieldbook_finishedon").asText())).isEqualTo(Instant.parse("2026-12-03T07:00:08.400Z"));
        });
        for (WebApiSession reader : List.of(BACK_OFFICE.demoUser("dispatcher"), BACK_OFFICE.demoUser("admin"))) {
            assertThat(reader.json(SET + "?$filter=fieldbook_device eq 'ADA-TABLET'").path("value")).hasSize(1);
        }
        assertThat(bo.json(SET + "?$filter=fieldbook_device eq 'ADA-TABLET'").path("value")).as("another technician").isEmpty();
        assertThat(bo.get(SET + "(" + id + ")").statusCode()).isEqualTo(403);
    }

    @Test
    void anotherTechnicianNeitherChangesNorDeletesNorOverwritesASummaryWhateverTheRequest() throws Exception {
        String id = upload(ada, "ADA-PHONE", 300);

        List<HttpResponse<String>> answers = List.of(
                bo.send("PATCH", SET + "(" + id + ")", "{\"fieldbook_rowsondevice\":1}"),
                bo.send("PATCH", SET + "(" + id + ")", "{\"fieldbook_rowsondevice\":1}", "If-Match", "*"),
                bo.send("DELETE", SET + "(" + id + ")", null),
                bo.send("POST", SET, body(id, "BO-TABLET", 1)));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).as(answer.body()).isBetween(400, 499));
        JsonNode row = BACK_OFFICE.demoUser("admin").json(SET + "(" + id + ")");
        assertThat(row.path("fieldbook_rowsondevice").asInt()).isEqualTo(300);
        assertThat(row.path("fieldbook_device").asText()).isEqualTo("ADA-PHONE");
    }

    @Test
    void badSummariesGetA400NeverAFault() throws Exception {
        String id = UUID.randomUUID().toString();
        List<String> bodies = List.of(
                "{\"fieldbook_syncsummaryid\":\"" + id + "\",\"fieldbook_rowsondevice\":\"many\"}",
                "{\"fieldbook_syncsummaryid\":\"" + id + "\",\"fieldbook_finishedon\":\"yesterday\"}",
                "{\"fieldbook_syncsummaryid\":\"" + id + "\",\"fieldbook_message\":\"" + "x".repeat(4001) + "\"}",
                "{\"fieldbook_syncsummaryid\":\"" + id + "\",\"fieldbook_rowsondevice\":99999999999}",
                "{\"fieldbook_syncsummaryid\":\"" + id + "\",\"fieldbook_owner\":\"bo\"}");

        for (String body : bodies) {
            HttpResponse<String> answer = ada.send("POST", SET, body);
            assertThat(answer.statusCode()).as(body).isEqualTo(400);
            assertThat(answer.body()).as(body).doesNotContain("Exception", "java.");
        }
        assertThat(BACK_OFFICE.demoUser("admin").get(SET + "(" + id + ")").statusCode()).isEqualTo(404);
    }

    private static String upload(WebApiSession device, String name, int rows) throws Exception {
        String id = UUID.randomUUID().toString();
        assertThat(device.send("POST", SET, body(id, name, rows)).statusCode()).isEqualTo(204);
        return id;
    }

    private static String body(String id, String device, int rows) {
        return "{\"fieldbook_syncsummaryid\":\"" + id + "\",\"fieldbook_device\":\"" + device + "\","
                + "\"fieldbook_startedon\":\"2026-12-03T07:00:00Z\",\"fieldbook_finishedon\":\"2026-12-03T07:00:08.400Z\","
                + "\"fieldbook_durationms\":8400,\"fieldbook_succeeded\":true,\"fieldbook_rowsondevice\":" + rows + ","
                + "\"fieldbook_pendingedits\":0,\"fieldbook_openerrors\":0,\"fieldbook_clientversion\":\"0.1.0\"}";
    }
}
