package org.fieldbook.sync.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.fieldbook.model.Account;
import org.fieldbook.model.Booking;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.Record;
import org.fieldbook.model.WorkOrder;
import org.fieldbook.model.WorkOrderIncident;
import org.fieldbook.model.WorkOrderPriority;
import org.fieldbook.model.WorkOrderSystemStatus;
import org.fieldbook.model.dataverse.DataverseSchema;
import org.junit.jupiter.api.Test;

/** Hand-written Dataverse responses: every value type, nulls, annotations, links, deletions and batches. */
class RecordPageReaderTest {

    static final String WO_1 = "5e3b6a1c-2f4d-4c8e-9a7b-000000000001";
    static final String WO_2 = "5e3b6a1c-2f4d-4c8e-9a7b-000000000002";
    static final String ACCOUNT = "a1b2c3d4-0000-4000-8000-00000000000a";
    static final String SUBSTATUS = "b1b2c3d4-0000-4000-8000-00000000000b";

    @Test
    void readsEveryColumnTypeOfAWorkOrder() throws IOException {
        WorkOrder row = single(workOrders("""
                {"@odata.context":"http://h/api/data/v9.2/$metadata#msdyn_workorders","value":[
                 {"@odata.etag":"W/\\"812\\"","msdyn_workorderid":"%s","msdyn_name":"WO-00412",
                  "msdyn_systemstatus":690970001,"msdyn_priority":3,"_msdyn_substatus_value":"%s",
                  "_msdyn_serviceaccount_value":"%s","msdyn_latitude":47.3769,"msdyn_longitude":8,
                  "msdyn_instructions":"Ring twice, \\"back door\\" \\u00e9","createdon":"2024-05-01T08:30:00Z",
                  "modifiedon":"2024-05-02T10:15:30.125+02:00","versionnumber":812}]}"""
                .formatted(WO_1, SUBSTATUS.toUpperCase(), ACCOUNT)));
        assertThat(row.getId()).isEqualTo(WO_1);
        assertThat(row.getNumber()).isEqualTo("WO-00412");
        assertThat(row.getSystemStatus()).isEqualTo(WorkOrderSystemStatus.SCHEDULED);
        assertThat(row.getPriority()).isEqualTo(WorkOrderPriority.HIGH);
        assertThat(row.getSubstatusId()).isEqualTo(SUBSTATUS.toUpperCase());
        assertThat(row.getLatitude()).isEqualTo(47.3769);
        assertThat(row.getLongitude()).isEqualTo(8.0);
        assertThat(row.getInstructions()).isEqualTo("Ring twice, \"back door\" é");
        assertThat(row.getCreatedOn()).isEqualTo(Instant.parse("2024-05-01T08:30:00Z"));
        assertThat(row.getModifiedOn()).isEqualTo(Instant.parse("2024-05-02T08:15:30.125Z"));
        assertThat(row.getVersionNumber()).isEqualTo(812);
    }

    @Test
    void aLookupIsAStubOfItsTargetHoldingTheLowerCasedKey() throws IOException {
        WorkOrder row = single(workOrders("""
                {"value":[{"msdyn_workorderid":"%s","_msdyn_serviceaccount_value":"%s"}]}"""
                .formatted(WO_1.toUpperCase(), ACCOUNT.toUpperCase())));
        assertThat(row.getId()).isEqualTo(WO_1);
        assertThat(row.getServiceAccount()).isInstanceOf(Account.class);
        assertThat(FieldTexts.of(row.getServiceAccount())).containsEntry("accountid", ACCOUNT)
                .containsEntry("name", null);
    }

    @Test
    void readsIntegersAndInstantsOfABooking() throws IOException {
        Booking row = (Booking) single(read("bookableresourcebookings", 10, """
                {"value":[{"bookableresourcebookingid":"%s","starttime":"2024-05-01T08:00:00Z",
                  "endtime":"2024-05-01T09:30:00.5Z","duration":90,"msdyn_estimatedtravelduration":-5,
                  "_msdyn_workorder_value":"%s"}]}""".formatted(WO_2, WO_1)));
        assertThat(row.getStartTime()).isEqualTo(Instant.parse("2024-05-01T08:00:00Z"));
        assertThat(row.getEndTime()).isEqualTo(Instant.parse("2024-05-01T09:30:00.500Z"));
        assertThat(row.getDuration()).isEqualTo(90);
        assertThat(row.getEstimatedTravelDuration()).isEqualTo(-5);
        assertThat(row.getWorkOrder().getId()).isEqualTo(WO_1);
    }

