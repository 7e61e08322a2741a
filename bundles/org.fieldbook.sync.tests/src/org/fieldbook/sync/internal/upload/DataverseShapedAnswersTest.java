package org.fieldbook.sync.internal.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.util.Timeout;
import org.fieldbook.model.DownloadFilter;
import org.fieldbook.model.FieldbookFactory;
import org.fieldbook.model.OfflineProfileItem;
import org.fieldbook.model.SyncError;
import org.fieldbook.model.SyncErrorType;
import org.fieldbook.model.dataverse.DataverseSchema;
import org.fieldbook.store.internal.DerbyLocalStore;
import org.fieldbook.sync.internal.AuthorizedHttp;
import org.fieldbook.sync.internal.DeviceProfile;
import org.fieldbook.sync.internal.PooledHttpClients;
import org.fieldbook.sync.internal.ProfileSource;
import org.fieldbook.sync.internal.ReadsAhead;
import org.fieldbook.sync.internal.faults.Device;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The device against answers shaped as a Dataverse organization's Web API documents them, with what the bundled
 * back office leaves out: {@code @odata.context}, ETags, formatted values and lookup annotations, columns the
 * device did not ask for, {@code WhoAmI}'s three ids, and a create answered {@code 204} with
 * {@code OData-EntityId} and no ETag. A loopback HTTP server stands in for the organization.
 */
class DataverseShapedAnswersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ORG = "https://contoso.crm.dynamics.com/api/data/v9.2/";
    private static final String USER = "a1b2c3d4-0000-4000-8000-00000000000a";
    private static final String RESOURCE = "b1b2c3d4-0000-4000-8000-00000000000b";
    private static final String PROFILE = "c1b2c3d4-0000-4000-8000-00000000000c";
    private static final String BOOKINGS_ITEM = "d1b2c3d4-0000-4000-8000-0000000000d1";
    private static final String ORDERS_ITEM = "d1b2c3d4-0000-4000-8000-0000000000d2";
    private static final String FETCH_XML = "<fetch version=\"1.0\" mapping=\"logical\"><entity name=\"bookableresourcebooking\">"
            + "<filter type=\"and\"><condition attribute=\"starttime\" operator=\"last-x-days\" value=\"7\"/></filter></entity></fetch>";

    @TempDir
    Path folder;

    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<JsonNode> created = new CopyOnWriteArrayList<>();
    private HttpServer organization;
    private URI serviceRoot;
    private CloseableHttpClient client;
    private AuthorizedHttp http;
    private DerbyLocalStore store;

    @BeforeEach
    void startTheOrganization() throws IOException {
        organization = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        organization.createContext("/api/data/v9.2/", this::answer);
        organization.start();
        serviceRoot = URI.create("http://127.0.0.1:" + organization.getAddress().getPort() + "/api/data/v9.2/");
        client = PooledHttpClients.create(Timeout.ofSeconds(10));
        http = new AuthorizedHttp(client, new SyncUntilKilled.GivenToken("entra-access-token"));
        store = Device.openStore(folder);
    }

    @AfterEach
    void stop() throws IOException {
        store.close();
        client.close();
        organization.stop(0);
    }

    @Test
    void theDeviceReadsWhoItIsAndItsProfileFromAnOrganizationsAnswers() throws Exception {
        DeviceProfile device = new ProfileSource(http, serviceRoot, store.configuration()).fetch(ReadsAhead.none());

        assertThat(device.userId()).isEqualTo(USER);
        assertThat(device.bookableResourceId()).isEqualTo(RESOURCE);
        assertThat(device.serverWins()).as("conflict detection on in the organization").isTrue();
        assertThat(device.profile().getName()).isEqualTo("Field Service Mobile - Offline Profile");
        OfflineProfileItem bookings = item(device, "bookableresourcebooking");
        assertThat(bookings.getDownloadFilter()).isEqualTo(DownloadFilter.CUSTOM_FILTER);
        assertThat(bookings.getCustomFilter()).isEqualTo(FETCH_XML);
        assertThat(bookings.getSyncIntervalMinutes()).isEqualTo(5);
        OfflineProfileItem orders = item(device, "msdyn_workorder");
        assertThat(orders.getDownloadFilter()).isEqualTo(DownloadFilter.RELATED_ONLY);
        assertThat(orders.getRelationships()).singleElement()
                .satisfies(relationship -> assertThat(relationship.getFromTable()).isEqualTo("bookableresourcebooking"));
        assertThat(requests).allMatch(request -> request.startsWith("GET ")).allMatch(request -> request.contains(" /api/data/v9.2/"))
                .noneMatch(request -> request.contains("/fieldbook/"))
                .anyMatch(request -> request.contains("bookableresources?$select=bookableresourceid&$filter=_userid_value eq " + USER));
    }

    @Test
    void aSyncErrorGoesToSyncerrorsWithDataversesColumnsAndA204IsItsReceipt() throws Exception {
        SyncError error = FieldbookFactory.eINSTANCE.createSyncError();
        error.setOccurredAt(Instant.parse("2026-12-04T09:30:00Z"));
        error.setTableName("msdyn_workorder");
        error.setErrorType(SyncErrorType.OTHER);
        error.setMessage("The server refused the change");
        error.setErrorCode("0x80040237");
        store.syncErrors().add(error);

        int sent = new SyncErrorUpload(new UploadHttp(http, serviceRoot), store.syncErrors(), DataverseSchema.fieldbook()).upload();

        assertThat(sent).isOne();
        assertThat(store.syncErrors().notUploaded()).as("marked sent: never sent twice").isEmpty();
        JsonNode body = created.get(0);
        assertThat(body.path("name").asText()).isEqualTo("msdyn_workorder");
        assertThat(body.path("errormessage").asText()).isEqualTo("The server refused the change");
        assertThat(body.path("errorcode").asText()).isEqualTo("0x80040237");
        assertThat(body.path("errortime").asText()).isEqualTo("2026-12-04T09:30:00Z");
        assertThat(body.has("errortype")).isTrue();
    }

    private static OfflineProfileItem item(DeviceProfile device, String table) {
        return device.profile().getItems().stream().filter(item -> item.getTableName().equals(table)).findFirst().orElseThrow();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String target = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8)
                + (exchange.getRequestURI().getRawQuery() == null ? ""
                        : "?" + URLDecoder.decode(exchange.getRequestURI().getRawQuery(), StandardCharsets.UTF_8));
        requests.add(exchange.getRequestMethod() + " " + target);
        if (!"Bearer entra-access-token".equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            send(exchange, 401, Map.of("error", Map.of("code", "0x80072560", "message", "The user is not a member of the organization.")));
        } else if (exchange.getRequestMethod().equals("POST") && target.endsWith("/syncerrors")) {
            try (InputStream body = exchange.getRequestBody()) {
                created.add(JSON.readTree(body));
            }
            exchange.getResponseHeaders().add("OData-EntityId", ORG + "syncerrors(e1b2c3d4-0000-4000-8000-00000000000e)");
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        } else {
            String resource = target.substring("/api/data/v9.2/".length());
            send(exchange, 200, read(resource));
        }
    }

    /** The organization's answer to a read, as its Web API shapes it with {@code Prefer: odata.include-annotations="*"}. */
    private static Object read(String resource) {
        if (resource.startsWith("WhoAmI")) {
            return Map.of("@odata.context", ORG + "$metadata#Microsoft.Dynamics.CRM.WhoAmIResponse", "BusinessUnitId",
                    "f1b2c3d4-0000-4000-8000-00000000000f", "UserId", USER, "OrganizationId", "01b2c3d4-0000-4000-8000-000000000001");
        } else if (resource.startsWith("bookableresources")) {
            return collection("bookableresources(bookableresourceid)", Map.of("@odata.etag", "W/\"4711\"", "bookableresourceid", RESOURCE));
        } else if (resource.startsWith("usermobileofflineprofilememberships")) {
            return collection("usermobileofflineprofilememberships(_mobileofflineprofileid_value)", Map.of("@odata.etag", "W/\"88\"",
                    "_mobileofflineprofileid_value", PROFILE,
                    "_mobileofflineprofileid_value@OData.Community.Display.V1.FormattedValue", "Field Service Mobile - Offline Profile",
                    "_mobileofflineprofileid_value@Microsoft.Dynamics.CRM.lookuplogicalname", "mobileofflineprofile",
                    "usermobileofflineprofilemembershipid", "11b2c3d4-0000-4000-8000-000000000011"));
        } else if (resource.startsWith("teammobileofflineprofilememberships")) {
            return collection("teammobileofflineprofilememberships(_teamid_value,_mobileofflineprofileid_value)");
        } else if (resource.startsWith("mobileofflineprofiles(")) {
            return Map.of("@odata.context", ORG + "$metadata#mobileofflineprofiles(name,description)/$entity", "@odata.etag", "W/\"902\"",
                    "name", "Field Service Mobile - Offline Profile", "description", "Technicians' default", "mobileofflineprofileid", PROFILE);
        } else if (resource.startsWith("mobileofflineprofileitems")) {
            return collection("mobileofflineprofileitems", item(BOOKINGS_ITEM, "bookableresourcebooking", 3, FETCH_XML, 5),
                    item(ORDERS_ITEM, "msdyn_workorder", 0, null, 60));
        } else if (resource.startsWith("mobileofflineprofileitemassociations")) {
            return collection("mobileofflineprofileitemassociations", Map.of("@odata.etag", "W/\"77\"", "_mobileofflineprofileitemid_value",
                    ORDERS_ITEM, "relationshipname", "msdyn_workorder_bookableresourcebooking_msdyn_workorder",
                    "mobileofflineprofileitemassociationid", "21b2c3d4-0000-4000-8000-000000000021"));
        } else if (resource.startsWith("organizations")) {
            return collection("organizations(isconflictdetectionenabledformobileclient)", Map.of("@odata.etag", "W/\"5\"",
                    "isconflictdetectionenabledformobileclient", true, "organizationid", "01b2c3d4-0000-4000-8000-000000000001"));
        }
        return Map.of("error", Map.of("code", "0x80060888", "message", "Resource not found for the segment '" + resource + "'."));
    }

    private static Map<String, Object> item(String id, String table, int criterion, String filter, int interval) {
        Map<String, Object> row = new HashMap<>();
        row.put("@odata.etag", "W/\"3141\"");
        row.put("mobileofflineprofileitemid", id);
        row.put("selectedentitytypecode", table);
        row.put("recorddistributioncriteria", criterion);
        row.put("recorddistributioncriteria@OData.Community.Display.V1.FormattedValue", criterion == 0 ? "Related data only" : "Custom data filter");
        row.put("recordsownedbyme", false);
        row.put("recordsownedbymyteam", false);
        row.put("recordsownedbymybusinessunit", false);
        row.put("profileitementityfilter", filter);
        row.put("syncintervalinminutes", interval);
        row.put("_regardingobjectid_value", PROFILE);
        return row;
    }

    @SafeVarargs
    private static Map<String, Object> collection(String context, Map<String, Object>... rows) {
        return Map.of("@odata.context", ORG + "$metadata#" + context, "value", List.of(rows));
    }

    private static void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json; odata.metadata=minimal");
        exchange.getResponseHeaders().add("OData-Version", "4.0");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
