package org.fieldbook.backoffice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldbook.backoffice.internal.WebApiBatch.batch;
import static org.fieldbook.backoffice.internal.WebApiBatch.changeSet;
import static org.fieldbook.backoffice.internal.WebApiBatch.request;
import static org.fieldbook.backoffice.internal.WebApiBatch.statuses;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.fieldbook.backoffice.demo.DemoSize;
import org.fieldbook.model.WorkOrder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A technician may point a lookup only at a row they can read: binding another technician's work order,
 * account, contact or asset is refused with 403 and writes nothing, and does not open the row to them
 * afterwards, whether bound by a POST, a PATCH of their own row or inside a {@code $batch} change set.
 */
class WebApiBindingAccessTest {

    @RegisterExtension
    static final BackOfficeFixture BACK_OFFICE = BackOfficeFixture.withDemo(29, new DemoSize(3, 30, 10, 8));

    private static WebApiSession tech1;
    private static WebApiSession dispatcher;
    private static String ownResource;
    private static String ownWorkOrder;
    private static String foreignWorkOrder;

    @BeforeAll
    static void serveDemoData() throws Exception {
        tech1 = BACK_OFFICE.demoUser("tech1");
        dispatcher = BACK_OFFICE.demoUser("dispatcher");
        ownResource = TechnicianBookings.of(BACK_OFFICE.demo(), 0).get(0).getResource().getId();
        ownWorkOrder = TechnicianBookings.of(BACK_OFFICE.demo(), 0).get(0).getWorkOrder().getId();
        foreignWorkOrder = TechnicianBookings.reachedOnlyBy(BACK_OFFICE.demo(), 1, 0, workOrder -> workOrder);
    }

    @Test
    void aBookingOfAnotherTechniciansWorkOrderIsRefusedByPostAndUpsertAndOpensNothing() throws Exception {
        String booking = UUID.randomUUID().toString();

        HttpResponse<String> response = tech1.send("POST", "bookableresourcebookings", booking(booking, foreignWorkOrder));
        HttpResponse<String> upsert = tech1.send("PATCH", "bookableresourcebookings(" + booking + ")", booking(booking, foreignWorkOrder));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(response.body()).contains("0x80040220");
        assertThat(upsert.statusCode()).as(upsert.body()).isEqualTo(403);
        assertThat(dispatcher.get("bookableresourcebookings(" + booking + ")").statusCode()).isEqualTo(404);
        assertThat(tech1.get("msdyn_workorders(" + foreignWorkOrder + ")").statusCode()).isEqualTo(403);
        assertThat(tech1.json("msdyn_workorderservicetasks?$filter=_msdyn_workorder_value eq " + foreignWorkOrder).path("value"))
                .isEmpty();
        assertThat(tech1.send("PATCH", "msdyn_workorders(" + foreignWorkOrder + ")", "{\"msdyn_instructions\":\"Mine\"}")
                .statusCode()).isEqualTo(403);
    }

    @Test
    void aNewWorkOrderForAnAccountOnlyAnotherTechnicianReachesIsRefused() throws Exception {
        String account = TechnicianBookings.reachedOnlyBy(BACK_OFFICE.demo(), 1, 0, WorkOrder::getServiceAccount);
        String workOrder = UUID.randomUUID().toString();

        int status = tech1.send("POST", "msdyn_workorders", "{\"msdyn_workorderid\":\"" + workOrder + "\",\"msdyn_name\":\"WO-X\","
                + "\"msdyn_serviceaccount@odata.bind\":\"/accounts(" + account + ")\"}").statusCode();

        assertThat(status).isEqualTo(403);
        assertThat(dispatcher.get("msdyn_workorders(" + workOrder + ")").statusCode()).isEqualTo(404);
        assertThat(tech1.get("accounts(" + account + ")").statusCode()).isEqualTo(403);
    }

    @Test
    void theirOwnWorkOrderCannotBePointedAtAnotherTechniciansContactOrAsset() throws Exception {
        String contact = TechnicianBookings.reachedOnlyBy(BACK_OFFICE.demo(), 1, 0, WorkOrder::getReportedByContact);
        String asset = TechnicianBookings.reachedOnlyBy(BACK_OFFICE.demo(), 1, 0, WorkOrder::getCustomerAsset);
        String before = dispatcher.json("msdyn_workorders(" + ownWorkOrder + ")").path("@odata.etag").asText();

        int contactStatus = tech1.send("PATCH", "msdyn_workorders(" + ownWorkOrder + ")",
                "{\"msdyn_reportedbycontact@odata.bind\":\"/contacts(" + contact + ")\"}").statusCode();
        int assetStatus = tech1.send("PATCH", "msdyn_workorders(" + ownWorkOrder + ")", "{\"msdyn_instructions\":\"Lost\","
                + "\"msdyn_customerasset@odata.bind\":\"/msdyn_customerassets(" + asset + ")\"}").statusCode();

        assertThat(contactStatus).isEqualTo(403);
        assertThat(assetStatus).isEqualTo(403);
        assertThat(dispatcher.json("msdyn_workorders(" + ownWorkOrder + ")").path("@odata.etag").asText()).isEqualTo(before);
        assertThat(tech1.get("contacts(" + contact + ")").statusCode()).isEqualTo(403);
        assertThat(tech1.get("msdyn_customerassets(" + asset + ")").statusCode()).isEqualTo(403);
    }

