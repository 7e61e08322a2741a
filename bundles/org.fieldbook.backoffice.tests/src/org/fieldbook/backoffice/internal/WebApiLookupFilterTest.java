package org.fieldbook.backoffice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.fieldbook.backoffice.demo.DemoSize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code $filter} through a single-valued navigation property, as Dataverse takes it and as a device sends a profile's
 * FetchXML {@code link-entity}: {@code msdyn_workorder/msdyn_systemstatus eq …} on bookings tests each booking's work
 * order, read with the user's row access.
 */
class WebApiLookupFilterTest {

    @RegisterExtension
    static final BackOfficeFixture BACK_OFFICE = BackOfficeFixture.withDemo(4, DemoSize.small());

    @Test
    void bookingsAreFilteredByTheirWorkOrdersStatus() throws Exception {
        WebApiSession tech1 = BACK_OFFICE.demoUser("tech1");
        Map<String, Integer> statusOf = new HashMap<>();
        tech1.json("msdyn_workorders?$select=msdyn_workorderid,msdyn_systemstatus").path("value")
                .forEach(row -> statusOf.put(row.path("msdyn_workorderid").asText(), row.path("msdyn_systemstatus").asInt()));
        JsonNode bookings = tech1.json("bookableresourcebookings?$select=_msdyn_workorder_value").path("value");
        int status = statusOf.get(bookings.get(0).path("_msdyn_workorder_value").asText());

        Set<String> expected = StreamSupport.stream(bookings.spliterator(), false)
                .filter(row -> Integer.valueOf(status).equals(statusOf.get(row.path("_msdyn_workorder_value").asText())))
                .map(row -> row.path("bookableresourcebookingid").asText()).collect(Collectors.toSet());
        JsonNode filtered = tech1.json("bookableresourcebookings?$select=bookableresourcebookingid&$filter="
                + WebApiSession.encode("msdyn_workorder/msdyn_systemstatus eq " + status)).path("value");

        assertThat(filtered.findValuesAsText("bookableresourcebookingid")).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(expected).hasSizeLessThan(bookings.size() + 1).isNotEmpty();
    }

    @Test
    void onlyAColumnOfALookedUpRowIsTakenAndNotForOrdering() throws Exception {
        WebApiSession tech1 = BACK_OFFICE.demoUser("tech1");

        assertThat(tech1.get("bookableresourcebookings?$filter=" + WebApiSession.encode("Resource/name eq 'x'")).statusCode()).isEqualTo(200);
        assertThat(tech1.get("bookableresourcebookings?$orderby=" + WebApiSession.encode("msdyn_workorder/msdyn_name")).body())
                .contains("\"code\"").doesNotContain("Exception");
        assertThat(tech1.get("bookableresourcebookings?$filter=" + WebApiSession.encode("msdyn_workorder/colour eq 'red'")).statusCode())
                .isEqualTo(400);
    }
}
