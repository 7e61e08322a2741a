package org.fieldbook.backoffice.console.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;
import org.fieldbook.backoffice.Role;
import org.fieldbook.backoffice.internal.BackOfficeDatabase;
import org.fieldbook.backoffice.internal.FilterCheck;
import org.fieldbook.backoffice.internal.profiles.DraftEdit;
import org.fieldbook.backoffice.internal.profiles.OfflineProfiles;
import org.fieldbook.backoffice.internal.profiles.ProfileComparison;
import org.fieldbook.backoffice.internal.profiles.Relationships;
import org.fieldbook.backoffice.internal.profiles.StoredProfile;
import org.fieldbook.model.DownloadFilter;
import org.fieldbook.model.OfflineProfileItem;
import org.fieldbook.model.dataverse.DataverseTable;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The profile editor's calls, each one {@link DraftEdit} of {@link OfflineProfiles} (whose rules refuse what
 * does not fit, with the message shown beside the field): {@code GET profiles/<id>} (the draft and the
 * tables one may add), {@code POST …/items}, {@code PATCH} and {@code DELETE …/items/<table>},
 * {@code POST …/items/<table>/relationships}, {@code DELETE …/relationships/<text>}, {@code GET …/comparison},
 * {@code POST …/publish} and {@code POST …/discard}; admins only.
 */
final class ProfileEditorCalls implements ConsoleCall.Handler {

    /** Rows from which "All records" on a table earns a warning: every device would hold them all. */
    static final int LARGE_TABLE = 10_000;

    private final OfflineProfiles profiles;
    private final BackOfficeDatabase database;
    private final FilterBuilder builder;

    ProfileEditorCalls(OfflineProfiles profiles, BackOfficeDatabase database) {
        this.profiles = profiles;
        this.database = database;
        this.builder = new FilterBuilder(profiles.offlineTables(), new FilterCheck(database));
    }

    /**
     * @param follows for each relationship, the table at its other end, whose rows bring this table's
     * @param builder the custom filter as the builder's tree, or why the builder cannot show it; null without one
     * @param other the Other data filter's options, null for another filter
     */
    record Item(String table, String downloadFilter, String customFilter, int syncInterval, List<String> relationships,
            List<String> follows, boolean customized, FilterBuilder.Shown builder, OtherFilterForm other) {
    }

    /**
     * A table of the model: its rows now, the relationships an item of it may have, the columns a filter may test and
     * whether its rows have owners (an Other data filter may take them by owner).
     */
    record Table(String table, int rows, boolean large, List<String> relationshipChoices, List<FilterBuilder.ColumnChoice> columns,
            boolean owned) {
    }

    /** @param operators for each kind of column, the builder's operators */
    record Editor(String id, String name, String description, boolean managed, boolean published, boolean unpublishedChanges,
            String publishedOn, List<Item> items, List<Table> tables, Map<String, List<FilterBuilder.OperatorChoice>> operators) {
    }

    /** @param owners whose rows an Other data filter takes, in words */
    record Side(String downloadFilter, String customFilter, List<String> owners, int syncInterval, List<String> relationships) {
    }

    record Compared(String table, String change, Side published, Side draft, List<String> relationshipsAdded,
            List<String> relationshipsRemoved) {
    }

    @Override
    public boolean handle(ConsoleCall call) throws IOException {
        List<String> path = call.path();
        if (path.size() < 2 || !path.get(0).equals("profiles")) {
            return false;
        }
        call.require(Role.ADMIN);
        String id = path.get(1);
        if (call.is("GET", "profiles", "*")) {
            call.answer(200, editor(profiles.get(id)));
        } else if (call.is("GET", "profiles", "*", "comparison")) {
            StoredProfile stored = profiles.get(id);
            call.answer(200, ProfileComparison.between(stored.published(), stored.draft()).stream().map(ProfileEditorCalls::compared).toList());
        } else if (call.is("POST", "profiles", "*", "publish")) {
            call.answer(200, editor(profiles.publish(id)));
        } else if (call.is("POST", "profiles", "*", "discard")) {
            call.answer(200, editor(profiles.discardDraft(id)));
        } else {
            FieldEdit edit = edit(call);
            if (edit == null) {
                return false;
            }
            call.answer(200, editor(apply(id, edit)));
        }
        return true;
    }

    /** An edit and the form field beside which the profile rules' refusal of it is shown (null: in the banner). */
    private record FieldEdit(String field, DraftEdit edit) {
    }

    private StoredProfile apply(String id, FieldEdit edit) {
        try {
            return profiles.edit(id, edit.edit());
        } catch (IllegalArgumentException e) {
            throw new ConsoleCall.Refused(400, e.getMessage() + ".", edit.field());
        }
    }

    /** @return the draft edit the call asks for, or null when it is no edit call */
    private FieldEdit edit(ConsoleCall call) throws IOException {
        List<String> path = call.path();
        if (call.is("POST", "profiles", "*", "items")) {
            JsonNode body = ConsoleJson.body(call.request());
            String table = ConsoleJson.text(body, "table");
            if (table == null) {
                throw new ConsoleCall.Refused(400, "Choose a table to add.", "table");
            }
            return new FieldEdit("table", DraftEdit.addItem(table, filter(body), null, interval(body)));
        }
        if (call.is("DELETE", "profiles", "*", "items", "*")) {
            return new FieldEdit(null, DraftEdit.removeItem(path.get(3)));
        }
        if (call.is("PATCH", "profiles", "*", "items", "*")) {
            return settings(path.get(3), ConsoleJson.body(call.request()));
        }
        if (call.is("POST", "profiles", "*", "items", "*", "relationships")) {
            String relationship = ConsoleJson.text(ConsoleJson.body(call.request()), "relationship");
            if (relationship == null) {
                throw new ConsoleCall.Refused(400, "Choose a relationship to add.", "relationship");
            }
            return new FieldEdit("relationship", DraftEdit.addRelationship(path.get(3), relationship));
        }
        if (call.is("DELETE", "profiles", "*", "items", "*", "relationships", "*")) {
            return new FieldEdit(null, DraftEdit.removeRelationship(path.get(3), path.get(5)));
        }
        return null;
    }