    @Test
    void readsBooleansOfAnIncident() throws IOException {
        WorkOrderIncident row = (WorkOrderIncident) single(read("msdyn_workorderincidents", 10, """
                {"value":[{"msdyn_workorderincidentid":"%s","msdyn_isprimary":true,"msdyn_incidentresolved":false}]}"""
                .formatted(WO_2)));
        assertThat(row.isPrimary()).isTrue();
        assertThat(row.isIncidentResolved()).isFalse();
    }

    @Test
    void nullsLeaveFieldsUnsetAndUnknownPropertiesAndAnnotationsAreSkipped() throws IOException {
        WorkOrder row = single(workOrders("""
                {"@odata.context":"$metadata#msdyn_workorders","@Microsoft.Dynamics.CRM.totalrecordcount":-1,"value":[
                 {"@odata.etag":"W/\\"7\\"","msdyn_workorderid":"%s","msdyn_name":null,"msdyn_systemstatus":null,
                  "msdyn_systemstatus@OData.Community.Display.V1.FormattedValue":"Scheduled",
                  "_msdyn_serviceaccount_value":null,
                  "_msdyn_serviceaccount_value@Microsoft.Dynamics.CRM.lookuplogicalname":"account",
                  "msdyn_latitude":null,"createdon":null,"statecode":0,"msdyn_unknown":{"nested":[1,{"x":null}]},
                  "msdyn_serviceaccount":{"accountid":"%s","name":"expanded"}}]}""".formatted(WO_1, ACCOUNT)));
        assertThat(row.getVersionNumber()).isEqualTo(7);
        for (var feature : List.of(FieldbookPackage.Literals.WORK_ORDER__NUMBER, FieldbookPackage.Literals.WORK_ORDER__SYSTEM_STATUS,
                FieldbookPackage.Literals.WORK_ORDER__SERVICE_ACCOUNT, FieldbookPackage.Literals.WORK_ORDER__LATITUDE,
                FieldbookPackage.Literals.RECORD__CREATED_ON)) {
            assertThat(row.eIsSet(feature)).as(feature.getName()).isFalse();
        }
        assertThat(row.getServiceAccount()).isNull();
    }

    @Test
    void theVersionComesFromTheEtagOrTheVersionColumn() throws IOException {
        List<Record> rows = workOrders("""
                {"value":[{"msdyn_workorderid":"%s","@odata.etag":"W/\\"41\\""},{"versionnumber":42,"msdyn_workorderid":"%s"}]}"""
                .formatted(WO_1, WO_2)).rows();
        assertThat(rows).extracting(Record::getVersionNumber).containsExactly(41L, 42L);
    }

    @Test
    void linksAndTheCountAreReadBeforeTheValue() throws IOException {
        CollectingConsumer consumer = new CollectingConsumer();
        PageSummary page = reader("msdyn_workorders", 10).read(body("""
                {"@odata.count":2,"@odata.nextLink":"http://h/api/data/v9.2/msdyn_workorders?$skiptoken=abc",
                 "value":[{"msdyn_workorderid":"%s","versionnumber":5},{"msdyn_workorderid":"%s","versionnumber":3}]}"""
                .formatted(WO_1, WO_2)), consumer);
        assertThat(page).isEqualTo(new PageSummary("http://h/api/data/v9.2/msdyn_workorders?$skiptoken=abc", null, null, 2L, 2, 0, 5));
        assertThat(consumer.rows()).extracting(Record::getId).containsExactly(WO_1, WO_2);
    }

    @Test
    void theDeltaLinkAndItsTokenAreReadAfterTheValue() throws IOException {
        PageSummary page = reader("msdyn_workorders", 10).read(body("""
                {"value":[],"@odata.deltaLink":"http://h/api/data/v9.2/msdyn_workorders?$select=msdyn_name&$deltatoken=919042%2108%2f22%2f2017%2008%3a10%3a44"}"""),
                new CollectingConsumer());
        assertThat(page.nextLink()).isNull();
        assertThat(page.deltaLink()).endsWith("$deltatoken=919042%2108%2f22%2f2017%2008%3a10%3a44");
        assertThat(page.deltaToken()).isEqualTo("919042!08/22/2017 08:10:44");
        assertThat(page.count()).isNull();
        assertThat(page.rows()).isZero();
    }

