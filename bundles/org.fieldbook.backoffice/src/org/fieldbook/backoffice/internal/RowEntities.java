package org.fieldbook.backoffice.internal;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.apache.olingo.commons.api.data.Entity;
import org.apache.olingo.commons.api.data.Property;
import org.apache.olingo.commons.api.data.ValueType;
import org.apache.olingo.commons.api.edm.EdmEntitySet;
import org.eclipse.emf.common.util.Enumerator;
import org.fieldbook.jdbc.ColumnMapping;
import org.fieldbook.jdbc.TableMapping;
import org.fieldbook.model.Record;
import org.fieldbook.model.dataverse.DataverseColumn;
import org.fieldbook.model.dataverse.FieldText;

/** Rows as the Olingo entities the Web API serializes. */
final class RowEntities {

    private RowEntities() {
    }

    /** An entity as Dataverse sends it: key, columns, lookups as {@code _x_value} GUIDs, weak ETag. */
    static Entity entity(EdmEntitySet set, TableMapping table, Record row) {
        Entity entity = new Entity();
        entity.addProperty(new Property(null, table.logicalName() + "id", ValueType.PRIMITIVE, UUID.fromString(row.getId())));
        for (ColumnMapping column : table.columns()) {
            entity.addProperty(new Property(null, column.dataverseName(), ValueType.PRIMITIVE, value(column, row)));
        }
        entity.setETag(FieldText.etag(row.getVersionNumber()));
        entity.setId(URI.create(set.getName() + "(" + row.getId() + ")"));
        return entity;
    }

    private static Object value(ColumnMapping column, Record row) {
        Object value = row.eGet(column.feature());
        if (value instanceof Record target) {
            return UUID.fromString(target.getId());
        } else if (value instanceof Instant instant) {
            return Timestamp.from(instant);
        } else if (value instanceof Enumerator choice) {
            return choice.getValue();
        } else if (value instanceof String key && DataverseColumn.isLookupName(column.dataverseName())) {
            return UUID.fromString(key);
        }
        return value;
    }
}
