package org.fieldbook.backoffice.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.olingo.commons.api.data.Entity;
import org.apache.olingo.commons.api.data.Link;
import org.apache.olingo.commons.api.edm.EdmEntitySet;
import org.apache.olingo.server.api.ODataApplicationException;
import org.apache.olingo.server.api.uri.UriResource;
import org.apache.olingo.server.api.uri.UriResourceNavigation;
import org.apache.olingo.server.api.uri.queryoption.ExpandItem;
import org.apache.olingo.server.api.uri.queryoption.ExpandOption;
import org.fieldbook.jdbc.TableMapping;
import org.fieldbook.model.Record;
import org.fieldbook.model.dataverse.DataverseLookup;
import org.fieldbook.model.dataverse.DataverseSchema;

/**
 * {@code $expand} of single-valued lookups: the rows a page's lookups point at, read with one {@code IN} query
 * per navigation property, attached to the entities as inline navigation links for Olingo to serialize (with
 * the item's nested {@code $select}). A target the user does not reach expands as null, like a missing one.
 */
final class LookupExpansion {

    private final BackOfficeDatabase database;
    private final RowAccess access;

    LookupExpansion(BackOfficeDatabase database, RowAccess access) {
        this.database = database;
        this.access = access;
    }

    /**
     * @param rows the rows of {@code entities}, in the same order
     * @throws ODataApplicationException 400 for an expand item that is not a lookup with at most a {@code $select}
     */
    void expand(ExpandOption option, EdmEntitySet set, TableMapping table, List<Record> rows, List<Entity> entities)
            throws ODataApplicationException {
        if (option == null) {
            return;
        }
        for (ExpandItem item : option.getExpandItems()) {
            attach(navigation(item), set, table, rows, entities);
        }
    }

    /** Links each entity to the row its lookup {@code navigation} points at, or to null. */
    private void attach(String navigation, EdmEntitySet set, TableMapping table, List<Record> rows, List<Entity> entities)
            throws ODataApplicationException {
        DataverseLookup lookup = DataverseSchema.fieldbook().byClass(table.eClass()).orElseThrow().lookups().stream()
                .filter(candidate -> candidate.navigation().equals(navigation)).findFirst()
                .orElseThrow(() -> SqlFilter.badRequest("'" + navigation + "' is not a lookup of " + set.getName() + "."));
        EdmEntitySet targetSet = (EdmEntitySet) set.getRelatedBindingTarget(navigation);
        TableMapping target = targetTable(lookup);
        Map<String, Record> targets = database.findAll(target, keys(rows, lookup), access.rows(target));
        for (int i = 0; i < rows.size(); i++) {
            Record found = targets.get(key(rows.get(i), lookup));
            Link link = new Link();
            link.setTitle(navigation);
            link.setInlineEntity(found == null ? null : RowEntities.entity(targetSet, target, found));
            entities.get(i).getNavigationLinks().add(link);
        }
    }

    private static String navigation(ExpandItem item) throws ODataApplicationException {
        if (item.isStar() || item.isRef() || item.getLevelsOption() != null || item.getFilterOption() != null
                || item.getOrderByOption() != null || item.getTopOption() != null || item.getSkipOption() != null
                || item.getCountOption() != null || item.getSearchOption() != null || item.getExpandOption() != null
                || item.getApplyOption() != null) {
            throw SqlFilter.badRequest("$expand takes navigation properties of lookups by name, with at most a nested $select.");
        }
        List<UriResource> path = item.getResourcePath().getUriResourceParts();
        if (path.size() != 1 || !(path.get(0) instanceof UriResourceNavigation navigation)
                || navigation.getProperty().isCollection()) {
            throw SqlFilter.badRequest("$expand takes single-valued navigation properties only.");
        }
        return navigation.getProperty().getName();
    }

    private TableMapping targetTable(DataverseLookup lookup) throws ODataApplicationException {
        try {
            return database.tables().of(lookup.reference().getEReferenceType());
        } catch (IllegalArgumentException e) {
            throw SqlFilter.badRequest("'" + lookup.navigation() + "' cannot be expanded.");
        }
    }

    private static Set<String> keys(List<Record> rows, DataverseLookup lookup) {
        return rows.stream().map(row -> key(row, lookup)).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    private static String key(Record row, DataverseLookup lookup) {
        return row.eGet(lookup.reference()) instanceof Record target ? target.getId() : null;
    }
}
