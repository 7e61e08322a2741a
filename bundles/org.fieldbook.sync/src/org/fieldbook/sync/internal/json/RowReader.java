package org.fieldbook.sync.internal.json;

import java.io.IOException;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.fieldbook.model.Record;
import org.fieldbook.model.dataverse.DataverseField;
import org.fieldbook.model.dataverse.DataverseTable;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Reads one entry of a collection's {@code value}: a row of the table, or a {@code $deletedEntity}. Columns the
 * model does not map and annotations are skipped; the fields may come in any order.
 */
final class RowReader {

    private static final String CONTEXT = "@odata.context";
    private static final String ETAG = "@odata.etag";
    private static final String DELETED_ID = "id";
    private static final String DELETED_ENTITY = "$deletedEntity";

    private final DataverseTable table;
    private final Map<String, DataverseField> fields;

    RowReader(DataverseTable table) {
        this.table = table;
        this.fields = table.fields().stream().collect(Collectors.toUnmodifiableMap(DataverseField::name, Function.identity()));
    }

    /** Reads the object under the cursor and hands it to the batches as a row or a deletion. */
    void read(ResponseCursor cursor, Batches batches) throws IOException {
        JsonParser parser = cursor.parser();
        Record row = (Record) EcoreUtil.create(table.eClass());
        String deletedId = null;
        boolean deletion = false;
        cursor.row(null);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            if (field.equals(table.keyColumn())) {
                row.setId(cursor.guid(field));
                cursor.row(row.getId());
            } else if (field.equals(DELETED_ID)) {
                deletedId = cursor.guid(field);
                cursor.row(deletedId);
            } else if (field.equals(CONTEXT)) {
                deletion = cursor.text(field).endsWith(DELETED_ENTITY);
            } else if (field.equals(ETAG)) {
                row.setVersionNumber(cursor.etagVersion(field));
            } else if (fields.containsKey(field)) {
                ColumnValues.read(cursor, row, fields.get(field));
            } else {
                parser.skipChildren();
            }
        }
        if (deletion) {
            batches.deleted(required(cursor, deletedId, "a deleted entity without its \"id\""));
        } else {
            required(cursor, row.getId(), "a row without its key \"" + table.keyColumn() + "\"");
            batches.row(row);
        }
        cursor.row(null);
    }

    private static String required(ResponseCursor cursor, String key, String problem) throws IOException {
        if (key == null) {
            throw cursor.malformed(null, problem);
        }
        return key;
    }
}