    @Test
    void aChangeSetWithAForeignBindingWritesNothingAtAll() throws Exception {
        String account = UUID.randomUUID().toString();
        String booking = UUID.randomUUID().toString();

        HttpResponse<String> response = batch(tech1, null, changeSet(
                request("PATCH", "msdyn_workorders(" + ownWorkOrder + ")", "1", "{\"msdyn_instructions\":\"Rolled back\"}"),
                request("POST", "accounts", "2", "{\"accountid\":\"" + account + "\",\"name\":\"Rolled back\"}"),
                request("POST", "bookableresourcebookings", "3", booking(booking, foreignWorkOrder))));

        assertThat(statuses(response)).as(response.body()).containsExactly(403);
        assertThat(dispatcher.json("msdyn_workorders(" + ownWorkOrder + ")").path("msdyn_instructions").asText())
                .isNotEqualTo("Rolled back");
        assertThat(dispatcher.get("accounts(" + account + ")").statusCode()).isEqualTo(404);
        assertThat(dispatcher.get("bookableresourcebookings(" + booking + ")").statusCode()).isEqualTo(404);
        assertThat(tech1.get("msdyn_workorders(" + foreignWorkOrder + ")").statusCode()).isEqualTo(403);
    }

    @Test
    void rowsAChangeSetCreatedAreBoundByContentIdAndAForeignBindingAfterThemUndoesThem() throws Exception {
        String account = TechnicianBookings.reachedOnlyBy(BACK_OFFICE.demo(), 1, 0, WorkOrder::getServiceAccount);
        String workOrder = UUID.randomUUID().toString();
        String booking = UUID.randomUUID().toString();
        String[] ownRows = {
            request("POST", "msdyn_workorders", "1", "{\"msdyn_workorderid\":\"" + workOrder + "\",\"msdyn_name\":\"WO-R\"}"),
            request("POST", "bookableresourcebookings", "2", booking(booking, "$1")) };

        HttpResponse<String> refused = batch(tech1, null, changeSet(ownRows[0], ownRows[1],
                request("PATCH", "$1", "3", "{\"msdyn_serviceaccount@odata.bind\":\"/accounts(" + account + ")\"}")));
        boolean leftNothing = dispatcher.get("msdyn_workorders(" + workOrder + ")").statusCode() == 404
                && dispatcher.get("bookableresourcebookings(" + booking + ")").statusCode() == 404;
        HttpResponse<String> accepted = batch(tech1, null, changeSet(ownRows));

        assertThat(statuses(refused)).as(refused.body()).containsExactly(403);
        assertThat(leftNothing).isTrue();
        assertThat(tech1.get("accounts(" + account + ")").statusCode()).isEqualTo(403);
        assertThat(statuses(accepted)).as(accepted.body()).containsExactly(204, 204);
        assertThat(tech1.json("bookableresourcebookings(" + booking + ")").path("_msdyn_workorder_value").asText()).isEqualTo(workOrder);
    }

    @Test
    void aBindingToARowThatDoesNotExistIsNotFoundForEveryone() throws Exception {
        String missing = UUID.randomUUID().toString();
        String booking = UUID.randomUUID().toString();

        HttpResponse<String> technician = tech1.send("POST", "bookableresourcebookings", booking(booking, missing));
        HttpResponse<String> office = dispatcher.send("PATCH", "msdyn_workorders(" + ownWorkOrder + ")",
                "{\"msdyn_serviceaccount@odata.bind\":\"/accounts(" + missing + ")\"}");

        for (HttpResponse<String> response : List.of(technician, office)) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
            assertThat(response.body()).contains("0x80040217").contains(missing).doesNotContain("Exception");
        }
        assertThat(dispatcher.get("bookableresourcebookings(" + booking + ")").statusCode()).isEqualTo(404);
    }

    @Test
    void aDispatcherBindsAnyRow() throws Exception {
        String booking = UUID.randomUUID().toString();
        String account = TechnicianBookings.reachedOnlyBy(BACK_OFFICE.demo(), 1, 0, WorkOrder::getServiceAccount);
        String foreignResource = TechnicianBookings.of(BACK_OFFICE.demo(), 1).get(0).getResource().getId();

        assertThat(dispatcher.send("POST", "bookableresourcebookings", booking(booking, foreignWorkOrder)
                .replace(ownResource, foreignResource)).statusCode()).isEqualTo(204);
        assertThat(dispatcher.send("PATCH", "msdyn_workorders(" + foreignWorkOrder + ")",
                "{\"msdyn_serviceaccount@odata.bind\":\"/accounts(" + account + ")\"}").statusCode()).isEqualTo(204);
    }

    @Test
    void aDeepInsertIsRefusedRatherThanIgnored() throws Exception {
        String workOrder = UUID.randomUUID().toString();

        HttpResponse<String> response = tech1.send("POST", "msdyn_workorders", "{\"msdyn_workorderid\":\"" + workOrder
                + "\",\"msdyn_name\":\"WO-DEEP\",\"msdyn_serviceaccount\":{\"name\":\"Inline\"}}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("msdyn_serviceaccount@odata.bind");
        assertThat(dispatcher.get("msdyn_workorders(" + workOrder + ")").statusCode()).isEqualTo(404);
    }

    /** @return a booking of tech1's own resource for {@code workOrder}: a key, or a Content-ID reference such as {@code $1} */
    private static String booking(String id, String workOrder) {
        return "{\"bookableresourcebookingid\":\"" + id + "\",\"name\":\"Borrowed\",\"starttime\":\"2030-01-01T08:00:00Z\","
                + "\"endtime\":\"2030-01-01T09:00:00Z\",\"Resource@odata.bind\":\"/bookableresources(" + ownResource + ")\","
                + "\"msdyn_workorder@odata.bind\":\"" + (workOrder.startsWith("$") ? workOrder : "/msdyn_workorders(" + workOrder + ")")
                + "\"}";
    }
}
