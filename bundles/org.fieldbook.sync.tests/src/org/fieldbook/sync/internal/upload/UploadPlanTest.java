package org.fieldbook.sync.internal.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.fieldbook.model.dataverse.DataverseSchema;
import org.fieldbook.store.OutboxEntry;
import org.fieldbook.store.OutboxEntry.Operation;
import org.junit.jupiter.api.Test;

/** One change per record, its edits merged in order; a new record before the records pointing at it. */
class UploadPlanTest {

    private static final DataverseSchema SCHEMA = DataverseSchema.fieldbook();

    @Test
    void aRecordsEditsAreMergedInTheOrderTheyWereMade() {
        List<RecordChange> plan = UploadPlan.of(List.of(
                queued(1, "msdyn_workorder", "wo-1", Operation.UPDATE, Map.of("msdyn_instructions", "first"), Map.of("msdyn_instructions", "base")),
                queued(2, "account", "acc-1", Operation.UPDATE, Map.of("name", "Contoso"), Map.of("name", "Old")),
                queued(3, "msdyn_workorder", "wo-1", Operation.UPDATE, Map.of("msdyn_instructions", "second"),
                        Map.of("msdyn_instructions", "base"))), SCHEMA);

        assertThat(plan).extracting(RecordChange::recordId, RecordChange::sequences).containsExactly(tuple("wo-1", List.of(1L, 3L)),
                tuple("acc-1", List.of(2L)));
        assertThat(plan.get(0).fields()).containsExactly(entry("msdyn_instructions", "second"));
        assertThat(plan.get(0).baseValues()).containsExactly(entry("msdyn_instructions", "base"));
        assertThat(plan.get(0).baseETag()).isEqualTo("W/\"5\"");
    }

    @Test
    void updatesThenADeleteAreADelete() {
        List<RecordChange> plan = UploadPlan.of(List.of(
                queued(1, "account", "acc-1", Operation.UPDATE, Map.of("name", "Contoso"), Map.of("name", "Old")),
                queued(2, "account", "acc-1", Operation.DELETE, Map.of(), Map.of())), SCHEMA);

        assertThat(plan).singleElement().satisfies(change -> {
            assertThat(change.operation()).isEqualTo(Operation.DELETE);
            assertThat(change.fields()).isEmpty();
        });
    }

    @Test
    void aNewWorkOrderGoesBeforeTheNewTaskAndBookingPointingAtIt() {
        List<RecordChange> plan = UploadPlan.of(List.of(
                queued(1, "msdyn_workorderservicetask", "task-1", Operation.CREATE, Map.of("msdyn_name", "Check", "_msdyn_workorder_value", "wo-new"),
                        Map.of()),
                queued(2, "bookableresourcebooking", "b-1", Operation.UPDATE, Map.of("_msdyn_workorder_value", "wo-new"), Map.of()),
                queued(3, "account", "acc-1", Operation.UPDATE, Map.of("name", "Contoso"), Map.of()),
                queued(4, "msdyn_workorder", "wo-new", Operation.CREATE, Map.of("msdyn_name", "WO-NEW"), Map.of())), SCHEMA);

        assertThat(plan).extracting(RecordChange::recordId).containsExactly("wo-new", "task-1", "b-1", "acc-1");
    }

    private static OutboxEntry queued(long sequence, String table, String id, Operation operation, Map<String, String> fields,
            Map<String, String> base) {
        return new OutboxEntry(sequence, table, id, operation, fields, operation == Operation.CREATE ? null : "W/\"5\"", base,
                Instant.EPOCH);
    }
}
