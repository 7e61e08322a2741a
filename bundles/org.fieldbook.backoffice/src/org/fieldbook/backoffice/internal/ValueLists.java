package org.fieldbook.backoffice.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.olingo.server.api.ODataApplicationException;
import org.apache.olingo.server.api.uri.UriParameter;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.fieldbook.jdbc.ColumnMapping;
import org.fieldbook.jdbc.TableMapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Dataverse's query functions over a list of values, {@code Microsoft.Dynamics.CRM.In} and {@code Between}
 * ({@code PropertyName='x',PropertyValues=["a","b"]}), as SQL with every value bound and converted to the
 * column's type: text compares case-insensitively, a date-only value of a date column means its whole UTC day.
 */
final class ValueLists {

    /** The most values one {@code In} may list. */
    static final int MAX_VALUES = 500;

    private static final ObjectMapper JSON = new ObjectMapper();

    private ValueLists() {
    }

    static boolean handles(String function) {
        return "In".equals(function) || "Between".equals(function);
    }

    /** @return the condition of {@code In} or {@code Between} with these parameters over {@code table} */
    static SqlFilter translate(TableMapping table, String function, List<UriParameter> parameters) throws ODataApplicationException {
        Column column = Column.of(table, text(parameter(parameters, "PropertyName", function)));
        List<String> values = values(parameter(parameters, "PropertyValues", function), function);
        List<Object> bound = new ArrayList<>();
        if ("Between".equals(function)) {
            if (values.size() != 2) {
                throw SqlFilter.badRequest("Between takes two PropertyValues, the lowest and the highest.");
            }
            Range low = column.range(values.get(0));
            Range high = column.range(values.get(1));
            bound.add(low.from());
            bound.add(high.exact() ? high.from() : high.until());
            return new SqlFilter("(" + column.compared() + " >= ? AND " + column.compared() + (high.exact() ? " <= ?)" : " < ?)"), bound);
        }
        if (values.isEmpty() || values.size() > MAX_VALUES) {
            throw SqlFilter.badRequest("In takes from 1 to " + MAX_VALUES + " PropertyValues.");
        }
        List<String> alternatives = new ArrayList<>();
        for (String value : values) {
            Range range = column.range(value);
            bound.add(range.from());
            if (range.exact()) {
                alternatives.add(column.compared() + " = ?");
            } else {
                bound.add(range.until());
                alternatives.add("(" + column.compared() + " >= ? AND " + column.compared() + " < ?)");
            }
        }
        return new SqlFilter("(" + String.join(" OR ", alternatives) + ")", bound);
    }

    private static String parameter(List<UriParameter> parameters, String name, String function) throws ODataApplicationException {
        return parameters.stream().filter(parameter -> name.equals(parameter.getName()) && parameter.getText() != null)
                .map(UriParameter::getText).findFirst()
                .orElseThrow(() -> SqlFilter.badRequest(function + " needs the parameter " + name + "."));
    }

    private static String text(String literal) {
        return literal.startsWith("'") ? literal.substring(1, literal.length() - 1).replace("''", "'") : literal;
    }

    /** @return the values of a JSON array of strings (or numbers) */
    private static List<String> values(String array, String function) throws ODataApplicationException {
        JsonNode values;
        try {
            values = JSON.readTree(array);
        } catch (JsonProcessingException e) {
            values = null;
        }
        if (values == null || !values.isArray()) {
            throw SqlFilter.badRequest(function + "'s PropertyValues must be a JSON array of strings, like [\"a\",\"b\"].");
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode value : values) {
            if (!value.isTextual() && !value.isNumber()) {
                throw SqlFilter.badRequest(function + "'s PropertyValues must be strings: " + value + " is not.");
            }
            texts.add(value.asText());
        }
        return texts;
    }

    /**
     * The values a column's condition binds for one value: {@code from} alone for an exact value ({@code until}
     * null), or the half-open range {@code [from, until)} for a whole day.
     */
    private record Range(Object from, Object until) {

        static Range exact(Object value) {
            return new Range(value, null);
        }

        boolean exact() {
            return until == null;
        }
    }

    /**
     * A column of a filter with what its values must be.
     *
     * @param type the column's model type, or null for a GUID: the key or a lookup
     */
    private record Column(String name, String sql, EClassifier type) {

        static Column of(TableMapping table, String name) throws ODataApplicationException {
            if (name.equals(table.logicalName() + "id")) {
                return new Column(name, "ID", null);
            }
            for (ColumnMapping column : table.columns()) {
                if (column.dataverseName().equals(name)) {
                    return column.isLookup() ? new Column(name, column.sqlName(), null)
                            : new Column(name, column.sqlName(), column.feature().getEType());
                }
            }
            throw SqlFilter.badRequest("Could not find a property named '" + name + "' on type '" + table.logicalName() + "'.");
        }

        /** @return the SQL the values compare with: text in lower case */
        String compared() {
            return type != null && type.getInstanceClass() == String.class ? "LOWER(" + sql + ")" : sql;
        }

        Range range(String value) throws ODataApplicationException {
            try {
                if (type == null) {
                    return Range.exact(UUID.fromString(value).toString());
                }
                if (type instanceof EEnum) {
                    return Range.exact(Integer.parseInt(value));
                }
                Class<?> kind = type.getInstanceClass();
                if (kind == String.class) {
                    return Range.exact(value.toLowerCase(Locale.ROOT));
                } else if (kind == Instant.class) {
                    return date(value);
                } else if (kind == int.class || kind == Integer.class || kind == long.class || kind == Long.class) {
                    return Range.exact(Long.parseLong(value));
                } else if (kind == double.class) {
                    return Range.exact(Double.parseDouble(value));
                } else if (kind == BigDecimal.class) {
                    return Range.exact(new BigDecimal(value));
                } else if (kind == boolean.class && value.matches("true|false")) {
                    return Range.exact(Boolean.parseBoolean(value));
                }
            } catch (IllegalArgumentException | DateTimeException e) {
                // refused below, with the column's name
            }
            throw SqlFilter.badRequest("'" + value + "' is not a valid value of the property '" + name + "'.");
        }

        private static Range date(String value) {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return new Range(Timestamp.from(day.atStartOfDay(ZoneOffset.UTC).toInstant()),
                        Timestamp.from(day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
            }
            return Range.exact(Timestamp.from(Instant.parse(value)));
        }
    }
}
