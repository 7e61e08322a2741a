package org.fieldbook.backoffice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.fieldbook.backoffice.demo.DemoSize;
import org.fieldbook.model.BookableResource;
import org.fieldbook.model.FieldbookPackage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

/** Fieldbook's own API: who am I, and administrators managing accounts. */
class FieldbookApiUsersTest {

    @RegisterExtension
    static final BackOfficeFixture BACK_OFFICE = BackOfficeFixture.withDemo(3, DemoSize.small());

    private static WebApiSession admin;
    private static WebApiSession technician;

    @BeforeAll
    static void start() throws Exception {
        admin = BACK_OFFICE.demoUser("admin").fieldbookApi();
        technician = BACK_OFFICE.demoUser("tech2").fieldbookApi();
    }

    @Test
    void aTechnicianLearnsTheirBookableResource() throws Exception {
        JsonNode me = technician.json("me");

        BookableResource resource = BACK_OFFICE.demo().<BookableResource>rows(FieldbookPackage.Literals.BOOKABLE_RESOURCE).stream()
                .filter(candidate -> candidate.getUserId().equals(BACK_OFFICE.demo().technicianUserIds().get(1))).findFirst().orElseThrow();
        assertThat(me.path("username").asText()).isEqualTo("tech2");
        assertThat(me.path("role").asText()).isEqualTo("technician");
        assertThat(me.path("bookableresourceid").asText()).isEqualTo(resource.getId());
    }

    @Test
    void onlyAdministratorsManageAccounts() throws Exception {
        assertThat(technician.get("users").statusCode()).isEqualTo(403);
        assertThat(technician.send("POST", "users", "{\"username\":\"mallory\",\"password\":\"x\",\"role\":\"admin\"}")
                .statusCode()).isEqualTo(403);

        JsonNode users = admin.json("users").path("value");
        assertThat(users.findValuesAsText("username")).contains("admin", "dispatcher", "tech1", "tech2", "tech3");
        assertThat(users.toString()).doesNotContain("pbkdf2");
    }

    @Test
    void anAccountIsAddedSignsInChangesPasswordAndIsRemoved() throws Exception {
        assertThat(admin.send("POST", "users", "{\"username\":\"nia\",\"password\":\"first one\",\"role\":\"dispatcher\"}")
                .statusCode()).isEqualTo(201);
        WebApiSession nia = WebApiSession.signIn(BACK_OFFICE.server(), "nia", "first one");
        assertThat(nia.get("accounts").statusCode()).isEqualTo(200);

        assertThat(admin.send("PUT", "users/nia/password", "{\"password\":\"second one\"}").statusCode()).isEqualTo(204);
        assertThat(nia.get("accounts").statusCode()).as("tokens of the old password").isEqualTo(401);
        assertThat(WebApiSession.token(BACK_OFFICE.server(), "grant_type=password&username=nia&password=first+one").statusCode()).isEqualTo(400);
        WebApiSession.signIn(BACK_OFFICE.server(), "nia", "second one");

        assertThat(admin.send("DELETE", "users/nia", null).statusCode()).isEqualTo(204);
        assertThat(WebApiSession.token(BACK_OFFICE.server(), "grant_type=password&username=nia&password=second+one").statusCode()).isEqualTo(400);
        assertThat(admin.send("DELETE", "users/nia", null).statusCode()).isEqualTo(404);
    }

    @Test
    void badAccountRequestsAreExplained() throws Exception {
        assertThat(admin.send("POST", "users", "{\"username\":\"tech1\",\"password\":\"p\",\"role\":\"technician\"}").statusCode())
                .as("a taken name").isEqualTo(409);
        assertThat(admin.send("POST", "users", "{\"username\":\"zed\",\"password\":\"p\",\"role\":\"boss\"}").body())
                .contains("No role 'boss'");
        assertThat(admin.send("POST", "users", "{\"username\":").statusCode()).isEqualTo(400);
        assertThat(admin.send("POST", "users", "{\"username\":\"zed\",\"role\":\"technician\"}").body()).contains("password");
        assertThat(admin.get("nothing-here").statusCode()).isEqualTo(404);
    }
}