    /** A change of an item's download filter (with the builder's tree for a custom one) or of its sync interval. */
    private FieldEdit settings(String table, JsonNode body) {
        if (body.has("syncInterval")) {
            return new FieldEdit("syncInterval", DraftEdit.setSyncInterval(table, interval(body)));
        }
        DownloadFilter filter = filter(body);
        if (filter == DownloadFilter.OTHER_FILTER) {
            return new FieldEdit("otherFilter", OtherFilterForm.edit(table, body));
        }
        if (filter == DownloadFilter.CUSTOM_FILTER && body.has("filter")) {
            return new FieldEdit("downloadFilter", DraftEdit.setFilter(table, filter, builder.stored(table, body.get("filter"))));
        }
        // Without a tree, choosing "Custom data filter" keeps the filter the item has, and the rules refuse none.
        return new FieldEdit("downloadFilter", draft -> DraftEdit.setFilter(table, filter, filter == DownloadFilter.CUSTOM_FILTER
                ? draft.getItems().stream().filter(item -> item.getTableName().equals(table)).findFirst()
                        .map(OfflineProfileItem::getCustomFilter).orElse(null)
                : null).apply(draft));
    }

    private static DownloadFilter filter(JsonNode body) {
        String field = "downloadFilter";
        DownloadFilter filter = DownloadFilter.getByName(String.valueOf(ConsoleJson.text(body, field)));
        if (filter == null) {
            throw new ConsoleCall.Refused(400, "Choose a download filter.", field);
        }
        return filter;
    }

    private static int interval(JsonNode body) {
        JsonNode minutes = body.get("syncInterval");
        if (minutes == null || !minutes.canConvertToInt()) {
            throw new ConsoleCall.Refused(400, "Choose how often devices sync the table.", "syncInterval");
        }
        return minutes.asInt();
    }

    private Editor editor(StoredProfile stored) {
        List<Item> items = stored.draft().getItems().stream().map(item -> item(item, stored)).toList();
        return new Editor(stored.id(), stored.name(), stored.draft().getDescription(), stored.managed(), stored.published() != null,
                stored.hasUnpublishedChanges(), stored.publishedOn() == null ? null : stored.publishedOn().toString(), items, tables(),
                FilterBuilder.operators());
    }

    private Item item(OfflineProfileItem item, StoredProfile stored) {
        List<String> follows = item.getRelationships().stream()
                .map(relationship -> relationship.getFromTable().equals(item.getTableName()) ? relationship.getToTable() : relationship.getFromTable())
                .distinct().toList();
        return new Item(item.getTableName(), item.getDownloadFilter().getName(), item.getCustomFilter(), item.getSyncIntervalMinutes(),
                item.getRelationships().stream().map(Relationships::format).toList(), follows, stored.editedTables().contains(item.getTableName()),
                item.getDownloadFilter() == DownloadFilter.CUSTOM_FILTER ? builder.shown(item.getTableName(), item.getCustomFilter()) : null,
                OtherFilterForm.of(item));
    }

    /** The model's tables with their rows and, for each, its own lookups and the lookups of others pointing at it. */
    private List<Table> tables() {
        List<DataverseTable> offline = profiles.offlineTables();
        Map<EClass, String> names = offline.stream().collect(Collectors.toMap(DataverseTable::eClass, DataverseTable::logicalName));
        Map<String, List<String>> choices = offline.stream().collect(Collectors.toMap(DataverseTable::logicalName, table -> new ArrayList<>()));
        for (DataverseTable from : offline) {
            from.lookups().stream().filter(lookup -> names.containsKey(lookup.reference().getEReferenceType())).forEach(lookup -> {
                String to = names.get(lookup.reference().getEReferenceType());
                String text = Relationships.format(Relationships.of(from.logicalName(), lookup.column(), to));
                choices.get(from.logicalName()).add(text);
                if (!to.equals(from.logicalName())) {
                    choices.get(to).add(text);
                }
            });
        }
        Function<DataverseTable, Table> table = model -> {
            int rows = database.rowCount(model.eClass());
            return new Table(model.logicalName(), rows, rows >= LARGE_TABLE, choices.get(model.logicalName()), builder.columns(model.logicalName()),
                    model.hasOwners());
        };
        return offline.stream().map(table).toList();
    }

    private static Compared compared(ProfileComparison.Row row) {
        return new Compared(row.table(), row.change().name().toLowerCase(Locale.ROOT), side(row.published()), side(row.draft()),
                row.relationshipsAdded(), row.relationshipsRemoved());
    }

    private static Side side(OfflineProfileItem item) {
        if (item == null) {
            return null;
        }
        List<String> owners = new ArrayList<>();
        if (item.isRecordsOwnedByMe()) {
            owners.add("the user's");
        }
        if (item.isRecordsOwnedByMyTeam()) {
            owners.add("their teams'");
        }
        if (item.isRecordsOwnedByMyBusinessUnit()) {
            owners.add("their business unit's");
        }
        return new Side(item.getDownloadFilter().getName(), item.getCustomFilter(), owners, item.getSyncIntervalMinutes(),
                item.getRelationships().stream().map(Relationships::format).toList());
    }
}
