package org.fieldbook.backoffice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldbook.backoffice.internal.WebApiRefusalsTest.assertRefused;

import java.net.http.HttpResponse;
import java.util.Set;
import java.util.UUID;

import org.fieldbook.backoffice.demo.DemoSize;
import org.fieldbook.model.WorkOrder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** URLs other than a set or a row: a row's lookup, {@code /$count}; and what other URL forms are refused. */
class WebApiAddressingTest {

    @RegisterExtension
    static final BackOfficeFixture BACK_OFFICE = BackOfficeFixture.withDemo(23, new DemoSize(3, 30, 10, 8));

    private static WebApiSession tech1;
    private static WebApiSession dispatcher;

    @BeforeAll
    static void signIn() throws Exception {
        tech1 = BACK_OFFICE.demoUser("tech1");
        dispatcher = BACK_OFFICE.demoUser("dispatcher");
    }

    @Test
    void aLookupOfARowReadsTheRowItPointsAt() throws Exception {
        WorkOrder own = TechnicianBookings.of(BACK_OFFICE.demo(), 0).get(0).getWorkOrder();
        String account = dispatcher.json("msdyn_workorders(" + own.getId() + ")").path("_msdyn_serviceaccount_value").asText();

        assertThat(tech1.json("msdyn_workorders(" + own.getId() + ")/msdyn_serviceaccount?$select=name")
                .path("accountid").asText()).isEqualTo(account);
        assertThat(tech1.json("msdyn_workorders(" + own.getId() + ")/msdyn_serviceaccount").path("@odata.context").asText())
                .endsWith("$metadata#accounts/$entity");
    }

    @Test
    void aLookupOfAnotherTechniciansRowIsForbidden() throws Exception {
        String theirs = foreignWorkOrder();

        assertRefused(tech1.get("msdyn_workorders(" + theirs + ")/msdyn_serviceaccount"), 403, "no access");
    }

    @Test
    void anEmptyLookupAnswersNoContent() throws Exception {
        String id = UUID.randomUUID().toString();
        assertThat(dispatcher.send("POST", "msdyn_workorders", "{\"msdyn_workorderid\":\"" + id + "\",\"msdyn_name\":\"WO-NONE\"}")
                .statusCode()).isEqualTo(204);

        HttpResponse<String> none = dispatcher.get("msdyn_workorders(" + id + ")/msdyn_serviceaccount");

        assertThat(none.statusCode()).isEqualTo(204);
        assertThat(none.body()).isEmpty();
    }

    @Test
    void urlFormsTheServiceDoesNotServeAreRefusedAndWriteNothing() throws Exception {
        String own = TechnicianBookings.of(BACK_OFFICE.demo(), 0).get(0).getWorkOrder().getId();
        String before = dispatcher.json("msdyn_workorders(" + own + ")").path("msdyn_instructions").asText();

        assertRefused(dispatcher.get("msdyn_workorders(" + own + ")/msdyn_name"), 400, "not supported");
        assertRefused(dispatcher.get("msdyn_workorders(" + own + ")/msdyn_serviceaccount/$ref"), 400, "not supported");
        assertRefused(dispatcher.send("PATCH", "msdyn_workorders(" + own + ")/msdyn_serviceaccount", "{\"msdyn_instructions\":\"Lost\"}"),
                400, "not supported");
        assertThat(dispatcher.json("msdyn_workorders(" + own + ")").path("msdyn_instructions").asText()).isEqualTo(before);
    }

    @Test
    void countAnswersTheNumberAsPlainTextWithFilterAndRowAccess() throws Exception {
        int all = dispatcher.json("msdyn_workorders?$count=true&$top=1").path("@odata.count").asInt();
        int own = dispatcher.json("msdyn_workorders?$filter=startswith(msdyn_name,'WO-0000')&$count=true&$top=1")
                .path("@odata.count").asInt();

        HttpResponse<String> count = dispatcher.get("msdyn_workorders/$count");

        assertThat(count.statusCode()).as(count.body()).isEqualTo(200);
        assertThat(count.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(count.body()).isEqualTo(Integer.toString(all));
        assertThat(dispatcher.get("msdyn_workorders/$count?$filter=startswith(msdyn_name,'WO-0000')").body())
                .isEqualTo(Integer.toString(own));
        assertThat(tech1.get("msdyn_workorders/$count").body())
                .isEqualTo(Integer.toString(tech1.json("msdyn_workorders").path("value").size())).isNotEqualTo(Integer.toString(all));
    }

    private static String foreignWorkOrder() {
        Set<String> mine = TechnicianBookings.workOrders(BACK_OFFICE.demo(), 0);
        return TechnicianBookings.workOrders(BACK_OFFICE.demo(), 1).stream().filter(id -> !mine.contains(id)).findFirst().orElseThrow();
    }
}
