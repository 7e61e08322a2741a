package org.fieldbook.backoffice.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.olingo.commons.api.edm.EdmEntitySet;
import org.apache.olingo.commons.api.http.HttpStatusCode;
import org.apache.olingo.server.api.ODataApplicationException;
import org.apache.olingo.server.api.uri.UriInfo;
import org.apache.olingo.server.api.uri.UriResource;
import org.apache.olingo.server.api.uri.UriResourceEntitySet;
import org.apache.olingo.server.api.uri.UriResourceNavigation;
import org.fieldbook.jdbc.TableMapping;
import org.fieldbook.model.Record;
import org.fieldbook.model.dataverse.DataverseLookup;
import org.fieldbook.model.dataverse.DataverseSchema;

/**
 * The row a URL addresses: {@code set(id)}, or {@code set(id)/lookup}, the row a single-valued lookup of it
 * points at. Each row on the way is read with the user's row access. Any other shape is refused, so that no
 * URL is answered with a row it does not name.
 *
 * @param set the entity set of the row
 * @param table its table
 * @param row the row
 */
record AddressedRow(EdmEntitySet set, TableMapping table, Record row) {

    /** Reads a row the user reaches: 404 when there is none, 403 when it is out of their reach. */
    @FunctionalInterface
    interface Rows {
        Record readable(TableMapping table, String id) throws ODataApplicationException;
    }

    /** The table behind an entity set. */
    @FunctionalInterface
    interface Tables {
        TableMapping table(EdmEntitySet set) throws ODataApplicationException;
    }

    /** @return the addressed row, or empty when the lookup the URL follows is null */
    static Optional<AddressedRow> of(UriInfo uriInfo, Rows rows, Tables tables) throws ODataApplicationException {
        List<UriResource> parts = uriInfo.getUriResourceParts();
        UriResourceEntitySet first = only(parts.isEmpty() ? parts : parts.subList(0, 1));
        if (first.getKeyPredicates().isEmpty() || parts.size() > 2) {
            throw refused();
        }
        EdmEntitySet set = first.getEntitySet();
        TableMapping table = tables.table(set);
        Record row = rows.readable(table, first.getKeyPredicates().get(0).getText().toLowerCase(Locale.ROOT));
        if (parts.size() == 1) {
            return Optional.of(new AddressedRow(set, table, row));
        }
        if (!(parts.get(1) instanceof UriResourceNavigation navigation) || navigation.isCollection()
                || !navigation.getKeyPredicates().isEmpty()) {
            throw refused();
        }
        String name = navigation.getProperty().getName();
        DataverseLookup lookup = DataverseSchema.fieldbook().byClass(table.eClass()).orElseThrow().lookups().stream()
                .filter(candidate -> candidate.navigation().equals(name)).findFirst().orElseThrow(AddressedRow::refused);
        if (!(row.eGet(lookup.reference()) instanceof Record target)) {
            return Optional.empty();
        }
        EdmEntitySet targetSet = (EdmEntitySet) set.getRelatedBindingTarget(name);
        TableMapping targetTable = tables.table(targetSet);
        return Optional.of(new AddressedRow(targetSet, targetTable, rows.readable(targetTable, target.getId())));
    }

    /** @return the one segment of a path that names an entity set (with or without a key) and nothing else */
    static UriResourceEntitySet only(List<UriResource> parts) throws ODataApplicationException {
        if (parts.size() != 1 || !(parts.get(0) instanceof UriResourceEntitySet set)) {
            throw refused();
        }
        return set;
    }

    private static ODataApplicationException refused() {
        return new ODataApplicationException("This URL form is not supported: address a row as <set>(<id>), or the row a"
                + " lookup of it points at as <set>(<id>)/<lookup navigation property>.", HttpStatusCode.BAD_REQUEST.getStatusCode(),
                Locale.ROOT, "0x80060888");
    }
}
