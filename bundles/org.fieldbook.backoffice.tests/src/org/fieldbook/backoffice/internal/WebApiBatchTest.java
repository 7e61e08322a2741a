package org.fieldbook.backoffice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldbook.backoffice.internal.WebApiBatch.batch;
import static org.fieldbook.backoffice.internal.WebApiBatch.changeSet;
import static org.fieldbook.backoffice.internal.WebApiBatch.request;
import static org.fieldbook.backoffice.internal.WebApiBatch.statuses;

import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fieldbook.backoffice.demo.DemoSize;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code $batch} over real HTTP: atomic change sets, Content-ID references, stopping at errors, the size limit. */
class WebApiBatchTest {

    @RegisterExtension
    static final BackOfficeFixture BACK_OFFICE = BackOfficeFixture.withDemo(3, new DemoSize(3, 30, 10, 8));

    private static WebApiSession tech1;
    private static WebApiSession dispatcher;

    @BeforeAll
    static void serveDemoData() throws Exception {
        tech1 = BACK_OFFICE.demoUser("tech1");
        dispatcher = BACK_OFFICE.demoUser("dispatcher");
    }

    @Test
    void aChangeSetCreatesAWorkOrderAndATaskBoundToItByContentId() throws Exception {
        String workOrder = UUID.randomUUID().toString();
        String task = UUID.randomUUID().toString();

        HttpResponse<String> response = batch(dispatcher, null, changeSet(
                request("POST", "msdyn_workorders", "1", "{\"msdyn_workorderid\":\"" + workOrder + "\",\"msdyn_name\":\"WO-BATCH\"}"),
                request("POST", "msdyn_workorderservicetasks", "2", "{\"msdyn_workorderservicetaskid\":\"" + task + "\","
                        + "\"msdyn_name\":\"Bound by reference\",\"msdyn_workorder@odata.bind\":\"$1\"}"),
                request("PATCH", "$1", "3", "{\"msdyn_instructions\":\"Patched by reference\"}")));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("multipart/mixed");
        assertThat(statuses(response)).as(response.body()).containsExactly(204, 204, 204);
        JsonNode created = dispatcher.json("msdyn_workorders(" + workOrder + ")");
        assertThat(created.path("msdyn_name").asText()).isEqualTo("WO-BATCH");
        assertThat(created.path("msdyn_instructions").asText()).isEqualTo("Patched by reference");
        assertThat(dispatcher.json("msdyn_workorderservicetasks(" + task + ")").path("_msdyn_workorder_value").asText())
                .isEqualTo(workOrder);
    }

    @Test
    void aChangeSetWhoseSecondRequestIsStaleLeavesNoTraceOfTheFirst() throws Exception {
        String existing = UUID.randomUUID().toString();
        assertThat(dispatcher.send("POST", "accounts", account(existing, "Existing")).statusCode()).isEqualTo(204);
        String created = UUID.randomUUID().toString();

        HttpResponse<String> response = batch(dispatcher, null, changeSet(
                request("POST", "accounts", "1", account(created, "Rolled back")),
                request("PATCH", "accounts(" + existing + ")", "2", "{\"name\":\"Lost update\"}", "If-Match", "W/\"1\"")));

        assertThat(statuses(response)).as(response.body()).containsExactly(412);
        assertThat(response.body()).as("names the refused request").containsPattern("Content-ID: ?2\\r\\n")
                .doesNotContain("Content-ID: 1");
        assertThat(response.body()).contains("0x80060882").doesNotContain("Exception");
        assertThat(dispatcher.get("accounts(" + created + ")").statusCode()).isEqualTo(404);
        assertThat(dispatcher.json("accounts(" + existing + ")").path("name").asText()).isEqualTo("Existing");
    }

