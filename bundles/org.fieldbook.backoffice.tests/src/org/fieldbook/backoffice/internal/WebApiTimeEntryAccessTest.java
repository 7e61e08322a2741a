package org.fieldbook.backoffice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.fieldbook.backoffice.demo.DemoSize;
import org.fieldbook.model.Booking;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Field Service's time entries are reached through their booking: a technician writes and reads the entries of
 * their own bookings, never a colleague's, whatever key they guess or booking they bind.
 */
class WebApiTimeEntryAccessTest {

    @RegisterExtension
    static final BackOfficeFixture BACK_OFFICE = BackOfficeFixture.withDemo(31, new DemoSize(3, 30, 10, 8));

    private static WebApiSession tech1;
    private static WebApiSession tech2;
    private static WebApiSession dispatcher;
    private static Booking ownBooking;
    private static Booking foreignBooking;

    @BeforeAll
    static void serveDemoData() throws Exception {
        tech1 = BACK_OFFICE.demoUser("tech1");
        tech2 = BACK_OFFICE.demoUser("tech2");
        dispatcher = BACK_OFFICE.demoUser("dispatcher");
        ownBooking = TechnicianBookings.of(BACK_OFFICE.demo(), 0).get(0);
        foreignBooking = TechnicianBookings.of(BACK_OFFICE.demo(), 1).get(0);
    }

    @Test
    void aTechniciansTimeEntryOnTheirBookingIsTheirsAloneToRead() throws Exception {
        String entry = UUID.randomUUID().toString();

        HttpResponse<String> created = tech1.send("POST", "msdyn_timeentries", entry(entry, ownBooking));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(204);
        assertThat(tech1.json("msdyn_timeentries(" + entry + ")").path("msdyn_type").asInt()).isEqualTo(192355001);
        assertThat(tech1.json("msdyn_timeentries(" + entry + ")").path("_msdyn_bookableresourcebooking_value").asText())
                .isEqualTo(ownBooking.getId());
        assertThat(tech2.get("msdyn_timeentries(" + entry + ")").statusCode()).isEqualTo(403);
        assertThat(tech2.json("msdyn_timeentries?$select=msdyn_timeentryid").path("value").findValuesAsText("msdyn_timeentryid"))
                .doesNotContain(entry);
        assertThat(tech2.send("PATCH", "msdyn_timeentries(" + entry + ")", "{\"msdyn_description\":\"Mine now\"}").statusCode())
                .isEqualTo(403);
    }

    @Test
    void anEntryTheOfficeKeepsOnAColleaguesBookingIsOutOfReach() throws Exception {
        String entry = UUID.randomUUID().toString();
        assertThat(dispatcher.send("POST", "msdyn_timeentries", entry(entry, foreignBooking)).statusCode()).isEqualTo(204);

        assertThat(tech1.get("msdyn_timeentries(" + entry + ")").statusCode()).isEqualTo(403);
        assertThat(tech1.json("msdyn_timeentries?$filter=_msdyn_bookableresourcebooking_value eq " + foreignBooking.getId())
                .path("value")).isEmpty();
        assertThat(tech1.send("DELETE", "msdyn_timeentries(" + entry + ")", null).statusCode()).isEqualTo(403);
        assertThat(tech2.get("msdyn_timeentries(" + entry + ")").statusCode()).isEqualTo(200);
    }

    @Test
    void bindingAColleaguesBookingIsRefusedAndWritesNothing() throws Exception {
        String entry = UUID.randomUUID().toString();
        String own = UUID.randomUUID().toString();
        assertThat(tech1.send("POST", "msdyn_timeentries", entry(own, ownBooking)).statusCode()).isEqualTo(204);

        HttpResponse<String> created = tech1.send("POST", "msdyn_timeentries", entry(entry, foreignBooking));
        HttpResponse<String> moved = tech1.send("PATCH", "msdyn_timeentries(" + own + ")",
                "{\"msdyn_bookableresourcebooking@odata.bind\":\"/bookableresourcebookings(" + foreignBooking.getId() + ")\"}");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(403);
        assertThat(created.body()).contains("0x80040220");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(403);
        assertThat(dispatcher.get("msdyn_timeentries(" + entry + ")").statusCode()).isEqualTo(404);
        assertThat(dispatcher.json("msdyn_timeentries(" + own + ")").path("_msdyn_bookableresourcebooking_value").asText())
                .isEqualTo(ownBooking.getId());
    }

    private static String entry(String id, Booking booking) {
        return "{\"msdyn_timeentryid\":\"" + id + "\",\"msdyn_start\":\"2030-01-01T08:00:00Z\",\"msdyn_end\":\"2030-01-01T08:25:00Z\","
                + "\"msdyn_duration\":25,\"msdyn_type\":192355001,"
                + "\"msdyn_bookableresourcebooking@odata.bind\":\"/bookableresourcebookings(" + booking.getId() + ")\","
                + "\"msdyn_workorder@odata.bind\":\"/msdyn_workorders(" + booking.getWorkOrder().getId() + ")\"}";
    }
}
