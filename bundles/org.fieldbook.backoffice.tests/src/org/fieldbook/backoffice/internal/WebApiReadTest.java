package org.fieldbook.backoffice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.fieldbook.backoffice.BackOfficeServer;
import org.fieldbook.backoffice.demo.DemoData;
import org.fieldbook.backoffice.demo.DemoDataGenerator;
import org.fieldbook.backoffice.demo.DemoSize;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.WorkOrder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reading demo data through the Web API over real HTTP: collections, paging, single rows, ETags. */
class WebApiReadTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path data;

    private static BackOfficeServer server;
    private static DemoData demo;

    @BeforeAll
    static void serveDemoData() {
        server = BackOfficeServer.start("127.0.0.1", 0, data.resolve("db"));
        demo = new DemoDataGenerator(5, LocalDate.of(2026, 11, 27), ZoneOffset.UTC).generate(new DemoSize(3, 45, 12, 10));
        assertThat(server.loadDemoData(demo)).isTrue();
        assertThat(server.loadDemoData(demo)).as("a second load finds data and does nothing").isFalse();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aCollectionListsRowsWithKeysLookupsAndETags() throws Exception {
        JsonNode body = get("msdyn_workorders?$top=5", null);

        assertThat(body.path("@odata.context").asText()).endsWith("$metadata#msdyn_workorders");
        assertThat(body.path("value")).hasSize(5);
        JsonNode first = body.path("value").get(0);
        assertThat(first.path("msdyn_workorderid").asText()).matches("[0-9a-f-]{36}");
        assertThat(first.path("msdyn_name").asText()).startsWith("WO-");
        assertThat(first.path("_msdyn_serviceaccount_value").asText()).matches("[0-9a-f-]{36}");
        assertThat(first.path("@odata.etag").asText()).matches("W/\"\\d+\"");
    }

    @Test
    void pagesFollowNextLinksUntilEveryRowWasSeenOnce() throws Exception {
        Set<String> seen = new HashSet<>();
        List<Integer> pageSizes = new ArrayList<>();
        String next = "msdyn_workorders";
        while (next != null) {
            JsonNode page = get(next, "odata.maxpagesize=20");
            pageSizes.add(page.path("value").size());
            page.path("value").forEach(row -> assertThat(seen.add(row.path("msdyn_workorderid").asText())).isTrue());
            next = page.has("@odata.nextLink") ? page.path("@odata.nextLink").asText() : null;
        }

        assertThat(pageSizes).containsExactly(20, 20, 5);
        assertThat(seen).hasSize(45);
    }

    @Test
    void nextLinksKeepTheQueryAndCountDownTop() throws Exception {
        JsonNode first = get("accounts?$select=name&$top=15", "odata.maxpagesize=10");
        String next = first.path("@odata.nextLink").asText();
        JsonNode second = get(next, "odata.maxpagesize=10");

        assertThat(first.path("value")).hasSize(10);
        assertThat(next).contains("$select=name").contains("$top=5").contains("$skiptoken=");
        assertThat(second.path("value")).hasSize(2); // 12 accounts in all
        assertThat(second.has("@odata.nextLink")).isFalse();
        assertThat(second.path("value").get(0).has("telephone1")).isFalse();
    }

    @Test
    void aRowByKeyCarriesItsETagAndSelectTrimsColumns() throws Exception {
        WorkOrder workOrder = demo.<WorkOrder>rows(FieldbookPackage.Literals.WORK_ORDER).get(0);
        HttpResponse<String> response = send("msdyn_workorders(" + workOrder.getId() + ")?$select=msdyn_name", null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode row = JSON.readTree(response.body());
        assertThat(row.path("msdyn_name").asText()).isEqualTo(workOrder.getNumber());
        assertThat(row.has("msdyn_city")).isFalse();
        assertThat(response.headers().firstValue("ETag")).hasValue("W/\"" + workOrder.getVersionNumber() + "\"");
    }

    @Test
    void anUnknownKeyIsNotFound() throws Exception {
        HttpResponse<String> response = send("msdyn_workorders(00000000-0000-0000-0000-000000000000)", null);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(response.body()).path("error").path("code").asText()).isEqualTo("0x80040217");
    }

    private static JsonNode get(String path, String prefer) throws IOException, InterruptedException {
        HttpResponse<String> response = send(path, prefer);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> send(String path, String prefer) throws IOException, InterruptedException {
        URI uri = path.startsWith("http") ? URI.create(path) : server.serviceRoot().resolve(path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "application/json").header("OData-Version", "4.0");
        if (prefer != null) {
            request.header("Prefer", prefer);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