    @Test
    void aChangeSetActsForTheSignedInUserAndAForbiddenRequestRollsItBack() throws Exception {
        String own = TechnicianBookings.of(BACK_OFFICE.demo(), 0).get(0).getWorkOrder().getId();
        String theirs = TechnicianBookings.of(BACK_OFFICE.demo(), 1).stream().map(booking -> booking.getWorkOrder().getId())
                .filter(id -> TechnicianBookings.of(BACK_OFFICE.demo(), 0).stream().noneMatch(mine -> mine.getWorkOrder().getId().equals(id)))
                .findFirst().orElseThrow();
        String ownTask = UUID.randomUUID().toString();
        String strayTask = UUID.randomUUID().toString();

        HttpResponse<String> forbiddenUpdate = batch(tech1, null, changeSet(request("POST", "msdyn_workorderservicetasks", "1",
                task(ownTask, own)), request("PATCH", "msdyn_workorders(" + theirs + ")", "2", "{\"msdyn_instructions\":\"Hijacked\"}")));
        // Written first and then found out of reach: rolled back to its savepoint, and the change set with it.
        HttpResponse<String> forbiddenCreate = batch(tech1, null, changeSet(request("POST", "msdyn_workorderservicetasks", "1",
                task(ownTask, own)), request("POST", "msdyn_workorderservicetasks", "2", task(strayTask, theirs))));

        assertThat(statuses(forbiddenUpdate)).as(forbiddenUpdate.body()).containsExactly(403);
        assertThat(statuses(forbiddenCreate)).as(forbiddenCreate.body()).containsExactly(403);
        assertThat(dispatcher.get("msdyn_workorderservicetasks(" + ownTask + ")").statusCode()).isEqualTo(404);
        assertThat(dispatcher.get("msdyn_workorderservicetasks(" + strayTask + ")").statusCode()).isEqualTo(404);
        assertThat(dispatcher.json("msdyn_workorders(" + theirs + ")").path("msdyn_instructions").asText()).isNotEqualTo("Hijacked");
    }

    @Test
    void readsInABatchAnswerInOrder() throws Exception {
        String id = UUID.randomUUID().toString();
        assertThat(dispatcher.send("POST", "accounts", account(id, "Read in a batch")).statusCode()).isEqualTo(204);

        HttpResponse<String> response = batch(dispatcher, null, request("GET", "accounts(" + id + ")?$select=name", null, null),
                request("GET", "msdyn_workorders?$top=2&$select=msdyn_name", null, null));

        assertThat(statuses(response)).containsExactly(200, 200);
        assertThat(response.body()).contains("\"name\":\"Read in a batch\"").contains("$metadata#msdyn_workorders(msdyn_workorderid,msdyn_name)");
    }

    @Test
    void processingStopsAtTheFirstErrorUnlessContinueOnErrorIsPreferred() throws Exception {
        String[] parts = { request("GET", "accounts(" + UUID.randomUUID() + ")", null, null),
            request("GET", "accounts?$top=1", null, null) };

        HttpResponse<String> stopped = batch(dispatcher, null, parts);
        HttpResponse<String> continued = batch(dispatcher, "odata.continue-on-error", parts);

        assertThat(statuses(stopped)).containsExactly(404);
        assertThat(statuses(continued)).containsExactly(404, 200);
        assertThat(continued.headers().firstValue("Preference-Applied")).hasValue("odata.continue-on-error");
    }

    @Test
    void moreThanAThousandRequestsAreRefused() throws Exception {
        HttpResponse<String> response = batch(dispatcher, null,
                Collections.nCopies(1001, request("GET", "accounts?$top=1", null, null)).toArray(String[]::new));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(WebApiSession.JSON.readTree(response.body()).path("error").path("message").asText()).contains("1000");
    }

    @Test
    void answersNameTheirBoundariesAsDataverseSoSplittingOnThoseNamesFindsEveryResponse() throws Exception {
        HttpResponse<String> response = batch(dispatcher, null, changeSet(
                request("POST", "accounts", "1", account(UUID.randomUUID().toString(), "First of two")),
                request("POST", "accounts", "2", account(UUID.randomUUID().toString(), "Second of two"))));

        String contentType = response.headers().firstValue("Content-Type").orElseThrow();
        assertThat(contentType).matches("multipart/mixed; ?boundary=batchresponse_[0-9a-f-]{36}");
        Matcher changeSet = Pattern.compile("Content-Type: multipart/mixed; ?boundary=(changesetresponse_[0-9a-f-]{36})")
                .matcher(response.body());
        assertThat(changeSet.find()).as(response.body()).isTrue();
        List<String> parts = List.of(response.body().split("--" + changeSet.group(1)));
        assertThat(parts.stream().filter(part -> part.contains("HTTP/1.1 204"))).hasSize(2);
        assertThat(response.body()).doesNotContain("changeset_");
    }

    private static String task(String id, String workOrder) {
        return "{\"msdyn_workorderservicetaskid\":\"" + id + "\",\"msdyn_name\":\"Check seals\","
                + "\"msdyn_workorder@odata.bind\":\"/msdyn_workorders(" + workOrder + ")\"}";
    }

    private static String account(String id, String name) {
        return "{\"accountid\":\"" + id + "\",\"name\":\"" + name + "\"}";
    }
}
