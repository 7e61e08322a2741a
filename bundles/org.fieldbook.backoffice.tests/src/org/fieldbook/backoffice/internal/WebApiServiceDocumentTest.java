package org.fieldbook.backoffice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.fieldbook.backoffice.BackOfficeServer;
import org.fieldbook.backoffice.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The back office over real HTTP on a random loopback port. */
class WebApiServiceDocumentTest {

    @TempDir
    static Path data;

    private static BackOfficeServer server;
    private static WebApiSession api;

    @BeforeAll
    static void startServer() throws Exception {
        server = BackOfficeServer.start("127.0.0.1", 0, data.resolve("db"));
        api = WebApiSession.newUser(server, "reader", Role.TECHNICIAN, null);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void serviceDocumentListsTheFieldServiceEntitySets() throws Exception {
        HttpResponse<String> response = get(server.serviceRoot());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode document = new ObjectMapper().readTree(response.body());
        assertThat(document.path("@odata.context").asText()).endsWith("$metadata");
        List<String> names = new ArrayList<>();
        document.path("value").forEach(set -> names.add(set.path("name").asText()));
        assertThat(names).contains("bookableresourcebookings", "bookingstatuses", "msdyn_workorders", "accounts");
    }

    @Test
    void metadataDescribesEachTableWithItsGuidKey() throws Exception {
        HttpResponse<String> response = get(server.serviceRoot().resolve("$metadata"), "application/xml");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("Namespace=\"Microsoft.Dynamics.CRM\"")
                .contains("<EntityType Name=\"msdyn_workorder\">")
                .contains("<PropertyRef Name=\"msdyn_workorderid\"/>")
                .contains("<Property Name=\"starttime\" Type=\"Edm.DateTimeOffset\"");
    }

    @Test
    void unknownEntitySetIsABadRequestWithoutStackTrace() throws Exception {
        HttpResponse<String> response = get(server.serviceRoot().resolve("contoso_widgets"));

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = new ObjectMapper().readTree(response.body()).path("error");
        assertThat(error.path("code").asText()).isEqualTo("0x80040203");
        assertThat(error.path("message").asText()).contains("contoso_widgets");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return api.get(uri.toString());
    }

    private static HttpResponse<String> get(URI uri, String accept) throws IOException, InterruptedException {
        return api.get(uri.toString(), "Accept", accept);
    }
}
