package org.fieldbook.backoffice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldbook.backoffice.internal.ErrorAnswers.assertError;

import java.util.UUID;

import org.fieldbook.backoffice.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Text up to a column's Dataverse maximum is stored whole; one character more is refused naming the column. */
class WebApiLongTextTest {

    @RegisterExtension
    static final BackOfficeFixture BACK_OFFICE = BackOfficeFixture.empty();

    private static final int MULTILINE_MAX = 1_048_576;

    private static WebApiSession dispatcher;
    private static WebApiSession device;

    @BeforeAll
    static void signIn() throws Exception {
        dispatcher = BACK_OFFICE.newUser("dispatch", Role.DISPATCHER);
        device = BACK_OFFICE.newUser("ada", Role.TECHNICIAN);
    }

    @Test
    void anAccountNameOf160IsStoredAnd161IsRefusedNamingTheColumn() throws Exception {
        String id = UUID.randomUUID().toString();
        assertThat(dispatcher.send("POST", "accounts", account(id, "n".repeat(160))).statusCode()).isEqualTo(204);
        assertThat(dispatcher.json("accounts(" + id + ")").path("name").asText()).hasSize(160);

        String message = assertError(dispatcher.send("POST", "accounts", account(UUID.randomUUID().toString(), "n".repeat(161))), 400);
        assertThat(message).contains("'name'", "160");
        String tooLongPatch = assertError(dispatcher.send("PATCH", "accounts(" + id + ")", "{\"name\":\"" + "m".repeat(4000) + "\"}"), 400);
        assertThat(tooLongPatch).contains("'name'");
    }

    @Test
    void aSyncErrorWith32000CharactersOfActionDataIsStoredAndReadBackWhole() throws Exception {
        String actionData = "{\"msdyn_instructions\":\"" + "Gate code 4711. ".repeat(2000) + "\"}";
        String id = UUID.randomUUID().toString();

        assertThat(device.send("POST", "syncerrors", syncError(id, actionData)).statusCode()).isEqualTo(204);

        assertThat(device.json("syncerrors(" + id + ")").path("actiondata").asText()).isEqualTo(actionData);
        assertThat(device.json("syncerrors?$filter=contains(actiondata,'4711')").path("value")).hasSize(1);
    }

    @Test
    void actionDataUpToTheMultilineMaximumIsStoredAndOneMoreCharacterIsRefused() throws Exception {
        String id = UUID.randomUUID().toString();
        assertThat(device.send("POST", "syncerrors", syncError(id, "d".repeat(MULTILINE_MAX))).statusCode()).isEqualTo(204);
        assertThat(device.json("syncerrors(" + id + ")?$select=actiondata").path("actiondata").asText()).hasSize(MULTILINE_MAX);

        String message = assertError(device.send("POST", "syncerrors", syncError(UUID.randomUUID().toString(),
                "d".repeat(MULTILINE_MAX + 1))), 400);
        assertThat(message).contains("'actiondata'", String.valueOf(MULTILINE_MAX));
    }

    @Test
    void aMultilineTextColumnIsNotComparedOrSorted() throws Exception {
        assertThat(assertError(device.get("syncerrors?$filter=actiondata eq 'x'"), 400)).contains("multiline");
        assertThat(assertError(device.get("syncerrors?$orderby=errordetail"), 400)).contains("multiline");
        assertThat(device.json("syncerrors?$filter=errordetail eq null").path("value").isArray()).isTrue();
    }

    private static String account(String id, String name) {
        return "{\"accountid\":\"" + id + "\",\"name\":\"" + name + "\"}";
    }

    private static String syncError(String id, String actionData) {
        ObjectNode error = WebApiSession.JSON.createObjectNode().put("syncerrorid", id).put("name", "msdyn_workorder")
                .put("errorcode", "0x80060882").put("errortype", 0).put("action", "update").put("actiondata", actionData);
        return error.toString();
    }
}
