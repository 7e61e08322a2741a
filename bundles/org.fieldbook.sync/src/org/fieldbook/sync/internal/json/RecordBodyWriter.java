package org.fieldbook.sync.internal.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.fieldbook.model.dataverse.DataverseColumn;
import org.fieldbook.model.dataverse.DataverseLookup;
import org.fieldbook.model.dataverse.DataverseSchema;
import org.fieldbook.model.dataverse.DataverseTable;
import org.fieldbook.store.OutboxEntry;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes the JSON body of an upload from an outbox entry: a create carries its key and every field, an
 * update only the changed ones. The outbox holds values as text; the body gives each its JSON type, and
 * sets lookups through their navigation property, {@code "<nav>@odata.bind": "/<set>(<guid>)"}, as the
 * Web API allows no other way.
 */
public final class RecordBodyWriter {

    private static final JsonFactory JSON = new JsonFactory();
    private static final String BIND = "@odata.bind";

    private final DataverseSchema schema;

    public RecordBodyWriter(DataverseSchema schema) {
        this.schema = schema;
    }

    /**
     * @return the UTF-8 body of the entry's POST (create) or PATCH (update)
     * @throws IllegalArgumentException for a delete, which has no body, an unknown table or column, or a value its
     *         column cannot hold
     */
    public byte[] body(OutboxEntry entry) {
        if (entry.operation() == OutboxEntry.Operation.DELETE) {
            throw new IllegalArgumentException("A delete has no body: " + entry.table() + " " + entry.recordId());
        }
        DataverseTable table = schema.byLogicalName(entry.table())
                .orElseThrow(() -> new IllegalArgumentException("Unknown table " + entry.table()));
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (JsonGenerator json = JSON.createGenerator(body)) {
            json.writeStartObject();
            if (entry.operation() == OutboxEntry.Operation.CREATE) {
                json.writeStringField(table.keyColumn(), entry.recordId());
            }
            for (Map.Entry<String, String> field : entry.changedFields().entrySet()) {
                writeField(json, table, field.getKey(), field.getValue());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write to memory", e);
        }
        return body.toByteArray();
    }

    private void writeField(JsonGenerator json, DataverseTable table, String column, String value) throws IOException {
        Optional<DataverseLookup> lookup = table.lookups().stream().filter(candidate -> candidate.column().equals(column)).findFirst();
        if (lookup.isPresent()) {
            writeBinding(json, lookup.get(), value);
            return;
        }
        DataverseColumn plain = table.columns().stream().filter(candidate -> candidate.name().equals(column)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + column + "' is not a column of " + table.logicalName()));
        json.writeFieldName(column);
        if (value == null) {
            json.writeNull();
        } else {
            writeValue(json, plain, value);
        }
    }

    private void writeBinding(JsonGenerator json, DataverseLookup lookup, String key) throws IOException {
        json.writeFieldName(lookup.navigation() + BIND);
        if (key == null) {
            json.writeNull();
        } else {
            String entitySet = schema.byClass(lookup.reference().getEReferenceType()).orElseThrow().entitySet();
            json.writeString("/" + entitySet + "(" + key + ")");
        }
    }

    /** The outbox's text (as {@code FieldText} wrote it) as the JSON type of its column. */
    private static void writeValue(JsonGenerator json, DataverseColumn column, String text) throws IOException {
        EDataType type = column.attribute().getEAttributeType();
        Object value;
        try {
            value = type instanceof EEnum ? Integer.valueOf(text) : EcoreUtil.createFromString(type, text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid " + type.getName() + " for " + column.name(), e);
        }
        switch (value) {
        case Integer number -> json.writeNumber(number);
        case Long number -> json.writeNumber(number);
        case Double number -> json.writeNumber(number);
        case Boolean flag -> json.writeBoolean(flag);
        default -> json.writeString(EcoreUtil.convertToString(type, value));
        }
    }
}
