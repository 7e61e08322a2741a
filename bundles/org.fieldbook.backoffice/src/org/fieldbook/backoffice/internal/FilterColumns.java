package org.fieldbook.backoffice.internal;

import static org.fieldbook.backoffice.internal.FilterOperator.BEGINS_WITH;
import static org.fieldbook.backoffice.internal.FilterOperator.CONTAINS;
import static org.fieldbook.backoffice.internal.FilterOperator.ENDS_WITH;
import static org.fieldbook.backoffice.internal.FilterOperator.EQ;
import static org.fieldbook.backoffice.internal.FilterOperator.GE;
import static org.fieldbook.backoffice.internal.FilterOperator.GT;
import static org.fieldbook.backoffice.internal.FilterOperator.IN;
import static org.fieldbook.backoffice.internal.FilterOperator.LAST_X_DAYS;
import static org.fieldbook.backoffice.internal.FilterOperator.LE;
import static org.fieldbook.backoffice.internal.FilterOperator.LT;
import static org.fieldbook.backoffice.internal.FilterOperator.NE;
import static org.fieldbook.backoffice.internal.FilterOperator.NEXT_X_DAYS;
import static org.fieldbook.backoffice.internal.FilterOperator.NOT_NULL;
import static org.fieldbook.backoffice.internal.FilterOperator.NULL;
import static org.fieldbook.backoffice.internal.FilterOperator.ON;
import static org.fieldbook.backoffice.internal.FilterOperator.ON_OR_AFTER;
import static org.fieldbook.backoffice.internal.FilterOperator.ON_OR_BEFORE;
import static org.fieldbook.backoffice.internal.FilterOperator.TODAY;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.fieldbook.model.dataverse.DataverseColumn;
import org.fieldbook.model.dataverse.DataverseTable;

/**
 * A table's columns as the filter builder offers them, each of a kind that decides its operators and values,
 * and the check of a {@link FilterTree} against them: every problem with the place of its condition, so the
 * console shows it beside that row.
 */
public final class FilterColumns {

    /** The kinds of column, with the operators the back office evaluates on each. */
    public enum Kind {
        TEXT(EQ, NE, CONTAINS, BEGINS_WITH, ENDS_WITH, IN, NULL, NOT_NULL),
        LONG_TEXT(CONTAINS, BEGINS_WITH, ENDS_WITH, NULL, NOT_NULL),
        NUMBER(EQ, NE, LT, LE, GT, GE, IN, NULL, NOT_NULL),
        CHOICE(EQ, NE, IN, NULL, NOT_NULL),
        YES_NO(EQ, NE),
        LOOKUP(EQ, NE, IN, NULL, NOT_NULL),
        DATE(ON, ON_OR_AFTER, ON_OR_BEFORE, TODAY, NEXT_X_DAYS, LAST_X_DAYS, NULL, NOT_NULL);

        private final List<FilterOperator> operators;

        Kind(FilterOperator... operators) {
            this.operators = List.of(operators);
        }

        public List<FilterOperator> operators() {
            return operators;
        }
    }

    /** A choice column's value and its label. */
    public record Choice(int value, String label) {
    }

    /** @param choices for a choice column, the values it takes; empty for the others */
    public record Column(String name, Kind kind, List<Choice> choices) {
    }

    /** Something wrong with one condition or group, at {@code place} (indexes from the top group, e.g. {@code 1-0}). */
    public record Problem(String place, String part, String message) {
    }

    private final DataverseTable table;
    private final List<Column> columns;

    public FilterColumns(DataverseTable table) {
        this.table = table;
        List<Column> all = new ArrayList<>();
        all.add(new Column(table.keyColumn(), Kind.LOOKUP, List.of()));
        table.columns().forEach(column -> all.add(column(column)));
        table.lookups().forEach(lookup -> all.add(new Column(lookup.column(), Kind.LOOKUP, List.of())));
        all.sort(Comparator.comparing(Column::name));
        this.columns = List.copyOf(all);
    }

    public List<Column> columns() {
        return columns;
    }

    public Optional<Column> column(String name) {
        return columns.stream().filter(column -> column.name().equals(name)).findFirst();
    }

