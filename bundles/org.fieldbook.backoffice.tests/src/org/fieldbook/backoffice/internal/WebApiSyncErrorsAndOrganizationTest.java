package org.fieldbook.backoffice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.fieldbook.backoffice.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

/** Devices upload their sync errors for administrators; only administrators set conflict detection. */
class WebApiSyncErrorsAndOrganizationTest {

    @RegisterExtension
    static final BackOfficeFixture BACK_OFFICE = BackOfficeFixture.empty();

    private static WebApiSession ada;
    private static WebApiSession bo;
    private static WebApiSession dispatcher;
    private static WebApiSession admin;

    @BeforeAll
    static void start() throws Exception {
        ada = BACK_OFFICE.newUser("ada", Role.TECHNICIAN);
        bo = BACK_OFFICE.newUser("bo", Role.TECHNICIAN);
        dispatcher = BACK_OFFICE.newUser("dispatch", Role.DISPATCHER);
        admin = BACK_OFFICE.newUser("root", Role.ADMIN);
    }

    @Test
    void anUploadedSyncErrorIsSeenByItsDeviceUserAndTheAdministratorOnly() throws Exception {
        String id = UUID.randomUUID().toString();
        String workOrder = UUID.randomUUID().toString();

        int status = ada.send("POST", "syncerrors", "{\"syncerrorid\":\"" + id + "\",\"name\":\"msdyn_workorder\","
                + "\"_regardingobjectid_value\":\"" + workOrder + "\",\"errorcode\":\"0x80060882\",\"errortype\":0,"
                + "\"errormessage\":\"The version of the record does not match\",\"errortime\":\"2026-11-27T08:15:00Z\","
                + "\"action\":\"update\",\"actiondata\":\"{\\\"msdyn_instructions\\\":\\\"Gate code 4711\\\"}\"}").statusCode();

        assertThat(status).isEqualTo(204);
        JsonNode listed = admin.json("syncerrors?$filter=errortime ge 2026-11-27T00:00:00Z&$orderby=errortime desc");
        assertThat(listed.path("value")).hasSize(1);
        JsonNode error = listed.path("value").get(0);
        assertThat(error.path("_regardingobjectid_value").asText()).isEqualTo(workOrder);
        assertThat(error.path("errortype").asInt()).isZero();
        assertThat(error.path("actiondata").asText()).contains("Gate code 4711");
        assertThat(ada.json("syncerrors").path("value")).hasSize(1);
        assertThat(bo.json("syncerrors").path("value")).as("another technician").isEmpty();
        assertThat(bo.get("syncerrors(" + id + ")").statusCode()).isEqualTo(403);
    }

    @Test
    void conflictDetectionIsOffUntilAnAdministratorTurnsItOn() throws Exception {
        JsonNode organizations = ada.json("organizations").path("value");
        assertThat(organizations).hasSize(1);
        String id = organizations.get(0).path("organizationid").asText();
        assertThat(organizations.get(0).path("isconflictdetectionenabledformobileclient").asBoolean()).isFalse();

        String on = "{\"isconflictdetectionenabledformobileclient\":true}";
        assertThat(ada.send("PATCH", "organizations(" + id + ")", on).statusCode()).isEqualTo(403);
        assertThat(dispatcher.send("PATCH", "organizations(" + id + ")", on).statusCode()).isEqualTo(403);
        assertThat(admin.send("PATCH", "organizations(" + id + ")", on).statusCode()).isEqualTo(204);

        assertThat(ada.json("organizations(" + id + ")").path("isconflictdetectionenabledformobileclient").asBoolean()).isTrue();
        admin.send("PATCH", "organizations(" + id + ")", "{\"isconflictdetectionenabledformobileclient\":false}");
    }
}
