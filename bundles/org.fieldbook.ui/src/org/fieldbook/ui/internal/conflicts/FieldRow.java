package org.fieldbook.ui.internal.conflicts;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.fieldbook.model.Conflict;
import org.fieldbook.model.FieldValue;

/**
 * One field of a conflict, side by side: the value both sides started from, the technician's and the server's.
 *
 * @param column the Dataverse column
 */
record FieldRow(String column, String base, String mine, String server) {

    /** @return every field at stake in the conflict, in the order the conflict names them */
    static List<FieldRow> of(Conflict conflict) {
        Map<String, String> base = values(conflict.getBaseValues());
        Map<String, String> mine = values(conflict.getLocalValues());
        Map<String, String> server = values(conflict.getServerValues());
        Set<String> columns = new LinkedHashSet<>(mine.keySet());
        columns.addAll(server.keySet());
        return columns.stream()
                .map(column -> new FieldRow(column, base.get(column), mine.get(column), server.get(column))).toList();
    }

    FieldChange change() {
        return FieldChange.of(!Objects.equals(mine, base), !Objects.equals(server, base));
    }

    private static Map<String, String> values(List<FieldValue> values) {
        Map<String, String> byColumn = new LinkedHashMap<>();
        values.forEach(value -> byColumn.put(value.getColumn(), value.getValue()));
        return byColumn;
    }
}