    private static Column column(DataverseColumn column) {
        if (DataverseColumn.isLookupName(column.name())) {
            return new Column(column.name(), Kind.LOOKUP, List.of()); // another row's key, a GUID in the Web API
        }
        EClassifier type = column.attribute().getEType();
        if (type instanceof EEnum choice) {
            return new Column(column.name(), Kind.CHOICE, choice.getELiterals().stream()
                    .map(literal -> new Choice(literal.getValue(), literal.getLiteral())).toList());
        }
        Class<?> kind = type.getInstanceClass();
        Kind of;
        if (kind == String.class) {
            of = ColumnLengths.isLongText(column.attribute()) ? Kind.LONG_TEXT : Kind.TEXT;
        } else if (kind == Instant.class) {
            of = Kind.DATE;
        } else if (kind == boolean.class || kind == Boolean.class) {
            of = Kind.YES_NO;
        } else {
            of = Kind.NUMBER;
        }
        return new Column(column.name(), of, List.of());
    }

    /** @return what is wrong with the tree on this table, empty when nothing is */
    public List<Problem> check(FilterTree tree) {
        List<Problem> problems = new ArrayList<>();
        check(tree, "", problems);
        return problems;
    }

    private void check(FilterTree tree, String place, List<Problem> problems) {
        if (tree instanceof FilterTree.Group group) {
            if (group.members().isEmpty()) {
                problems.add(new Problem(place, "group", "A group needs at least one condition."));
            }
            for (int index = 0; index < group.members().size(); index++) {
                check(group.members().get(index), place.isEmpty() ? String.valueOf(index) : place + "-" + index, problems);
            }
        } else if (tree instanceof FilterTree.Condition condition) {
            problem(condition).map(problem -> new Problem(place, problem.part(), problem.message())).ifPresent(problems::add);
        }
    }

    private Optional<Problem> problem(FilterTree.Condition condition) {
        Column column = column(condition.column()).orElse(null);
        if (column == null) {
            return Optional.of(new Problem("", "column", condition.column() == null || condition.column().isBlank()
                    ? "Choose a column." : table.logicalName() + " has no column " + condition.column() + "."));
        }
        if (condition.operator() == null || !column.kind().operators().contains(condition.operator())) {
            return Optional.of(new Problem("", "operator", condition.operator() == null ? "Choose an operator."
                    : "\"" + condition.operator().label() + "\" does not apply to " + column.name() + "."));
        }
        return valueProblem(column, condition).map(message -> new Problem("", "value", message));
    }

    private static Optional<String> valueProblem(Column column, FilterTree.Condition condition) {
        List<String> values = condition.values().stream().filter(value -> !value.isBlank()).toList();
        FilterOperator.Arity arity = condition.operator().arity();
        if (arity == FilterOperator.Arity.NONE) {
            return condition.values().isEmpty() ? Optional.empty() : Optional.of("\"" + condition.operator().label() + "\" takes no value.");
        }
        if (values.isEmpty()) {
            return Optional.of(arity == FilterOperator.Arity.ONE ? "Enter a value." : "Enter at least one value.");
        }
        if (arity == FilterOperator.Arity.ONE && condition.values().size() != 1) {
            return Optional.of("Enter one value.");
        }
        Predicate<String> valid = validity(column, condition.operator());
        return condition.values().stream().filter(valid.negate()).findFirst()
                .map(value -> "'" + value + "' is not " + expected(column, condition.operator()) + ".");
    }

    private static Predicate<String> validity(Column column, FilterOperator operator) {
        if (operator == NEXT_X_DAYS || operator == LAST_X_DAYS) {
            return value -> value.matches("\\d{1,5}") && Integer.parseInt(value) <= 36_500;
        }
        return switch (column.kind()) {
        case TEXT, LONG_TEXT -> value -> !value.isBlank();
        case NUMBER -> value -> parses(() -> new BigDecimal(value));
        case CHOICE -> value -> column.choices().stream().anyMatch(choice -> String.valueOf(choice.value()).equals(value));
        case YES_NO -> value -> value.equals("true") || value.equals("false");
        case LOOKUP -> value -> parses(() -> UUID.fromString(value).toString().equals(value.toLowerCase(Locale.ROOT)) ? value : null);
        case DATE -> value -> value.length() == 10 && parses(() -> LocalDate.parse(value));
        };
    }

    private static String expected(Column column, FilterOperator operator) {
        if (operator == NEXT_X_DAYS || operator == LAST_X_DAYS) {
            return "a number of days from 0 to 36500";
        }
        return switch (column.kind()) {
        case NUMBER -> "a number";
        case CHOICE -> "one of " + String.join(", ", column.choices().stream().map(choice -> choice.value() + " (" + choice.label() + ")").toList());
        case YES_NO -> "true or false";
        case LOOKUP -> "a row's id (a GUID)";
        case DATE -> "a date like 2026-12-04";
        default -> "a text";
        };
    }

    private static boolean parses(Supplier<Object> parse) {
        try {
            return parse.get() != null;
        } catch (IllegalArgumentException | DateTimeException e) {
            return false;
        }
    }
}
