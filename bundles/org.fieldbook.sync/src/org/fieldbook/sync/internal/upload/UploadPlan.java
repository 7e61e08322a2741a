package org.fieldbook.sync.internal.upload;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.fieldbook.model.dataverse.DataverseLookup;
import org.fieldbook.model.dataverse.DataverseSchema;
import org.fieldbook.model.dataverse.DataverseTable;
import org.fieldbook.store.OutboxEntry;
import org.fieldbook.store.OutboxEntry.Operation;

/**
 * The order the outbox is sent in: one change per record, in the order of each record's first edit, except
 * that a change whose lookups point at a record still to be created goes after that create (a new work order
 * before its tasks and its booking), because the server refuses a binding to a row it does not have.
 */
final class UploadPlan {

    private final List<RecordChange> ordered = new ArrayList<>();
    private final Map<String, RecordChange> creates = new LinkedHashMap<>();
    private final Set<RecordChange> placed = new HashSet<>();

    private UploadPlan() {
    }

    /** @param pending the outbox, oldest first */
    static List<RecordChange> of(List<OutboxEntry> pending, DataverseSchema schema) {
        Map<String, List<OutboxEntry>> byRecord = new LinkedHashMap<>();
        pending.forEach(entry -> byRecord.computeIfAbsent(entry.table() + "/" + entry.recordId(), key -> new ArrayList<>()).add(entry));
        List<RecordChange> changes = byRecord.values().stream().map(entries -> RecordChange.merge(table(schema, entries), entries)).toList();
        UploadPlan plan = new UploadPlan();
        changes.stream().filter(change -> change.operation() == Operation.CREATE)
                .forEach(change -> plan.creates.put(change.recordId(), change));
        changes.forEach(plan::place);
        return List.copyOf(plan.ordered);
    }

    /** @return the keys of records still to be created that the change's lookups point at */
    static Set<String> createdTargets(RecordChange change, Set<String> created) {
        Set<String> targets = new HashSet<>();
        for (DataverseLookup lookup : change.table().lookups()) {
            String target = change.fields().get(lookup.column());
            if (target != null && !target.equals(change.recordId()) && created.contains(target)) {
                targets.add(target);
            }
        }
        return targets;
    }

    private void place(RecordChange change) {
        if (!placed.add(change)) {
            return; // placed already, or being placed further up a cycle of new records pointing at each other
        }
        createdTargets(change, creates.keySet()).stream().map(creates::get).filter(Objects::nonNull).forEach(this::place);
        ordered.add(change);
    }

    private static DataverseTable table(DataverseSchema schema, List<OutboxEntry> entries) {
        String name = entries.get(0).table();
        return schema.byLogicalName(name).orElseThrow(() -> new IllegalStateException("The outbox names a table the schema lacks: " + name));
    }
}
