package org.fieldbook.model.dataverse;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EClass;
import org.fieldbook.model.FieldbookPackage;

/**
 * What a device keeps of the Dataverse tables: the field-service tables as records, without the columns too
 * large for a row. The offline profile, organization settings and sync errors it holds in documents of its
 * own, its sync summaries it only sends, and a note's file it moves in blocks with the block messages.
 */
public final class DeviceTables {

    /** The offline profile's tables, which only the back office's profile management writes. */
    public static final Set<EClass> PROFILE_TABLES = Set.of(FieldbookPackage.Literals.OFFLINE_PROFILE,
            FieldbookPackage.Literals.OFFLINE_PROFILE_ITEM, FieldbookPackage.Literals.OFFLINE_PROFILE_RELATIONSHIP);
    /** The tables a device does not keep as records. */
    public static final Set<EClass> NOT_ON_DEVICES = Stream.concat(PROFILE_TABLES.stream(),
            Stream.of(FieldbookPackage.Literals.ORGANIZATION_SETTINGS, FieldbookPackage.Literals.SYNC_ERROR,
                    FieldbookPackage.Literals.SYNC_SUMMARY)).collect(Collectors.toUnmodifiableSet());
    /** Columns a device's rows leave out: a note's file, too large for a row, travels in blocks. */
    public static final Set<String> NOT_IN_DEVICE_ROWS = Set.of("documentbody");

    private DeviceTables() {
    }

    public static boolean onDevices(EClass table) {
        return !NOT_ON_DEVICES.contains(table);
    }

    /** @return the fields of the table's rows that a device keeps */
    public static List<DataverseField> fields(DataverseTable table) {
        return table.fields().stream().filter(field -> !NOT_IN_DEVICE_ROWS.contains(field.name())).toList();
    }

    /**
     * @return the Web API's {@code $select} of the key and the kept fields when a device leaves some of the
     *         table's out (so a download never carries a note's file), else null: every column
     */
    public static String selectWhenPartial(DataverseTable table) {
        List<DataverseField> kept = fields(table);
        if (kept.size() == table.fields().size()) {
            return null;
        }
        return table.keyColumn() + "," + kept.stream().map(DataverseField::name).collect(Collectors.joining(","));
    }
}
