package org.fieldbook.backoffice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.fieldbook.backoffice.demo.DemoSize;
import org.fieldbook.model.Booking;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.WorkOrder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

/** Technicians reach only their own bookings and what hangs off them; dispatchers reach everything. */
class WebApiRowAccessTest {

    @RegisterExtension
    static final BackOfficeFixture BACK_OFFICE = BackOfficeFixture.withDemo(11, new DemoSize(3, 30, 10, 8));

    private static WebApiSession tech1;
    private static WebApiSession tech2;
    private static WebApiSession dispatcher;

    @BeforeAll
    static void serveDemoData() throws Exception {
        tech1 = BACK_OFFICE.demoUser("tech1");
        tech2 = BACK_OFFICE.demoUser("tech2");
        dispatcher = BACK_OFFICE.demoUser("dispatcher");
    }

    @Test
    void aTechnicianListsExactlyTheirBookingsAndTheirWorkOrders() throws Exception {
        assertThat(ids(tech1, "bookableresourcebookings", "bookableresourcebookingid")).isEqualTo(ids(bookingsOf(0)));
        assertThat(ids(tech1, "msdyn_workorders?$filter=msdyn_name ne 'WO-NEW'", "msdyn_workorderid"))
                .isEqualTo(bookingsOf(0).stream().map(booking -> booking.getWorkOrder().getId()).collect(Collectors.toSet()));
        assertThat(ids(tech1, "bookableresources", "bookableresourceid")).hasSize(1);
        assertThat(ids(dispatcher, "bookableresourcebookings", "bookableresourcebookingid"))
                .hasSize(BACK_OFFICE.demo().rows(FieldbookPackage.Literals.BOOKING).size());
    }

    @Test
    void aTechnicianReadsTheReferenceTablesWhole() throws Exception {
        assertThat(tech1.json("bookingstatuses").path("value").size())
                .isEqualTo(BACK_OFFICE.demo().rows(FieldbookPackage.Literals.BOOKING_STATUS).size());
        String status = BACK_OFFICE.demo().rows(FieldbookPackage.Literals.BOOKING_STATUS).get(0).getId();

        assertThat(tech1.send("PATCH", "bookingstatuses(" + status + ")", "{\"name\":\"Mine now\"}").statusCode()).isEqualTo(403);
    }

    @Test
    void guessingAnotherTechniciansKeysGetsNothing() throws Exception {
        Booking theirs = bookingsOf(1).get(0);
        WorkOrder theirWorkOrder = otherWorkOrder();

        assertThat(tech1.get("bookableresourcebookings(" + theirs.getId() + ")").statusCode()).isEqualTo(403);
        assertThat(tech1.get("msdyn_workorders(" + theirWorkOrder.getId() + ")").statusCode()).isEqualTo(403);
        assertThat(tech1.get("msdyn_workorders(" + UUID.randomUUID() + ")").statusCode()).isEqualTo(404);
        assertThat(tech1.json("msdyn_workorders?$filter=msdyn_workorderid eq " + theirWorkOrder.getId()).path("value")).isEmpty();
        assertThat(tech1.json("msdyn_workorderservicetasks?$filter=_msdyn_workorder_value eq " + theirWorkOrder.getId())
                .path("value")).isEmpty();
        assertThat(dispatcher.get("msdyn_workorders(" + theirWorkOrder.getId() + ")").statusCode()).isEqualTo(200);
    }

    @Test
    void aTechnicianChangesTheirWorkOrdersOnly() throws Exception {
        String mine = bookingsOf(0).get(0).getWorkOrder().getId();
        String theirs = otherWorkOrder().getId();

        assertThat(tech1.send("PATCH", "msdyn_workorders(" + mine + ")", "{\"msdyn_instructions\":\"Gate code 4711\"}").statusCode())
                .isEqualTo(204);
        assertThat(tech1.send("PATCH", "msdyn_workorders(" + theirs + ")", "{\"msdyn_instructions\":\"Hijacked\"}").statusCode())
                .isEqualTo(403);
        assertThat(tech1.send("DELETE", "msdyn_workorders(" + theirs + ")", null).statusCode()).isEqualTo(403);
        assertThat(dispatcher.json("msdyn_workorders(" + theirs + ")").path("msdyn_instructions").asText()).isNotEqualTo("Hijacked");
    }

