package org.fieldbook.sync.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fieldbook.model.OfflineProfileItem;
import org.fieldbook.model.OfflineProfileRelationship;
import org.fieldbook.model.Record;
import org.fieldbook.model.dataverse.DataverseLookup;
import org.fieldbook.model.dataverse.DataverseSchema;
import org.fieldbook.model.dataverse.DataverseTable;
import org.fieldbook.store.LocalStore;
import org.fieldbook.store.OutboxEntry;
import org.fieldbook.sync.PresenceReason;
import org.fieldbook.sync.PresenceReason.Kind;

/**
 * Says why a record is on the device, from the profile the device last received and what the store holds:
 * its own edits first, then the profile's reason for its table.
 */
public final class PresenceReasons {

    /** How many related keys a reason names: enough to show, few enough to read. */
    private static final int SHOWN = 3;

    private final LocalStore store;
    private final DataverseSchema schema;

    public PresenceReasons(LocalStore store, DataverseSchema schema) {
        this.store = store;
        this.schema = schema;
    }

    /** @return the reasons, most telling first; {@link Kind#LEAVING} alone when there is none */
    public List<PresenceReason> of(DataverseTable table, String id) {
        List<PresenceReason> reasons = new ArrayList<>(localReasons(table, id));
        Optional<OfflineProfileItem> item = ProfileSource.cached(store.configuration()).flatMap(device -> device.profile()
                .getItems().stream().filter(candidate -> candidate.getTableName().equals(table.logicalName())).findFirst());
        item.ifPresent(profileItem -> reasons.addAll(profileReasons(profileItem, table, id)));
        if (reasons.isEmpty()) {
            reasons.add(new PresenceReason(Kind.LEAVING, null, List.of(),
                    "Nothing keeps this record on the device any more: the next sync removes it."));
        }
        return reasons;
    }

    private List<PresenceReason> localReasons(DataverseTable table, String id) {
        List<OutboxEntry.Operation> pending = store.records().pendingOperations(table.eClass(), id);
        if (pending.contains(OutboxEntry.Operation.CREATE)) {
            return List.of(new PresenceReason(Kind.CREATED_HERE, null, List.of(),
                    "Created on this device; the back office has not confirmed it yet."));
        }
        if (!pending.isEmpty()) {
            return List.of(new PresenceReason(Kind.PENDING_CHANGES, null, List.of(),
                    pending.size() == 1 ? "A change made here waits for upload." : pending.size() + " changes made here wait for upload."));
        }
        return List.of();
    }

    private List<PresenceReason> profileReasons(OfflineProfileItem item, DataverseTable table, String id) {
        return switch (item.getDownloadFilter()) {
        case ALL_RECORDS -> List.of(new PresenceReason(Kind.ALL_RECORDS, null, List.of(),
                "Your offline profile keeps every record of " + table.entitySet() + "."));
        case RELATED_ONLY -> related(item, table, id);
        default -> inFilter(table, id) ? List.of(new PresenceReason(Kind.IN_FILTER, null, List.of(), filterText(table))) : List.of();
        };
    }

    /** A filtered table's rows are those the last download kept: present and not waiting to leave. */
    private boolean inFilter(DataverseTable table, String id) {
        return store.records().find(table.eClass(), id).isPresent();
    }

    private static String filterText(DataverseTable table) {
        return "bookableresourcebooking".equals(table.logicalName())
                ? "In your booking window: it starts or ends within seven days before or after today."
                : "It matches your offline profile's filter for " + table.entitySet() + ".";
    }

    private List<PresenceReason> related(OfflineProfileItem item, DataverseTable table, String id) {
        List<PresenceReason> reasons = new ArrayList<>();
        for (OfflineProfileRelationship relationship : item.getRelationships()) {
            if (relationship.getToTable().equals(table.logicalName())) {
                schema.byLogicalName(relationship.getFromTable()).ifPresent(from -> {
                    List<String> ids = store.records().referencing(from.eClass(), relationship.getLookupColumn(), id, SHOWN);
                    if (!ids.isEmpty()) {
                        reasons.add(new PresenceReason(Kind.RELATED, from.logicalName(), ids,
                                "Related to " + from.entitySet() + " on this device."));
                    }
                });
            } else if (relationship.getFromTable().equals(table.logicalName())) {
                parent(table, id, relationship).ifPresent(parent -> reasons.add(new PresenceReason(Kind.RELATED,
                        relationship.getToTable(), List.of(parent), "Part of a " + relationship.getToTable() + " on this device.")));
            }
        }
        return reasons;
    }

    /** @return the key the row's lookup points at, if that row is on the device */
    private Optional<String> parent(DataverseTable table, String id, OfflineProfileRelationship relationship) {
        Optional<DataverseLookup> lookup = table.lookups().stream()
                .filter(candidate -> candidate.column().equals(relationship.getLookupColumn())).findFirst();
        Optional<DataverseTable> target = schema.byLogicalName(relationship.getToTable());
        if (lookup.isEmpty() || target.isEmpty()) {
            return Optional.empty();
        }
        return store.records().find(table.eClass(), id).map(row -> (Record) row.eGet(lookup.get().reference()))
                .map(Record::getId).filter(key -> store.records().find(target.get().eClass(), key).isPresent());
    }
}
