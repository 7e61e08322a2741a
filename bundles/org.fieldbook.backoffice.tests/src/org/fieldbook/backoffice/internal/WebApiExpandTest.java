package org.fieldbook.backoffice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fieldbook.backoffice.demo.DemoSize;
import org.fieldbook.model.Booking;
import org.fieldbook.model.FieldbookPackage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code $expand} of lookups over real HTTP: nested {@code $select}, single rows, row-level access. */
class WebApiExpandTest {

    @RegisterExtension
    static final BackOfficeFixture BACK_OFFICE = BackOfficeFixture.withDemo(7, new DemoSize(3, 30, 10, 8));

    private static WebApiSession tech1;
    private static WebApiSession dispatcher;

    @BeforeAll
    static void serveDemoData() throws Exception {
        tech1 = BACK_OFFICE.demoUser("tech1");
        dispatcher = BACK_OFFICE.demoUser("dispatcher");
    }

    @Test
    void aPageExpandsEachRowsWorkOrderWithItsOwnSelect() throws Exception {
        Map<String, Booking> bookings = BACK_OFFICE.demo().<Booking>rows(FieldbookPackage.Literals.BOOKING).stream()
                .collect(Collectors.toMap(Booking::getId, Function.identity()));
        JsonNode page = dispatcher.json("bookableresourcebookings?$select=name&$expand=msdyn_workorder($select=msdyn_name)",
                "Prefer", "odata.maxpagesize=10");

        assertThat(page.path("@odata.context").asText())
                .endsWith("$metadata#bookableresourcebookings(bookableresourcebookingid,name,msdyn_workorder(msdyn_workorderid,msdyn_name))");
        assertThat(page.path("value")).hasSize(10);
        for (JsonNode row : page.path("value")) {
            Booking booking = bookings.get(row.path("bookableresourcebookingid").asText());
            JsonNode workOrder = row.path("msdyn_workorder");
            assertThat(workOrder.path("msdyn_name").asText()).isEqualTo(booking.getWorkOrder().getNumber());
            assertThat(workOrder.path("msdyn_workorderid").asText()).isEqualTo(booking.getWorkOrder().getId());
            assertThat(workOrder.has("msdyn_city")).isFalse();
            assertThat(row.has("starttime")).isFalse();
        }
        assertThat(page.path("@odata.nextLink").asText()).contains("$expand=msdyn_workorder");
    }

    @Test
    void aSingleRowExpandsSeveralLookupsAndIgnoresIfNoneMatch() throws Exception {
        Booking booking = BACK_OFFICE.demo().<Booking>rows(FieldbookPackage.Literals.BOOKING).get(0);
        String path = "bookableresourcebookings(" + booking.getId() + ")?$expand=Resource($select=name),BookingStatus";
        String etag = dispatcher.get("bookableresourcebookings(" + booking.getId() + ")").headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> response = dispatcher.get(path, "If-None-Match", etag);

        assertThat(response.statusCode()).as("never 304 with $expand").isEqualTo(200);
        JsonNode row = WebApiSession.JSON.readTree(response.body());
        assertThat(row.path("Resource").path("name").asText()).isEqualTo(booking.getResource().getName());
        assertThat(row.path("BookingStatus").path("bookingstatusid").asText()).isEqualTo(booking.getStatus().getId());
        assertThat(row.path("BookingStatus").path("name").asText()).isEqualTo(booking.getStatus().getName());
        assertThat(dispatcher.get("bookableresourcebookings(" + booking.getId() + ")", "If-None-Match", etag).statusCode())
                .isEqualTo(304);
    }

    @Test
    void aLookupTargetOutOfTheUsersReachExpandsAsNull() throws Exception {
        Booking own = bookingsOf(0).get(0);
        Booking theirs = bookingsOf(1).get(0);
        String task = UUID.randomUUID().toString();
        // Only the office may point tech1's task at tech2's booking: tech1 cannot bind a row they do not read.
        assertThat(dispatcher.send("POST", "msdyn_workorderservicetasks", "{\"msdyn_workorderservicetaskid\":\"" + task + "\","
                + "\"msdyn_name\":\"Cross-check\",\"msdyn_workorder@odata.bind\":\"/msdyn_workorders(" + own.getWorkOrder().getId()
                + ")\",\"msdyn_booking@odata.bind\":\"/bookableresourcebookings(" + theirs.getId() + ")\"}").statusCode())
                .isEqualTo(204);
        String path = "msdyn_workorderservicetasks(" + task + ")?$expand=msdyn_booking($select=name),msdyn_workorder($select=msdyn_name)";

        JsonNode asTechnician = tech1.json(path);
        JsonNode asDispatcher = dispatcher.json(path);

        assertThat(asTechnician.path("_msdyn_booking_value").asText()).isEqualTo(theirs.getId());
        assertThat(asTechnician.has("msdyn_booking")).isTrue();
        assertThat(asTechnician.path("msdyn_booking").isNull()).isTrue();
        assertThat(asTechnician.path("msdyn_workorder").path("msdyn_name").asText()).isEqualTo(own.getWorkOrder().getNumber());
        assertThat(asDispatcher.path("msdyn_booking").path("name").asText()).isEqualTo(theirs.getName());
    }

    @Test
    void anUnknownOrNestedNavigationIsABadRequestInDataversesShape() throws Exception {
        List<HttpResponse<String>> refused = List.of(dispatcher.get("bookableresourcebookings?$expand=contoso_colour"),
                dispatcher.get("bookableresourcebookings?$expand=msdyn_workorder($expand=msdyn_serviceaccount)"),
                dispatcher.get("bookableresourcebookings?$expand=*"));

        for (HttpResponse<String> response : refused) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            assertThat(WebApiSession.JSON.readTree(response.body()).path("error").path("code").asText()).startsWith("0x");
            assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    private static List<Booking> bookingsOf(int technician) {
        return TechnicianBookings.of(BACK_OFFICE.demo(), technician);
    }
}