    @Test
    void aTechnicianCannotHandTheirBookingToSomeoneElse() throws Exception {
        Booking mine = bookingsOf(0).get(1);
        String otherResource = bookingsOf(1).get(0).getResource().getId();

        int status = tech1.send("PATCH", "bookableresourcebookings(" + mine.getId() + ")",
                "{\"Resource@odata.bind\":\"/bookableresources(" + otherResource + ")\"}").statusCode();

        assertThat(status).isEqualTo(403);
        assertThat(dispatcher.json("bookableresourcebookings(" + mine.getId() + ")").path("_resource_value").asText())
                .isEqualTo(mine.getResource().getId());
    }

    @Test
    void tasksGoOnlyUnderTheTechniciansOwnWorkOrders() throws Exception {
        String ownTask = UUID.randomUUID().toString();
        String strayTask = UUID.randomUUID().toString();

        assertThat(tech1.send("POST", "msdyn_workorderservicetasks", task(ownTask, bookingsOf(0).get(0).getWorkOrder().getId()))
                .statusCode()).isEqualTo(204);
        assertThat(tech1.send("POST", "msdyn_workorderservicetasks", task(strayTask, otherWorkOrder().getId())).statusCode())
                .isEqualTo(403);
        assertThat(dispatcher.get("msdyn_workorderservicetasks(" + strayTask + ")").statusCode()).as("rolled back").isEqualTo(404);
        assertThat(tech1.get("msdyn_workorderservicetasks(" + ownTask + ")").statusCode()).isEqualTo(200);
    }

    @Test
    void aWorkOrderATechnicianCreatedIsTheirsBeforeAnyBookingNamesIt() throws Exception {
        String id = UUID.randomUUID().toString();

        assertThat(tech1.send("POST", "msdyn_workorders", "{\"msdyn_workorderid\":\"" + id + "\",\"msdyn_name\":\"WO-NEW\"}")
                .statusCode()).isEqualTo(204);

        assertThat(tech1.json("msdyn_workorders(" + id + ")").path("msdyn_name").asText()).isEqualTo("WO-NEW");
        assertThat(tech2.get("msdyn_workorders(" + id + ")").statusCode()).isEqualTo(403);
    }

    private static String task(String id, String workOrder) {
        return "{\"msdyn_workorderservicetaskid\":\"" + id + "\",\"msdyn_name\":\"Check seals\","
                + "\"msdyn_workorder@odata.bind\":\"/msdyn_workorders(" + workOrder + ")\"}";
    }

    /** A work order booked for technician 2 and never for technician 1. */
    private static WorkOrder otherWorkOrder() {
        Set<String> mine = bookingsOf(0).stream().map(booking -> booking.getWorkOrder().getId()).collect(Collectors.toSet());
        return bookingsOf(1).stream().map(Booking::getWorkOrder).filter(workOrder -> !mine.contains(workOrder.getId()))
                .findFirst().orElseThrow();
    }

    private static List<Booking> bookingsOf(int technician) {
        return TechnicianBookings.of(BACK_OFFICE.demo(), technician);
    }

    private static Set<String> ids(List<Booking> bookings) {
        return bookings.stream().map(Booking::getId).collect(Collectors.toSet());
    }

    private static Set<String> ids(WebApiSession session, String set, String key) throws Exception {
        Set<String> ids = new HashSet<>();
        for (JsonNode row : session.json(set).path("value")) {
            ids.add(row.path(key).asText());
        }
        return ids;
    }
}
