package org.fieldbook.backoffice.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.fieldbook.backoffice.internal.FilterColumns.Kind;
import org.fieldbook.backoffice.internal.FilterTree.Condition;
import org.fieldbook.backoffice.internal.FilterTree.Group;
import org.fieldbook.backoffice.internal.FilterTree.Match;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The OData {@code $filter} form of a {@link FilterTree}, the form profiles store and devices send: a
 * reader of the part of {@code $filter} the builder can show, and its writer. The reader takes only what
 * the writer writes (and the same with other spacing and parentheses), so a filter it reads is written back
 * as it was; anything else is refused with the part it could not take, never guessed at.
 */
public final class ODataFilters {

    private static final String FUNCTIONS = "Microsoft.Dynamics.CRM.";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A value written without quotes: a number, a date and time, a GUID, true or false (not a column's name). */
    private static final Pattern VALUE = Pattern.compile("-?\\d[\\w.:+-]*|[0-9a-fA-F]{8}-[0-9a-fA-F-]{27}|true|false");
    private static final Map<String, FilterOperator> COMPARISONS = Map.of("eq", FilterOperator.EQ, "ne", FilterOperator.NE,
            "lt", FilterOperator.LT, "le", FilterOperator.LE, "gt", FilterOperator.GT, "ge", FilterOperator.GE);
    private static final Map<String, FilterOperator> TEXT_FUNCTIONS = Map.of("contains", FilterOperator.CONTAINS,
            "startswith", FilterOperator.BEGINS_WITH, "endswith", FilterOperator.ENDS_WITH);
    private static final Map<String, FilterOperator> DATE_FUNCTIONS = Map.of("Today", FilterOperator.TODAY,
            "NextXDays", FilterOperator.NEXT_X_DAYS, "LastXDays", FilterOperator.LAST_X_DAYS,
            "OnOrAfter", FilterOperator.ON_OR_AFTER, "OnOrBefore", FilterOperator.ON_OR_BEFORE);

    /** A filter the builder cannot show: its message names the part and why. */
    public static final class Unreadable extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message);
        }
    }

    private ODataFilters() {
    }

    /**
     * @return the filter as a tree whose top is a group
     * @throws Unreadable naming the part the builder cannot take
     */
    public static Group parse(String filter) {
        FilterTree tree = new Reader(filter == null ? "" : filter).filter();
        return tree instanceof Group group ? group : new Group(Match.ALL, List.of(tree));
    }

    /**
     * @param columns the table's columns, which decide how values are written (text quoted, numbers not)
     * @throws IllegalArgumentException for a condition on a column the table does not have
     */
    public static String render(FilterTree tree, FilterColumns columns) {
        return render(tree, columns, true);
    }

    private static String render(FilterTree tree, FilterColumns columns, boolean top) {
        if (tree instanceof Group group) {
            if (group.members().size() == 1) {
                return render(group.members().get(0), columns, top);
            }
            String joined = group.members().stream().map(member -> render(member, columns, false))
                    .collect(Collectors.joining(group.match() == Match.ALL ? " and " : " or "));
            return top ? joined : "(" + joined + ")";
        }
        Condition condition = (Condition) tree;
        Kind kind = columns.column(condition.column()).orElseThrow(() -> new IllegalArgumentException("No column " + condition.column()))
                .kind();
        return condition(condition, kind);
    }

    private static String condition(Condition condition, Kind kind) {
        String column = condition.column();
        List<String> values = condition.values();
        FilterOperator operator = condition.operator();
        return switch (operator) {
        case EQ, NE, LT, LE, GT, GE -> column + " " + operator.id() + " " + literal(values.get(0), kind);
        case NULL -> column + " eq null";
        case NOT_NULL -> column + " ne null";
        case CONTAINS -> "contains(" + column + "," + quoted(values.get(0)) + ")";
        case BEGINS_WITH -> "startswith(" + column + "," + quoted(values.get(0)) + ")";
        case ENDS_WITH -> "endswith(" + column + "," + quoted(values.get(0)) + ")";
        case IN -> function("In", column, ",PropertyValues=" + array(values));
        case ON -> function("Between", column, ",PropertyValues=" + array(List.of(values.get(0), values.get(0))));
        case TODAY -> function("Today", column, "");
        case NEXT_X_DAYS -> function("NextXDays", column, ",PropertyValue=" + values.get(0));
        case LAST_X_DAYS -> function("LastXDays", column, ",PropertyValue=" + values.get(0));
        case ON_OR_AFTER -> function("OnOrAfter", column, ",PropertyValue=" + quoted(values.get(0)));
        case ON_OR_BEFORE -> function("OnOrBefore", column, ",PropertyValue=" + quoted(values.get(0)));
        };
    }

    private static String function(String name, String column, String more) {
        return FUNCTIONS + name + "(PropertyName=" + quoted(column) + more + ")";
    }

    private static String literal(String value, Kind kind) {
        return kind == Kind.TEXT || kind == Kind.LONG_TEXT ? quoted(value) : value;
    }

    private static String quoted(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static String array(List<String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A recursive reader of {@code or} over {@code and} over conditions and parenthesised groups. */
    private static final class Reader {

        private final String text;
        private int at;

        Reader(String text) {
            this.text = text;
        }

        FilterTree filter() {
            skipSpace();
            if (at == text.length()) {
                throw new Unreadable("The filter is empty.");
            }
            FilterTree tree = junction(Match.ANY);
            skipSpace();
            if (at < text.length()) {
                throw expected("'and', 'or' or the end of the filter");
            }
            return tree;
        }

        /** @return the members joined by {@code or} (each an {@code and} of members) or by {@code and} */
        private FilterTree junction(Match match) {
            List<FilterTree> members = new ArrayList<>();
            String keyword = match == Match.ANY ? "or" : "and";
            do {
                members.add(match == Match.ANY ? junction(Match.ALL) : member());
            } while (keyword(keyword));
            return members.size() == 1 ? members.get(0) : new Group(match, members);
        }

        private FilterTree member() {
            skipSpace();
            int start = at;
            if (keyword("not")) {
                at = start;
                throw cannotShow("'not'", "the builder has no negated conditions or groups");
            }
            if (symbol('(')) {
                FilterTree inner = junction(Match.ANY);
                require(')');
                return inner;
            }
            String name = word("a column or a function");
            skipSpace();
            return peek('(') ? function(name, start) : comparison(name, start);
        }

        private Condition comparison(String column, int start) {
            skipSpace();
            int operatorAt = at;
            String name = word("an operator (eq, ne, lt, le, gt, ge)");
            FilterOperator operator = COMPARISONS.get(name);
            if (operator == null) {
                at = operatorAt;
                throw expected("an operator (eq, ne, lt, le, gt, ge)");
            }
            skipSpace();
            if (peek('\'')) {
                return new Condition(column, operator, List.of(string()));
            }
            int valueAt = at;
            String value = word("a value");
            if (value.equals("null") && (operator == FilterOperator.EQ || operator == FilterOperator.NE)) {
                return new Condition(column, operator == FilterOperator.EQ ? FilterOperator.NULL : FilterOperator.NOT_NULL, List.of());
            }
            if (!VALUE.matcher(value).matches()) {
                at = valueAt;
                throw cannotShow(text.substring(start, at + value.length()), "the builder compares a column with a value, not with '"
                        + value + "'");
            }
            return new Condition(column, operator, List.of(value));
        }

        private Condition function(String name, int start) {
            FilterOperator textOperator = TEXT_FUNCTIONS.get(name);
            if (textOperator != null) {
                require('(');
                String column = word("a column");
                require(',');
                skipSpace();
                if (!peek('\'')) {
                    throw expected("a text in quotes");
                }
                String value = string();
                require(')');
                return new Condition(column, textOperator, List.of(value));
            }
            if (!name.startsWith(FUNCTIONS)) {
                throw cannotShow(name + "(…)", "the builder has no such function");
            }
            Map<String, Object> parameters = parameters();
            String function = name.substring(FUNCTIONS.length());
            Object column = parameters.get("PropertyName");
            if (!(column instanceof String columnName)) {
                throw cannotShow(text.substring(start, at), "it names no column as PropertyName='…'");
            }
            return dataverseFunction(function, columnName, parameters, text.substring(start, at));
        }

        private static Condition dataverseFunction(String name, String column, Map<String, Object> parameters, String part) {
            FilterOperator dateOperator = DATE_FUNCTIONS.get(name);
            Object value = parameters.get("PropertyValue");
            Object values = parameters.get("PropertyValues");
            if (dateOperator == FilterOperator.TODAY && parameters.size() == 1) {
                return new Condition(column, dateOperator, List.of());
            }
            if (dateOperator != null && dateOperator != FilterOperator.TODAY && value instanceof String one && parameters.size() == 2) {
                return new Condition(column, dateOperator, List.of(one));
            }
            if (name.equals("In") && values instanceof List<?> list && parameters.size() == 2) {
                return new Condition(column, FilterOperator.IN, list.stream().map(String::valueOf).toList());
            }
            if (name.equals("Between") && values instanceof List<?> list && list.size() == 2 && list.get(0).equals(list.get(1))) {
                return new Condition(column, FilterOperator.ON, List.of(String.valueOf(list.get(0))));
            }
            throw cannotShow(part, name.equals("Between") ? "the builder has \"on\" a day, not ranges between two values"
                    : "the builder has no operator for it with these parameters");
        }

        /** @return {@code (Name=value, …)}: a value is a text, a word or number, or a JSON array (as a list of texts) */
        private Map<String, Object> parameters() {
            require('(');
            Map<String, Object> parameters = new LinkedHashMap<>();
            do {
                String name = word("a parameter name");
                require('=');
                skipSpace();
                Object value = peek('\'') ? string() : peek('[') ? array() : word("a parameter value");
                parameters.put(name, value);
            } while (symbol(','));
            require(')');
            return parameters;
        }

        private List<String> array() {
            int start = at;
            boolean quoted = false;
            while (at < text.length() && (quoted || text.charAt(at) != ']')) {
                char c = text.charAt(at++);
                if (c == '\\' && quoted) {
                    at++;
                } else if (c == '"') {
                    quoted = !quoted;
                }
            }
            require(']');
            try {
                JsonNode array = JSON.readTree(text.substring(start, at));
                List<String> values = new ArrayList<>();
                array.forEach(value -> values.add(value.asText()));
                return values;
            } catch (JsonProcessingException e) {
                at = start;
                throw expected("a list of values like [\"a\",\"b\"]");
            }
        }

        private String string() {
            int start = at++;
            StringBuilder value = new StringBuilder();
            while (at < text.length()) {
                char c = text.charAt(at++);
                if (c != '\'') {
                    value.append(c);
                } else if (at < text.length() && text.charAt(at) == '\'') {
                    value.append('\'');
                    at++;
                } else {
                    return value.toString();
                }
            }
            at = start;
            throw expected("a text that ends with a quote");
        }

        private String word(String what) {
            skipSpace();
            int start = at;
            while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || "_.-:+".indexOf(text.charAt(at)) >= 0)) {
                at++;
            }
            if (start == at) {
                throw expected(what);
            }
            return text.substring(start, at);
        }

        private boolean keyword(String keyword) {
            skipSpace();
            int end = at + keyword.length();
            if (text.startsWith(keyword, at) && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)) && text.charAt(end) != '_')) {
                at = end;
                return true;
            }
            return false;
        }

        private boolean symbol(char symbol) {
            skipSpace();
            if (peek(symbol)) {
                at++;
                return true;
            }
            return false;
        }

        private void require(char symbol) {
            if (!symbol(symbol)) {
                throw expected("'" + symbol + "'");
            }
        }

        private boolean peek(char symbol) {
            return at < text.length() && text.charAt(at) == symbol;
        }

        private void skipSpace() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        private Unreadable expected(String what) {
            String rest = text.substring(at);
            String found = rest.isEmpty() ? "the end of the filter" : "'" + (rest.length() > 30 ? rest.substring(0, 30) + "…" : rest) + "'";
            return new Unreadable("Cannot read the filter at character " + (at + 1) + ": expected " + what + ", found " + found + ".");
        }

        private static Unreadable cannotShow(String part, String why) {
            return new Unreadable("The builder cannot show " + part + ": " + why + ".");
        }
    }
}
