package org.fieldbook.backoffice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.fieldbook.backoffice.BackOfficeServer;
import org.fieldbook.backoffice.Role;
import org.fieldbook.backoffice.demo.DemoData;
import org.fieldbook.backoffice.demo.DemoDataGenerator;
import org.fieldbook.backoffice.demo.DemoSize;
import org.fieldbook.model.Booking;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.WorkOrder;
import org.fieldbook.model.WorkOrderSystemStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** Reading demo data through the Web API over real HTTP: collections, paging, single rows, ETags. */
class WebApiReadTest {

    /** The day the server evaluates relative dates on (UTC). */
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @TempDir
    static Path data;

    private static BackOfficeServer server;
    private static DemoData demo;
    private static WebApiSession api;

    @BeforeAll
    static void serveDemoData() throws Exception {
        server = BackOfficeServer.start("127.0.0.1", 0, data.resolve("db"));
        demo = new DemoDataGenerator(5, TODAY, ZoneOffset.UTC).generate(new DemoSize(3, 45, 12, 10));
        assertThat(server.loadDemoData(demo)).isTrue();
        assertThat(server.loadDemoData(demo)).as("a second load finds data and does nothing").isFalse();
        api = WebApiSession.newUser(server, "reader", Role.DISPATCHER, null);
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
        JsonNode row = WebApiSession.JSON.readTree(response.body());
        assertThat(row.path("msdyn_name").asText()).isEqualTo(workOrder.getNumber());
        assertThat(row.has("msdyn_city")).isFalse();
        assertThat(response.headers().firstValue("ETag")).hasValue("W/\"" + workOrder.getVersionNumber() + "\"");
    }

    @Test
    void filtersCompareTextCaseInsensitivelyAndNumbersExactly() throws Exception {
        assertThat(names("msdyn_workorders?$filter=msdyn_name eq 'wo-000003'")).containsExactly("WO-000003");
        assertThat(names("msdyn_workorders?$filter=startswith(msdyn_name,'WO-00001')")).hasSize(10);
        assertThat(names("msdyn_workorders?$filter=contains(msdyn_name,'0004') and not (msdyn_name eq 'WO-000040')"))
                .containsExactlyInAnyOrder("WO-000004", "WO-000041", "WO-000042", "WO-000043", "WO-000044", "WO-000045");
        long completed = demo.<WorkOrder>rows(FieldbookPackage.Literals.WORK_ORDER).stream()
                .filter(workOrder -> workOrder.getSystemStatus() == WorkOrderSystemStatus.COMPLETED).count();
        assertThat(names("msdyn_workorders?$filter=msdyn_systemstatus eq 690970003")).hasSize((int) completed);
        long withoutInstructions = demo.<WorkOrder>rows(FieldbookPackage.Literals.WORK_ORDER).stream()
                .filter(workOrder -> workOrder.getInstructions() == null).count();
        assertThat(names("msdyn_workorders?$filter=msdyn_instructions eq null")).hasSize((int) withoutInstructions);
    }

    @Test
    void theBookingWindowFunctionsSelectByDay() throws Exception {
        Instant from = TODAY.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant until = TODAY.plusDays(8).atStartOfDay(ZoneOffset.UTC).toInstant();
        Set<String> expected = new HashSet<>();
        for (Booking booking : demo.<Booking>rows(FieldbookPackage.Literals.BOOKING)) {
            if (!booking.getStartTime().isBefore(from) && booking.getStartTime().isBefore(until)) {
                expected.add(booking.getId());
            }
        }

        JsonNode page = get("bookableresourcebookings?$filter=Microsoft.Dynamics.CRM.NextXDays(PropertyName='starttime',"
                + "PropertyValue=7)&$select=starttime", null);

        Set<String> found = new HashSet<>();
        page.path("value").forEach(row -> found.add(row.path("bookableresourcebookingid").asText()));
        assertThat(expected).isNotEmpty();
        assertThat(found).isEqualTo(expected);
    }

    @Test
    void orderedPagesCountAndContinueInOrder() throws Exception {
        List<String> names = new ArrayList<>();
        JsonNode page = get("msdyn_workorders?$orderby=msdyn_name desc&$count=true&$select=msdyn_name", "odata.maxpagesize=20");
        assertThat(page.path("@odata.count").asInt()).isEqualTo(45);
        while (true) {
            page.path("value").forEach(row -> names.add(row.path("msdyn_name").asText()));
            if (!page.has("@odata.nextLink")) {
                break;
            }
            page = get(page.path("@odata.nextLink").asText(), "odata.maxpagesize=20");
        }

        assertThat(names).hasSize(45).doesNotHaveDuplicates().startsWith("WO-000045", "WO-000044").endsWith("WO-000001");
        assertThat(get("msdyn_workorders?$filter=startswith(msdyn_name,'WO-00001')&$count=true&$top=1", null)
                .path("@odata.count").asInt()).isEqualTo(10);
    }

    @Test
    void aQuoteInAFilterValueIsJustText() throws Exception {
        assertThat(names("msdyn_workorders?$filter=msdyn_name eq 'x'' or msdyn_name ne ''y'")).isEmpty();
    }

    @Test
    void aMalformedFilterOrUnknownColumnIsABadRequestWithoutStackTrace() throws Exception {
        HttpResponse<String> malformed = send("msdyn_workorders?$filter=msdyn_name eq", null);
        HttpResponse<String> unknown = send("msdyn_workorders?$filter=contoso_colour eq 'red'", null);

        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(WebApiSession.JSON.readTree(unknown.body()).path("error").path("message").asText()).isNotBlank();
        assertThat(malformed.body() + unknown.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void anUnknownKeyIsNotFound() throws Exception {
        HttpResponse<String> response = send("msdyn_workorders(00000000-0000-0000-0000-000000000000)", null);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(WebApiSession.JSON.readTree(response.body()).path("error").path("code").asText()).isEqualTo("0x80040217");
    }

    private static List<String> names(String path) throws IOException, InterruptedException {
        List<String> names = new ArrayList<>();
        get(path, null).path("value")
                .forEach(row -> names.add(row.path("msdyn_name").asText()));
        return names;
    }

    private static JsonNode get(String path, String prefer) throws IOException, InterruptedException {
        return api.json(path, "Prefer", prefer);
    }

    private static HttpResponse<String> send(String path, String prefer) throws IOException, InterruptedException {
        return api.get(path, "Prefer", prefer);
    }
}
