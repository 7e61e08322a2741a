package org.fieldbook.sync.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.fieldbook.model.dataverse.DataverseSchema;
import org.fieldbook.store.OutboxEntry;
import org.fieldbook.store.OutboxEntry.Operation;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Outbox entries as request bodies: JSON types by column, lookups bound by navigation property. */
class RecordBodyWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BOOKING = "0b0b0b0b-0000-4000-8000-000000000001";
    private static final String WORK_ORDER = "0c0c0c0c-0000-4000-8000-000000000002";

    private final RecordBodyWriter writer = new RecordBodyWriter(DataverseSchema.fieldbook());

    @Test
    void aCreateCarriesTheKeyAndEveryFieldWithItsJsonType() throws IOException {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", "Visit \"A\"");
        fields.put("starttime", "2024-05-01T08:00:00Z");
        fields.put("endtime", "2024-05-01T09:30:00.500Z");
        fields.put("duration", "90");
        fields.put("versionnumber", "12");
        fields.put("_msdyn_workorder_value", WORK_ORDER);
        fields.put("_bookingstatus_value", null);
        fields.put("msdyn_actualarrivaltime", null);
        assertThat(body(entry("bookableresourcebooking", Operation.CREATE, fields))).isEqualTo(JSON.readTree("""
                {"bookableresourcebookingid":"%s","name":"Visit \\"A\\"","starttime":"2024-05-01T08:00:00Z",
                 "endtime":"2024-05-01T09:30:00.500Z","duration":90,"versionnumber":12,
                 "msdyn_workorder@odata.bind":"/msdyn_workorders(%s)","BookingStatus@odata.bind":null,
                 "msdyn_actualarrivaltime":null}""".formatted(BOOKING, WORK_ORDER)));
    }

    @Test
    void anUpdateCarriesOnlyTheChangedFields() throws IOException {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("msdyn_systemstatus", "690970002");
        fields.put("msdyn_latitude", "47.3769");
        fields.put("msdyn_longitude", "8.0");
        fields.put("_msdyn_substatus_value", "5d5d5d5d-0000-4000-8000-000000000003");
        fields.put("_msdyn_serviceaccount_value", null);
        assertThat(body(entry("msdyn_workorder", Operation.UPDATE, fields))).isEqualTo(JSON.readTree("""
                {"msdyn_systemstatus":690970002,"msdyn_latitude":47.3769,"msdyn_longitude":8.0,
                 "_msdyn_substatus_value":"5d5d5d5d-0000-4000-8000-000000000003",
                 "msdyn_serviceaccount@odata.bind":null}"""));
    }

    @Test
    void booleansAreWrittenAsBooleans() throws IOException {
        JsonNode body = body(entry("msdyn_workorderincident", Operation.UPDATE, Map.of("msdyn_isprimary", "true")));
        assertThat(body.get("msdyn_isprimary").isBoolean()).isTrue();
        assertThat(body.get("msdyn_isprimary").booleanValue()).isTrue();
    }

    @Test
    void anInstantIsWrittenInUtc() throws IOException {
        JsonNode body = body(entry("msdyn_workorder", Operation.UPDATE, Map.of("createdon", "2024-05-01T10:00:00+02:00")));
        assertThat(body.get("createdon").textValue()).isEqualTo(Instant.parse("2024-05-01T08:00:00Z").toString());
    }

    @Test
    void anUnknownColumnIsRefusedByName() {
        assertThatThrownBy(() -> writer.body(entry("msdyn_workorder", Operation.UPDATE, Map.of("msdyn_colour", "red"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("msdyn_colour");
    }

    @Test
    void aValueItsColumnCannotHoldIsRefusedByName() {
        assertThatThrownBy(() -> writer.body(entry("msdyn_workorder", Operation.UPDATE, Map.of("msdyn_latitude", "north"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("msdyn_latitude").hasMessageContaining("north");
    }

    @Test
    void anUnknownTableAndADeleteAreRefused() {
        assertThatThrownBy(() -> writer.body(entry("msdyn_agreement", Operation.UPDATE, Map.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("msdyn_agreement");
        assertThatThrownBy(() -> writer.body(entry("msdyn_workorder", Operation.DELETE, Map.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("delete");
    }

    private JsonNode body(OutboxEntry entry) throws IOException {
        return JSON.readTree(writer.body(entry));
    }

    private static OutboxEntry entry(String table, Operation operation, Map<String, String> fields) {
        return new OutboxEntry(1, table, BOOKING, operation, fields, null, Map.of(), Instant.EPOCH);
    }
}
