package org.fieldbook.backoffice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.fieldbook.backoffice.demo.DemoSize;
import org.fieldbook.model.Booking;
import org.fieldbook.model.WorkOrder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A technician's change-tracking delta reports as removed exactly the rows that left their reach: deleted
 * while they could read them ({@code "reason":"deleted"}), or still there but no longer theirs
 * ({@code "changed"}); never another technician's deletions.
 */
class WebApiDeltaReachTest {

    @RegisterExtension
    static final BackOfficeFixture BACK_OFFICE = BackOfficeFixture.withDemo(41, new DemoSize(3, 30, 10, 8));

    private static final List<String> SETS = List.of("bookableresourcebookings", "msdyn_workorders", "msdyn_workorderservicetasks",
            "accounts");

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
    void aTechniciansDeltaHoldsOnlyTheDeletionsOfRowsTheyCouldRead() throws Exception {
        String workOrder = TechnicianBookings.reachedOnlyBy(BACK_OFFICE.demo(), 1, 0, booked -> booked);
        String booking = TechnicianBookings.of(BACK_OFFICE.demo(), 1).stream().filter(candidate -> candidate.getWorkOrder().getId()
                .equals(workOrder)).findFirst().orElseThrow().getId();
        String account = TechnicianBookings.reachedOnlyBy(BACK_OFFICE.demo(), 1, 0, WorkOrder::getServiceAccount);
        Map<String, String> first = deltaLinks(tech1);
        Map<String, String> second = deltaLinks(tech2);
        Map<String, String> office = deltaLinks(dispatcher);

        // Each deleted while tech2 reaches it: the booking gives them the work order, which gives them its account.
        delete("accounts(" + account + ")");
        delete("msdyn_workorders(" + workOrder + ")");
        delete("bookableresourcebookings(" + booking + ")");

        for (String set : SETS) {
            assertThat(removed(tech1, first.get(set))).as(set).isEmpty();
        }
        assertThat(removed(tech2, second.get("bookableresourcebookings"))).containsEntry(booking, "deleted");
        assertThat(removed(tech2, second.get("msdyn_workorders"))).containsEntry(workOrder, "deleted");
        assertThat(removed(tech2, second.get("accounts"))).containsEntry(account, "deleted");
        assertThat(removed(dispatcher, office.get("accounts"))).containsExactly(Map.entry(account, "deleted"));
    }

    @Test
    void aBookingHandedToAnotherTechnicianLeavesTheFirstsDeltaAsRemovedWithItsWorkOrder() throws Exception {
        Booking handed = bookingOfItsWorkOrderAlone(0);
        String workOrder = handed.getWorkOrder().getId();
        Set<String> tasks = keys(dispatcher.json("msdyn_workorderservicetasks?$filter=_msdyn_workorder_value eq " + workOrder),
                "msdyn_workorderservicetaskid");
        String otherResource = TechnicianBookings.of(BACK_OFFICE.demo(), 1).get(0).getResource().getId();
        Map<String, String> first = deltaLinks(tech1);
        Map<String, String> second = deltaLinks(tech2);

        assertThat(dispatcher.send("PATCH", "bookableresourcebookings(" + handed.getId() + ")",
                "{\"Resource@odata.bind\":\"/bookableresources(" + otherResource + ")\"}").statusCode()).isEqualTo(204);

        assertThat(removed(tech1, first.get("bookableresourcebookings"))).containsExactly(Map.entry(handed.getId(), "changed"));
        assertThat(changed(tech1, first.get("bookableresourcebookings"), "bookableresourcebookingid")).isEmpty();
        assertThat(removed(tech1, first.get("msdyn_workorders"))).containsExactly(Map.entry(workOrder, "changed"));
        assertThat(removed(tech1, first.get("msdyn_workorderservicetasks")).keySet()).isNotEmpty().isEqualTo(tasks);
        assertThat(tech1.get("msdyn_workorders(" + workOrder + ")").statusCode()).isEqualTo(403);
        assertThat(changed(tech2, second.get("bookableresourcebookings"), "bookableresourcebookingid")).containsExactly(handed.getId());
        assertThat(removed(tech2, second.get("bookableresourcebookings"))).isEmpty();
    }

    @Test
    void aWorkOrderPointedAtAnotherAccountTakesTheOldAccountOutOfReach() throws Exception {
        String workOrder = TechnicianBookings.of(BACK_OFFICE.demo(), 2).get(0).getWorkOrder().getId();
        String old = newAccount();
        String next = newAccount();
        pointAt(workOrder, old);
        WebApiSession tech3 = BACK_OFFICE.demoUser("tech3");
        String link = deltaLinks(tech3).get("accounts");
        assertThat(tech3.get("accounts(" + old + ")").statusCode()).isEqualTo(200);

        pointAt(workOrder, next);

        assertThat(removed(tech3, link)).containsExactly(Map.entry(old, "changed"));
        assertThat(tech3.get("accounts(" + old + ")").statusCode()).isEqualTo(403);
    }

    private static String newAccount() throws Exception {
        String id = UUID.randomUUID().toString();
        assertThat(dispatcher.send("POST", "accounts", "{\"accountid\":\"" + id + "\",\"name\":\"New\"}").statusCode())
                .isEqualTo(204);
        return id;
    }

    private static void pointAt(String workOrder, String account) throws Exception {
        assertThat(dispatcher.send("PATCH", "msdyn_workorders(" + workOrder + ")",
                "{\"msdyn_serviceaccount@odata.bind\":\"/accounts(" + account + ")\"}").statusCode()).isEqualTo(204);
    }

    /** @return a booking of the technician's that is their only booking of its work order */
    private static Booking bookingOfItsWorkOrderAlone(int technician) {
        List<Booking> bookings = TechnicianBookings.of(BACK_OFFICE.demo(), technician);
        return bookings.stream().filter(booking -> bookings.stream().filter(other -> other.getWorkOrder() == booking.getWorkOrder())
                .count() == 1).findFirst().orElseThrow();
    }

    private static Map<String, String> deltaLinks(WebApiSession session) throws Exception {
        Map<String, String> links = new HashMap<>();
        for (String set : SETS) {
            JsonNode page = session.json(set + "?$select=versionnumber", "Prefer", "odata.track-changes");
            assertThat(page.has("@odata.nextLink")).isFalse();
            links.put(set, page.path("@odata.deltaLink").asText());
        }
        return links;
    }

    /** @return the rows the delta reports removed, with their reasons */
    private static Map<String, String> removed(WebApiSession session, String deltaLink) throws Exception {
        Map<String, String> removed = new HashMap<>();
        for (JsonNode row : session.json(deltaLink).path("value")) {
            if (row.path("@odata.context").asText().endsWith("/$deletedEntity")) {
                removed.put(row.path("id").asText(), row.path("reason").asText());
            }
        }
        return removed;
    }

    private static Set<String> changed(WebApiSession session, String deltaLink, String key) throws Exception {
        return keys(session.json(deltaLink), key);
    }

    private static Set<String> keys(JsonNode page, String key) {
        Set<String> keys = new HashSet<>();
        page.path("value").forEach(row -> {
            if (row.has(key)) {
                keys.add(row.path(key).asText());
            }
        });
        return keys;
    }

    private static void delete(String path) throws Exception {
        assertThat(dispatcher.send("DELETE", path, null).statusCode()).isEqualTo(204);
    }
}
