package org.fieldbook.sync.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.fieldbook.model.Conflict;
import org.fieldbook.model.ConflictResolution;
import org.fieldbook.model.FieldValue;
import org.fieldbook.model.Record;
import org.fieldbook.model.dataverse.DataverseField;
import org.fieldbook.model.dataverse.DataverseSchema;
import org.fieldbook.model.dataverse.DataverseTable;
import org.fieldbook.model.dataverse.DeviceTables;
import org.fieldbook.model.dataverse.FieldText;
import org.fieldbook.store.LocalStore;
import org.fieldbook.sync.ConflictChoice;

/**
 * The technician's answer to a conflict: each field keeps their value or takes the server's. The answer is
 * written as an ordinary local edit of the record as it is now — so the outbox entry is based on the latest
 * version the server sent — and the conflict is closed with what was chosen. Fields not named keep the
 * value the record has now. Conflicts the sync resolved on its own (the device won) can be reviewed too, e.g. to
 * take back a server value the upload overwrote.
 */
public final class ConflictReview {

    /** Resolutions the technician made; a conflict the sync resolved on its own can still be reviewed. */
    private static final Set<ConflictResolution> CHOSEN = Set.of(ConflictResolution.KEPT_MINE, ConflictResolution.TOOK_SERVER,
            ConflictResolution.MERGED);

    private final LocalStore store;
    private final DataverseSchema schema;
    private final Clock clock;

    public ConflictReview(LocalStore store, DataverseSchema schema, Clock clock) {
        this.store = store;
        this.schema = schema;
        this.clock = clock;
    }

    /**
     * @param choices Dataverse column → which side it keeps
     * @throws IllegalArgumentException when the conflict is unknown or the technician resolved it already, or its
     *         record is gone
     */
    public void resolve(String conflictId, Map<String, ConflictChoice> choices) {
        Conflict conflict = store.conflicts().all().stream().filter(known -> known.getId().equals(conflictId))
                .filter(known -> !CHOSEN.contains(known.getResolution())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No conflict " + conflictId + " waits for a choice"));
        DataverseTable table = schema.byLogicalName(conflict.getTableName()).filter(known -> DeviceTables.onDevices(known.eClass()))
                .orElseThrow(() -> new IllegalArgumentException("The device keeps no table " + conflict.getTableName()));
        Record row = store.records().<Record>find(table.eClass(), conflict.getRecordId()).map(EcoreUtil::copy)
                .orElseThrow(() -> new IllegalArgumentException("The record of this conflict is no longer on the device"));
        Map<String, String> mine = values(conflict.getLocalValues());
        Map<String, String> server = values(conflict.getServerValues());
        for (Map.Entry<String, ConflictChoice> choice : choices.entrySet()) {
            DataverseField field = field(table, choice.getKey());
            String value = choice.getValue() == ConflictChoice.MINE ? mine.get(choice.getKey()) : server.get(choice.getKey());
            row.eSet(field.feature(), FieldText.parse(field.feature(), value));
        }
        store.edits().update(row);
        store.conflicts().resolve(conflictId, resolution(choices.values()), clock.instant());
    }

    /** @return the choice that takes every field of the conflict from one side */
    public static Map<String, ConflictChoice> all(Conflict conflict, ConflictChoice side) {
        Map<String, ConflictChoice> choices = new HashMap<>();
        conflict.getLocalValues().forEach(value -> choices.put(value.getColumn(), side));
        conflict.getServerValues().forEach(value -> choices.put(value.getColumn(), side));
        return choices;
    }

    private static ConflictResolution resolution(Collection<ConflictChoice> choices) {
        Set<ConflictChoice> sides = Set.copyOf(choices);
        if (sides.equals(Set.of(ConflictChoice.MINE))) {
            return ConflictResolution.KEPT_MINE;
        }
        return sides.equals(Set.of(ConflictChoice.SERVER)) ? ConflictResolution.TOOK_SERVER : ConflictResolution.MERGED;
    }

    private static DataverseField field(DataverseTable table, String name) {
        return DeviceTables.fields(table).stream().filter(field -> field.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(table.logicalName() + " has no column " + name));
    }

    private static Map<String, String> values(List<FieldValue> values) {
        Map<String, String> byColumn = new HashMap<>();
        values.forEach(value -> byColumn.put(value.getColumn(), value.getValue()));
        return byColumn;
    }
}
