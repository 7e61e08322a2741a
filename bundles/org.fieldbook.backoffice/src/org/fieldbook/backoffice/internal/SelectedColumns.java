package org.fieldbook.backoffice.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.olingo.server.api.uri.UriResource;
import org.apache.olingo.server.api.uri.UriResourcePrimitiveProperty;
import org.apache.olingo.server.api.uri.queryoption.SelectItem;
import org.apache.olingo.server.api.uri.queryoption.SelectOption;
import org.fieldbook.jdbc.TableMapping;
import org.fieldbook.model.dataverse.DataverseColumn;
import org.fieldbook.model.dataverse.DataverseSchema;
import org.fieldbook.model.dataverse.DataverseTable;

/**
 * The columns a read has to load: those its {@code $select} names, so that a listing of keys and versions never
 * reads a note's file or a long text it does not return. Without {@code $select} (or with {@code *}) every column,
 * as Dataverse answers. The key, the version (the ETag, delta order) and the lookups (cheap, and what {@code $expand}
 * and {@code set(id)/lookup} follow) are always read.
 */
final class SelectedColumns {

    private static final String VERSION = "versionnumber";

    private SelectedColumns() {
    }

    /** @return {@code table} reading only the columns {@code select} needs, or {@code table} itself for every column */
    static TableMapping of(TableMapping table, SelectOption select) {
        Set<String> selected = names(select);
        if (selected == null) {
            return table;
        }
        DataverseTable dataverse = DataverseSchema.fieldbook().byClass(table.eClass()).orElseThrow();
        Set<String> leftOut = dataverse.columns().stream().map(DataverseColumn::name)
                .filter(name -> !selected.contains(name) && !VERSION.equals(name)).collect(Collectors.toSet());
        return leftOut.isEmpty() ? table : new TableMapping(dataverse, leftOut);
    }

    /** @return the plain property names selected, or null when the selection asks for every column */
    private static Set<String> names(SelectOption select) {
        if (select == null || select.getSelectItems().isEmpty()) {
            return null;
        }
        Set<String> names = new HashSet<>();
        for (SelectItem item : select.getSelectItems()) {
            List<UriResource> path = item.getResourcePath() == null ? List.of() : item.getResourcePath().getUriResourceParts();
            if (item.isStar() || path.size() != 1 || !(path.get(0) instanceof UriResourcePrimitiveProperty property)) {
                return null;
            }
            names.add(property.getProperty().getName());
        }
        return names;
    }
}
