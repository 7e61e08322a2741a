package org.fieldbook.backoffice.console.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.fieldbook.backoffice.internal.FilterCheck;
import org.fieldbook.backoffice.internal.FilterColumns;
import org.fieldbook.backoffice.internal.FilterTree;
import org.fieldbook.backoffice.internal.FilterTreeJson;
import org.fieldbook.backoffice.internal.ODataFilters;
import org.fieldbook.model.dataverse.DataverseTable;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The custom filter builder's side of the editor calls: a stored filter read into the builder's tree (or the
 * reason it cannot be), the tree an admin built checked against the table's columns, written as the filter to
 * store and evaluated once as the Web API will. Reading, checking and writing are the back office's ({@link ODataFilters},
 * {@link FilterColumns}); this only names the form fields their refusals belong beside.
 */
final class FilterBuilder {

    /** @param tree the filter as a tree, null when the builder cannot show it; @param unreadable then why */
    record Shown(JsonNode tree, String unreadable) {
    }

    record ColumnChoice(String name, String kind, List<FilterColumns.Choice> choices) {
    }

    /** @param values how many values the operator takes: none, one or many */
    record OperatorChoice(String id, String label, String values) {
    }

    private final Map<String, FilterColumns> tables;
    private final FilterCheck check;

    /** @param check evaluates a filter as the Web API will, as {@code /fieldbook/v1/} does before it stores one */
    FilterBuilder(List<DataverseTable> tables, FilterCheck check) {
        this.tables = tables.stream().collect(Collectors.toMap(DataverseTable::logicalName, FilterColumns::new));
        this.check = check;
    }

    /** @return for each kind of column (e.g. {@code date}), its operators in the order the builder lists them */
    static Map<String, List<OperatorChoice>> operators() {
        Map<String, List<OperatorChoice>> operators = new LinkedHashMap<>();
        for (FilterColumns.Kind kind : FilterColumns.Kind.values()) {
            operators.put(id(kind), kind.operators().stream()
                    .map(operator -> new OperatorChoice(operator.id(), operator.label(), id(operator.arity()))).toList());
        }
        return operators;
    }

    List<ColumnChoice> columns(String table) {
        return tables.get(table).columns().stream().map(column -> new ColumnChoice(column.name(), id(column.kind()), column.choices()))
                .toList();
    }

    Shown shown(String table, String filter) {
        FilterColumns columns = tables.get(table);
        if (filter == null || columns == null) {
            return new Shown(null, null);
        }
        try {
            FilterTree tree = ODataFilters.parse(filter);
            List<FilterColumns.Problem> problems = columns.check(tree);
            return problems.isEmpty() ? new Shown(FilterTreeJson.write(tree), null)
                    : new Shown(null, "The builder cannot show this filter: " + problems.get(0).message());
        } catch (ODataFilters.Unreadable e) {
            return new Shown(null, e.getMessage());
        }
    }

    /**
     * @return the filter to store for the builder's tree
     * @throws ConsoleCall.Refused 400 beside the condition or group that is wrong
     */
    String stored(String table, JsonNode tree) {
        FilterColumns columns = tables.get(table);
        if (columns == null) {
            throw new ConsoleCall.Refused(400, "The model has no table " + table + ".");
        }
        FilterTree read;
        try {
            read = FilterTreeJson.read(tree);
        } catch (IllegalArgumentException e) {
            throw new ConsoleCall.Refused(400, e.getMessage());
        }
        List<FilterColumns.Problem> problems = columns.check(read);
        if (!problems.isEmpty()) {
            FilterColumns.Problem first = problems.get(0);
            String place = first.place().isEmpty() ? "top" : first.place();
            throw new ConsoleCall.Refused(400, first.message(), first.part().equals("group") ? "group-" + place
                    : "cond-" + place + "-" + first.part());
        }
        String filter = ODataFilters.render(read, columns);
        try {
            check.check(table, filter);
        } catch (IllegalArgumentException e) {
            throw new ConsoleCall.Refused(400, e.getMessage(), "downloadFilter");
        }
        return filter;
    }

    private static String id(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