    /** A row that left the reader's reach ({@code "reason":"changed"}, the back office's) is removed like a deleted one. */
    @Test
    void deletedEntitiesOfADeltaArriveAsKeysInResponseOrderWhateverTheirReason() throws IOException {
        CollectingConsumer consumer = new CollectingConsumer();
        PageSummary page = reader("msdyn_workorders", 10).read(body("""
                {"@odata.context":"http://h/api/data/v9.2/$metadata#msdyn_workorders/$delta","value":[
                 {"msdyn_workorderid":"%1$s","msdyn_name":"changed"},
                 {"@odata.context":"http://h/api/data/v9.2/$metadata#msdyn_workorders/$deletedEntity","id":"%2$s","reason":"deleted"},
                 {"id":"%3$s","reason":"changed","@odata.context":"$metadata#msdyn_workorders/$deletedEntity"},
                 {"msdyn_workorderid":"%3$s"}],
                 "@odata.deltaLink":"http://h/api/data/v9.2/msdyn_workorders?$deltatoken=77!1700000000"}"""
                .formatted(WO_1, WO_2, ACCOUNT.toUpperCase())), consumer);
        assertThat(consumer.order).containsExactly("rows 1", "deleted 2", "rows 1");
        assertThat(consumer.deletedBatches).containsExactly(List.of(WO_2, ACCOUNT));
        assertThat(page.deltaToken()).isEqualTo("77!1700000000");
        assertThat(page.rows()).isEqualTo(2);
        assertThat(page.deletions()).isEqualTo(2);
    }

    @Test
    void rowsArriveInBatchesOfTheBatchSize() throws IOException {
        StringBuilder value = new StringBuilder();
        for (int i = 1; i <= 7; i++) {
            value.append(i == 1 ? "" : ",").append("{\"msdyn_workorderid\":\"5e3b6a1c-2f4d-4c8e-9a7b-00000000000").append(i)
                    .append("\",\"versionnumber\":").append(i * 10).append('}');
        }
        CollectingConsumer consumer = new CollectingConsumer();
        PageSummary page = reader("msdyn_workorders", 3).read(body("{\"value\":[" + value + "]}"), consumer);
        assertThat(consumer.rowBatches).extracting(List::size).containsExactly(3, 3, 1);
        assertThat(consumer.rows()).extracting(Record::getVersionNumber).containsExactly(10L, 20L, 30L, 40L, 50L, 60L, 70L);
        assertThat(page.rows()).isEqualTo(7);
        assertThat(page.highestVersion()).isEqualTo(70);
    }

    @Test
    void anEmptyPageHandsOverNothing() throws IOException {
        CollectingConsumer consumer = new CollectingConsumer();
        PageSummary page = reader("msdyn_workorders", 3).read(body("{\"value\":[]}"), consumer);
        assertThat(consumer.order).isEmpty();
        assertThat(page).isEqualTo(new PageSummary(null, null, null, null, 0, 0, 0));
    }

    @Test
    void theBatchSizeMustBePositive() {
        var table = DataverseSchema.fieldbook().byEntitySet("accounts").orElseThrow();
        assertThatThrownBy(() -> new RecordPageReader(table, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("batch size");
    }

    static RecordPageReader reader(String entitySet, int batchSize) {
        return new RecordPageReader(DataverseSchema.fieldbook().byEntitySet(entitySet).orElseThrow(), batchSize);
    }

    static ByteArrayInputStream body(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    private static CollectingConsumer read(String entitySet, int batchSize, String json) throws IOException {
        CollectingConsumer consumer = new CollectingConsumer();
        reader(entitySet, batchSize).read(body(json), consumer);
        return consumer;
    }

    private static CollectingConsumer workOrders(String json) throws IOException {
        return read("msdyn_workorders", 10, json);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Record> T single(CollectingConsumer consumer) {
        assertThat(consumer.rows()).hasSize(1);
        return (T) consumer.rows().get(0);
    }
}
