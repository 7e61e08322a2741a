package org.fieldbook.backoffice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.fieldbook.backoffice.BackOfficeServer;
import org.fieldbook.backoffice.demo.DemoData;
import org.fieldbook.backoffice.demo.DemoDataGenerator;
import org.fieldbook.backoffice.demo.DemoSize;
import org.fieldbook.model.BookableResource;
import org.fieldbook.model.FieldbookPackage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** Fieldbook's own API: who am I, and administrators managing accounts. */
class FieldbookApiUsersTest {

    @TempDir
    static Path data;

    private static BackOfficeServer server;
    private static DemoData demo;
    private static WebApiSession admin;
    private static WebApiSession technician;

    @BeforeAll
    static void start() throws Exception {
        server = BackOfficeServer.start("127.0.0.1", 0, data.resolve("db"));
        demo = new DemoDataGenerator(3, LocalDate.now(ZoneOffset.UTC), ZoneOffset.UTC).generate(DemoSize.small());
        server.loadDemoData(demo);
        admin = WebApiSession.signIn(server, "admin", BackOfficeServer.DEMO_PASSWORD).fieldbookApi();
        technician = WebApiSession.signIn(server, "tech2", BackOfficeServer.DEMO_PASSWORD).fieldbookApi();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aTechnicianLearnsTheirBookableResource() throws Exception {
        JsonNode me = technician.json("me");

        BookableResource resource = demo.<BookableResource>rows(FieldbookPackage.Literals.BOOKABLE_RESOURCE).stream()
                .filter(candidate -> candidate.getUserId().equals(demo.technicianUserIds().get(1))).findFirst().orElseThrow();
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
        WebApiSession nia = WebApiSession.signIn(server, "nia", "first one");
        assertThat(nia.get("accounts").statusCode()).isEqualTo(200);

        assertThat(admin.send("PUT", "users/nia/password", "{\"password\":\"second one\"}").statusCode()).isEqualTo(204);
        assertThat(nia.get("accounts").statusCode()).as("tokens of the old password").isEqualTo(401);
        assertThat(WebApiSession.token(server, "grant_type=password&username=nia&password=first+one").statusCode()).isEqualTo(400);
        WebApiSession.signIn(server, "nia", "second one");

        assertThat(admin.send("DELETE", "users/nia", null).statusCode()).isEqualTo(204);
        assertThat(WebApiSession.token(server, "grant_type=password&username=nia&password=second+one").statusCode()).isEqualTo(400);
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
