package org.fieldbook.backoffice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.fieldbook.backoffice.BackOfficeServer;
import org.fieldbook.backoffice.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Creates, updates and deletes over real HTTP, with Dataverse's ETag preconditions. */
class WebApiWriteTest {

    private static final ObjectMapper JSON = WebApiSession.JSON;
    private static final int CLIENTS = 50;

    @TempDir
    static Path data;

    private static BackOfficeServer server;
    private static WebApiSession api;

    @BeforeAll
    static void start() throws Exception {
        server = BackOfficeServer.start("127.0.0.1", 0, data.resolve("db"));
        api = WebApiSession.newUser(server, "writer", Role.DISPATCHER, null);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aCreatedRowIsThereWithItsETagAndKey() throws Exception {
        String id = UUID.randomUUID().toString();
        HttpResponse<String> created = send("POST", "accounts", "{\"accountid\":\"" + id + "\",\"name\":\"Contoso Dairy\"}", null);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(204);
        assertThat(created.headers().firstValue("OData-EntityId")).hasValue(server.serviceRoot() + "accounts(" + id + ")");
        JsonNode row = JSON.readTree(send("GET", "accounts(" + id + ")", null, null).body());
        assertThat(row.path("name").asText()).isEqualTo("Contoso Dairy");
        assertThat(row.path("@odata.etag").asText()).isEqualTo(created.headers().firstValue("ETag").orElseThrow());

        assertThat(send("POST", "accounts", "{\"accountid\":\"" + id + "\",\"name\":\"Again\"}", null).statusCode())
                .as("the same key twice").isEqualTo(412);
    }

    @Test
    void anUpdateNeedsTheCurrentETagAndGetsANewOne() throws Exception {
        String id = create("Fabrikam");
        String etag = etag(id);

        HttpResponse<String> updated = send("PATCH", "accounts(" + id + ")", "{\"telephone1\":\"+1 555 0100\"}", etag);
        HttpResponse<String> stale = send("PATCH", "accounts(" + id + ")", "{\"name\":\"Lost update\"}", etag);

        assertThat(updated.statusCode()).isEqualTo(204);
        assertThat(updated.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
        assertThat(stale.statusCode()).isEqualTo(412);
        JsonNode row = JSON.readTree(send("GET", "accounts(" + id + ")", null, null).body());
        assertThat(row.path("name").asText()).isEqualTo("Fabrikam");
        assertThat(row.path("telephone1").asText()).isEqualTo("+1 555 0100");
    }

    @Test
    void aTrackedDownloadEndsWithADeltaLinkThatReturnsChangesAndDeletions() throws Exception {
        String kept = create("Kept");
        String changed = create("Before");
        String deleted = create("Doomed");
        List<String> seen = new ArrayList<>();
        HttpResponse<String> page = sendPrefer("accounts?$select=name", "odata.track-changes,odata.maxpagesize=2");
        assertThat(page.headers().firstValue("Preference-Applied")).hasValueSatisfying(
                applied -> assertThat(applied).contains("odata.track-changes"));
        JsonNode body = JSON.readTree(page.body());
        while (body.has("@odata.nextLink")) {
            body.path("value").forEach(row -> seen.add(row.path("accountid").asText()));
            body = JSON.readTree(sendPrefer(body.path("@odata.nextLink").asText().replace(server.serviceRoot().toString(), ""),
                    "odata.track-changes,odata.maxpagesize=2").body());
        }
        body.path("value").forEach(row -> seen.add(row.path("accountid").asText()));
        String deltaLink = body.path("@odata.deltaLink").asText();
        assertThat(seen).contains(kept, changed, deleted);
        assertThat(deltaLink).contains("$deltatoken=").contains("$select=name");

        send("PATCH", "accounts(" + changed + ")", "{\"name\":\"After\"}", null);
        send("DELETE", "accounts(" + deleted + ")", null, null);
        JsonNode delta = JSON.readTree(send("GET", deltaLink.replace(server.serviceRoot().toString(), ""), null, null).body());

        List<String> changedIds = new ArrayList<>();
        List<String> deletedIds = new ArrayList<>();
        delta.path("value").forEach(row -> {
            if (row.has("reason")) {
                assertThat(row.path("@odata.context").asText()).endsWith("$metadata#accounts/$deletedEntity");
                deletedIds.add(row.path("id").asText());
            } else {
                changedIds.add(row.path("accountid").asText());
            }
        });
        assertThat(changedIds).contains(changed).doesNotContain(kept);
        assertThat(deletedIds).containsExactly(deleted);
        assertThat(delta.path("@odata.deltaLink").asText()).contains("$deltatoken=");
    }

    @Test
    void changeTrackingRefusesFiltersAndBadOrExpiredTokens() throws Exception {
        assertThat(sendPrefer("accounts?$filter=name eq 'x'".replace(" ", "%20").replace("'", "%27"), "odata.track-changes")
                .statusCode()).isEqualTo(400);
        assertThat(send("GET", "accounts?$deltatoken=nonsense", null, null).statusCode()).isEqualTo(400);
        HttpResponse<String> expired = send("GET", "accounts?$deltatoken="
                + DeltaTokens.of(data.resolve("db"), "accounts", 5, Instant.ofEpochSecond(1000)), null, null);
        assertThat(expired.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(expired.body()).path("error").path("code").asText()).isEqualTo("0x80044352");
    }

    @Test
    void lookupsAreWrittenByBindingTheirNavigationPropertyAndReadAsValues() throws Exception {
        String first = create("First customer");
        String second = create("Second customer");
        String contact = UUID.randomUUID().toString();

        HttpResponse<String> created = send("POST", "contacts", "{\"contactid\":\"" + contact + "\",\"fullname\":\"Ada Berg\","
                + "\"parentcustomerid_account@odata.bind\":\"/accounts(" + first + ")\"}", null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(204);
        assertThat(JSON.readTree(send("GET", "contacts(" + contact + ")", null, null).body()).path("_parentcustomerid_value").asText())
                .isEqualTo(first);

        send("PATCH", "contacts(" + contact + ")", "{\"parentcustomerid_account@odata.bind\":\"accounts(" + second + ")\"}", null);
        assertThat(JSON.readTree(send("GET", "contacts(" + contact + ")", null, null).body()).path("_parentcustomerid_value").asText())
                .isEqualTo(second);

        HttpResponse<String> wrongSet = send("PATCH", "contacts(" + contact + ")",
                "{\"parentcustomerid_account@odata.bind\":\"/contacts(" + contact + ")\"}", null);
        HttpResponse<String> asValue = send("PATCH", "contacts(" + contact + ")", "{\"_parentcustomerid_value\":\"" + first + "\"}", null);
        assertThat(wrongSet.statusCode()).isEqualTo(400);
        assertThat(asValue.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(send("GET", "contacts(" + contact + ")", null, null).body()).path("_parentcustomerid_value").asText())
                .isEqualTo(second);
    }

    @Test
    void aReadWithTheCurrentETagIsNotModifiedUntilTheRowChanges() throws Exception {
        String id = create("Tailspin");
        String etag = etag(id);

        assertThat(get("accounts(" + id + ")", etag).statusCode()).isEqualTo(304);
        send("PATCH", "accounts(" + id + ")", "{\"name\":\"Tailspin Toys\"}", null);
        HttpResponse<String> changed = get("accounts(" + id + ")", etag);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(changed.body()).path("name").asText()).isEqualTo("Tailspin Toys");
    }

    @Test
    void aPatchToAMissingKeyCreatesItUnlessIfMatchForbids() throws Exception {
        String id = UUID.randomUUID().toString();

        assertThat(send("PATCH", "accounts(" + id + ")", "{\"name\":\"Upserted\"}", "*").statusCode()).isEqualTo(404);
        assertThat(send("PATCH", "accounts(" + id + ")", "{\"name\":\"Upserted\"}", null).statusCode()).isEqualTo(204);
        assertThat(JSON.readTree(send("GET", "accounts(" + id + ")", null, null).body()).path("name").asText()).isEqualTo("Upserted");
    }

    @Test
    void aDeleteNeedsTheCurrentETagAndThenTheRowIsGone() throws Exception {
        String id = create("Northwind");

        assertThat(send("DELETE", "accounts(" + id + ")", null, "W/\"999999\"").statusCode()).isEqualTo(412);
        assertThat(send("DELETE", "accounts(" + id + ")", null, etag(id)).statusCode()).isEqualTo(204);
        assertThat(send("GET", "accounts(" + id + ")", null, null).statusCode()).isEqualTo(404);
        assertThat(send("DELETE", "accounts(" + id + ")", null, null).statusCode()).isEqualTo(404);
    }

    @Test
    void badBodiesAreRefusedNamingTheProblemAndChangeNothing() throws Exception {
        String id = UUID.randomUUID().toString();
        String booking = "{\"bookableresourcebookingid\":\"" + id + "\",\"starttime\":\"2026-11-27T10:00:00Z\","
                + "\"endtime\":\"2026-11-27T09:00:00Z\"}";

        HttpResponse<String> backwards = send("POST", "bookableresourcebookings", booking, null);
        HttpResponse<String> malformed = send("POST", "accounts", "{\"name\": ", null);
        HttpResponse<String> unknown = send("POST", "accounts", "{\"contoso_colour\":\"red\"}", null);
        HttpResponse<String> wrongType = send("POST", "accounts", "{\"name\": 42}", null);

        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(backwards.body()).path("error").path("message").asText()).contains("endtime", "starttime");
        assertThat(send("GET", "bookableresourcebookings(" + id + ")", null, null).statusCode()).isEqualTo(404);
        assertThat(List.of(malformed.statusCode(), unknown.statusCode(), wrongType.statusCode())).containsOnly(400);
        assertThat(malformed.body() + unknown.body() + wrongType.body()).doesNotContain("Exception").doesNotContain("\\tat ");
        assertThat(JSON.readTree(malformed.body()).path("error").path("code").asText()).isEqualTo("0x80040203");
    }

    @Test
    void ofFiftyConcurrentUpdatesWithTheSameETagExactlyOneWins() throws Exception {
        String id = create("Contended");
        String etag = etag(id);

        List<Integer> results = concurrently(i -> send("PATCH", "accounts(" + id + ")", "{\"telephone1\":\"client " + i + "\"}", etag)
                .statusCode());

        assertThat(results).filteredOn(status -> status == 204).hasSize(1);
        assertThat(results).filteredOn(status -> status == 412).hasSize(CLIENTS - 1);
    }

    @Test
    void fiftyConcurrentUpdatesWithoutAnETagAllApplyAndTheLastWriteStays() throws Exception {
        String id = create("Contended without precondition");

        List<Integer> results = concurrently(i -> send("PATCH", "accounts(" + id + ")", "{\"telephone1\":\"client " + i + "\"}", null)
                .statusCode());

        assertThat(results).as("no precondition was asked for, so none fails").containsOnly(204);
        JsonNode row = JSON.readTree(send("GET", "accounts(" + id + ")", null, null).body());
        assertThat(row.path("telephone1").asText()).startsWith("client ");
    }

    @FunctionalInterface
    private interface Client {
        int send(int index) throws Exception;
    }

    /** @return the statuses of {@value #CLIENTS} clients sending at the same moment */
    private static List<Integer> concurrently(Client client) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                int index = i;
                statuses.add(pool.submit(() -> {
                    start.await();
                    return client.send(index);
                }));
            }
            start.countDown();
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                results.add(status.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String create(String name) throws IOException, InterruptedException {
        String id = UUID.randomUUID().toString();
        assertThat(send("POST", "accounts", "{\"accountid\":\"" + id + "\",\"name\":\"" + name + "\"}", null).statusCode())
                .isEqualTo(204);
        return id;
    }

    private static HttpResponse<String> get(String path, String ifNoneMatch) throws IOException, InterruptedException {
        return api.get(path, "If-None-Match", ifNoneMatch);
    }

    private static HttpResponse<String> sendPrefer(String path, String prefer) throws IOException, InterruptedException {
        return api.get(path, "Prefer", prefer);
    }

    private static String etag(String id) throws IOException, InterruptedException {
        return send("GET", "accounts(" + id + ")", null, null).headers().firstValue("ETag").orElseThrow();
    }

    private static HttpResponse<String> send(String method, String path, String body, String ifMatch)
            throws IOException, InterruptedException {
        return api.send(method, path, body, "If-Match", ifMatch);
    }
}
