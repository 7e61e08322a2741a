package org.fieldbook.backoffice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;

import org.fieldbook.backoffice.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

/** What writes answer and stamp: {@code Prefer: return=representation}, and the server's createdon and modifiedon. */
class WebApiWriteAnswersTest {

    @RegisterExtension
    static final BackOfficeFixture BACK_OFFICE = BackOfficeFixture.empty();

    private static WebApiSession dispatcher;

    @BeforeAll
    static void signIn() throws Exception {
        dispatcher = BACK_OFFICE.newUser("writer", Role.DISPATCHER);
    }

    @Test
    void aCreateThatPrefersTheRepresentationAnswers201WithTheSelectedColumns() throws Exception {
        String id = UUID.randomUUID().toString();

        HttpResponse<String> created = dispatcher.send("POST", "accounts?$select=name", account(id, "Represented"),
                "Prefer", "return=representation");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Preference-Applied")).hasValue("return=representation");
        assertThat(created.headers().firstValue("OData-EntityId").orElseThrow()).endsWith("accounts(" + id + ")");
        JsonNode body = WebApiSession.JSON.readTree(created.body());
        assertThat(body.path("accountid").asText()).isEqualTo(id);
        assertThat(body.path("name").asText()).isEqualTo("Represented");
        assertThat(body.has("telephone1")).as("not selected").isFalse();
        assertThat(body.path("@odata.etag").asText()).isEqualTo(created.headers().firstValue("ETag").orElseThrow());
    }

    @Test
    void anUpdateThatPrefersTheRepresentationAnswers200WithTheRow() throws Exception {
        String id = UUID.randomUUID().toString();
        assertThat(dispatcher.send("POST", "accounts", account(id, "Before")).statusCode()).isEqualTo(204);

        HttpResponse<String> updated = dispatcher.send("PATCH", "accounts(" + id + ")", "{\"telephone1\":\"+41 44 000 00 00\"}",
                "Prefer", "return=representation");

        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(updated.headers().firstValue("Preference-Applied")).hasValue("return=representation");
        JsonNode body = WebApiSession.JSON.readTree(updated.body());
        assertThat(body.path("name").asText()).isEqualTo("Before");
        assertThat(body.path("telephone1").asText()).isEqualTo("+41 44 000 00 00");
    }

    @Test
    void withoutThePreferenceWritesAnswerNoContent() throws Exception {
        HttpResponse<String> created = dispatcher.send("POST", "accounts", account(UUID.randomUUID().toString(), "Minimal"));

        assertThat(created.statusCode()).isEqualTo(204);
        assertThat(created.headers().firstValue("Preference-Applied")).isEmpty();
    }

    @Test
    void theServerStampsCreatedOnAndModifiedOnAndIgnoresTheClientsValues() throws Exception {
        String id = UUID.randomUUID().toString();
        Instant before = Instant.now().minusSeconds(1);
        assertThat(dispatcher.send("POST", "accounts", "{\"accountid\":\"" + id + "\",\"name\":\"Stamped\","
                + "\"createdon\":\"2001-01-01T00:00:00Z\",\"modifiedon\":\"2001-01-01T00:00:00Z\"}").statusCode()).isEqualTo(204);
        JsonNode created = dispatcher.json("accounts(" + id + ")");
        Instant createdOn = Instant.parse(created.path("createdon").asText());
        Thread.sleep(20);

        assertThat(dispatcher.send("PATCH", "accounts(" + id + ")", "{\"name\":\"Restamped\",\"createdon\":\"2001-01-01T00:00:00Z\"}")
                .statusCode()).isEqualTo(204);
        JsonNode updated = dispatcher.json("accounts(" + id + ")");

        assertThat(createdOn).isAfter(before).isBeforeOrEqualTo(Instant.now());
        assertThat(Instant.parse(created.path("modifiedon").asText())).isEqualTo(createdOn);
        assertThat(Instant.parse(updated.path("createdon").asText())).isEqualTo(createdOn);
        assertThat(Instant.parse(updated.path("modifiedon").asText())).isAfter(createdOn);
        assertThat(dispatcher.json("accounts?$filter=createdon ge " + before + "&$orderby=modifiedon desc&$select=name")
                .path("value").findValuesAsText("name")).contains("Restamped");
    }

    private static String account(String id, String name) {
        return "{\"accountid\":\"" + id + "\",\"name\":\"" + name + "\"}";
    }
}
