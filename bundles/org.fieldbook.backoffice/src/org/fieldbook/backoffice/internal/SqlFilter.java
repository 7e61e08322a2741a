package org.fieldbook.backoffice.internal;

import java.sql.Timestamp;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.olingo.commons.api.edm.EdmEnumType;
import org.apache.olingo.commons.api.edm.EdmPrimitiveTypeKind;
import org.apache.olingo.commons.api.edm.EdmType;
import org.apache.olingo.commons.api.http.HttpStatusCode;
import org.apache.olingo.server.api.ODataApplicationException;
import org.apache.olingo.server.api.uri.UriParameter;
import org.apache.olingo.server.api.uri.UriResource;
import org.apache.olingo.server.api.uri.UriResourceFunction;
import org.apache.olingo.server.api.uri.UriResourceNavigation;
import org.apache.olingo.server.api.uri.UriResourcePrimitiveProperty;
import org.apache.olingo.server.api.uri.queryoption.OrderByItem;
import org.apache.olingo.server.api.uri.queryoption.OrderByOption;
import org.apache.olingo.server.api.uri.queryoption.expression.BinaryOperatorKind;
import org.apache.olingo.server.api.uri.queryoption.expression.Expression;
import org.apache.olingo.server.api.uri.queryoption.expression.ExpressionVisitException;
import org.apache.olingo.server.api.uri.queryoption.expression.ExpressionVisitor;
import org.apache.olingo.server.api.uri.queryoption.expression.Literal;
import org.apache.olingo.server.api.uri.queryoption.expression.Member;
import org.apache.olingo.server.api.uri.queryoption.expression.MethodKind;
import org.apache.olingo.server.api.uri.queryoption.expression.UnaryOperatorKind;
import org.fieldbook.jdbc.ColumnMapping;
import org.fieldbook.model.dataverse.DataverseColumn;
import org.fieldbook.model.dataverse.DataverseLookup;
import org.fieldbook.model.dataverse.DataverseSchema;
import org.fieldbook.jdbc.TableMapping;

/**
 * A parsed {@code $filter} as a parameterised SQL condition: every value is bound, nothing from the
 * request is ever written into the SQL text. Strings compare case-insensitively, as in Dataverse; the
 * Dataverse date functions are evaluated, in UTC, when the request is served.
 *
 * @param sql the condition, with {@code ?} markers
 * @param parameters the markers' values, in order
 */
record SqlFilter(String sql, List<Object> parameters) {

    /**
     * @param reach the rows of a table the user reaches ({@link RowAccess#rows}), which a column of a looked-up row is
     *        read from: a filter never tests a row its user cannot read
     * @return the condition of {@code filter} over {@code table}'s columns and those of the rows its lookups point at
     */
    static SqlFilter of(Expression filter, TableMapping table, LocalDate today, Function<TableMapping, SqlFilter> reach)
            throws ExpressionVisitException, ODataApplicationException {
        Term term = filter.accept(new Translator(table, today, reach));
        if (term.kind != Kind.CONDITION) {
            throw badRequest("$filter must be a condition on the table's columns, like name eq 'x'.");
        }
        return new SqlFilter(term.sql, term.parameters);
    }

    /** @return a condition both meet; either may be null for none */
    static SqlFilter and(SqlFilter first, SqlFilter second) {
        if (first == null || second == null) {
            return first == null ? second : first;
        }
        List<Object> parameters = new ArrayList<>(first.parameters());
        parameters.addAll(second.parameters());
        return new SqlFilter("(" + first.sql() + ") AND (" + second.sql() + ")", parameters);
    }

    /**
     * @return the {@code ORDER BY} list of {@code $orderby}, ending with the key so that pages are stable,
     *         or null when the request does not order
     */
    static String orderBy(OrderByOption option, TableMapping table, LocalDate today)
            throws ExpressionVisitException, ODataApplicationException {
        if (option == null) {
            return null;
        }
        Translator translator = new Translator(table, today, null);
        List<String> columns = new ArrayList<>();
        for (OrderByItem item : option.getOrders()) {
            Term term = item.getExpression().accept(translator);
            if (term.kind != Kind.COLUMN) {
                throw badRequest("$orderby takes columns only.");
            }
            if (term.longText) {
                throw badRequest("$orderby cannot sort by a multiline text column.");
            }
            columns.add(term.sql + (item.isDescending() ? " DESC" : ""));
        }
        columns.add("ID");
        return String.join(", ", columns);
    }

    /** What a translated piece is: SQL compares columns with values, and joins conditions. */
    private enum Kind {
        COLUMN, VALUE, NULL, CONDITION
    }

    /**
     * A translated piece: its SQL, its values, its kind, whether it is text (compared case-insensitively) and
     * whether it is a multiline text column (a CLOB, which SQL cannot compare).
     */
    private record Term(String sql, List<Object> parameters, Kind kind, boolean text, boolean longText) {

        static Term value(Object value, boolean text) {
            return new Term("?", List.of(value), Kind.VALUE, text, false);
        }

        static Term condition(String sql, Term... parts) {
            List<Object> parameters = new ArrayList<>();
            Stream.of(parts).forEach(part -> parameters.addAll(part.parameters));
            return new Term(sql, parameters, Kind.CONDITION, false, false);
        }
    }

    private static final class Translator implements ExpressionVisitor<Term> {

        private final TableMapping table;
        private final LocalDate today;
        /** Which rows of a looked-up table may be read, or null where looked-up rows may not be used ($orderby) */
        private final Function<TableMapping, SqlFilter> reach;

        Translator(TableMapping table, LocalDate today, Function<TableMapping, SqlFilter> reach) {
            this.table = table;
            this.today = today;
            this.reach = reach;
        }

        @Override
        public Term visitBinaryOperator(BinaryOperatorKind operator, Term left, Term right) throws ODataApplicationException {
            return switch (operator) {
            case AND -> Term.condition("(" + left.sql + " AND " + right.sql + ")", conditions(operator, left, right));
            case OR -> Term.condition("(" + left.sql + " OR " + right.sql + ")", conditions(operator, left, right));
            case EQ, NE, GT, GE, LT, LE -> comparison(operator, left, right);
            default -> throw badRequest("The operator " + operator.toString().toLowerCase(Locale.ROOT) + " is not supported in $filter.");
            };
        }

        private static Term[] conditions(BinaryOperatorKind operator, Term... operands) throws ODataApplicationException {
            for (Term operand : operands) {
                if (operand.kind != Kind.CONDITION) {
                    throw badRequest("'" + operator.toString().toLowerCase(Locale.ROOT) + "' joins conditions on columns, like"
                            + " name eq 'x'.");
                }
            }
            return operands;
        }

        /** A comparison names a column on at least one side, as in Dataverse: {@code 1 eq 1} says nothing of a row. */
        private static Term comparison(BinaryOperatorKind operator, Term left, Term right) throws ODataApplicationException {
            if (left.kind == Kind.CONDITION || right.kind == Kind.CONDITION
                    || (left.kind != Kind.COLUMN && right.kind != Kind.COLUMN)) {
                throw badRequest("A comparison in $filter compares a column with a value or another column, like name eq 'x'.");
            }
            if (right.kind == Kind.NULL || left.kind == Kind.NULL) {
                Term value = right.kind == Kind.NULL ? left : right;
                return Term.condition(value.sql + (operator == BinaryOperatorKind.NE ? " IS NOT NULL" : " IS NULL"), value);
            }
            if (left.longText || right.longText) {
                throw badRequest("A multiline text column can only be compared with null or matched with contains, startswith"
                        + " or endswith.");
            }
            String symbol = switch (operator) {
            case EQ -> "=";
            case NE -> "<>";
            case GT -> ">";
            case GE -> ">=";
            case LT -> "<";
            default -> "<=";
            };
            boolean text = left.text || right.text;
            return Term.condition(lower(left, text) + " " + symbol + " " + lower(right, text), left, right);
        }

        private static String lower(Term term, boolean text) {
            return text ? "LOWER(" + term.sql + ")" : term.sql;
        }

        @Override
        public Term visitBinaryOperator(BinaryOperatorKind operator, Term left, List<Term> right) throws ODataApplicationException {
            throw badRequest("The operator " + operator + " is not supported in $filter.");
        }

        @Override
        public Term visitUnaryOperator(UnaryOperatorKind operator, Term operand) throws ODataApplicationException {
            if (operator == UnaryOperatorKind.NOT && operand.kind == Kind.CONDITION) {
                return Term.condition("NOT (" + operand.sql + ")", operand);
            }
            throw badRequest("The operator " + operator + " is not supported in $filter.");
        }

        @Override
        public Term visitMethodCall(MethodKind method, List<Term> parameters) throws ODataApplicationException {
            if (method != MethodKind.CONTAINS && method != MethodKind.STARTSWITH && method != MethodKind.ENDSWITH) {
                throw badRequest("The function " + method.toString().toLowerCase(Locale.ROOT) + " is not supported in $filter.");
            }
            Term subject = parameters.get(0);
            Term value = parameters.get(1);
            if (subject.kind != Kind.COLUMN) {
                throw badRequest(method.toString().toLowerCase(Locale.ROOT) + " takes a column first, like contains(name,'x').");
            }
            if (value.parameters.size() != 1 || !(value.parameters.get(0) instanceof String text)) {
                throw badRequest(method.toString().toLowerCase(Locale.ROOT) + " needs a text value.");
            }
            String escaped = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            String like = (method == MethodKind.STARTSWITH ? "" : "%") + escaped + (method == MethodKind.ENDSWITH ? "" : "%");
            return Term.condition("LOWER(" + subject.sql + ") LIKE ? ESCAPE '\\'", subject, Term.value(like, true));
        }

        @Override
        public Term visitLiteral(Literal literal) throws ODataApplicationException {
            String text = literal.getText();
            EdmType type = literal.getType();
            if (type == null || "null".equals(text)) {
                return new Term("NULL", List.of(), Kind.NULL, false, false);
            }
            try {
                return switch (EdmPrimitiveTypeKind.valueOfFQN(type.getFullQualifiedName())) {
                case String -> Term.value(text.substring(1, text.length() - 1).replace("''", "'"), true);
                case Guid -> Term.value(text.toLowerCase(Locale.ROOT), false);
                case Boolean -> Term.value(Boolean.parseBoolean(text), false);
                case SByte, Byte, Int16, Int32, Int64 -> Term.value(Long.parseLong(text), false);
                case Decimal, Double, Single -> Term.value(Double.parseDouble(text), false);
                case DateTimeOffset -> Term.value(Timestamp.from(Instant.parse(text)), false);
                case Date -> Term.value(Timestamp.from(LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()), false);
                default -> throw badRequest("Literals of type " + type.getName() + " are not supported in $filter.");
                };
            } catch (IllegalArgumentException | DateTimeException e) {
                throw badRequest("The literal " + text + " is not a valid " + type.getName() + ".");
            }
        }

        @Override
        public Term visitMember(Member member) throws ODataApplicationException {
            List<UriResource> parts = member.getResourcePath().getUriResourceParts();
            if (parts.size() == 1 && parts.get(0) instanceof UriResourcePrimitiveProperty property) {
                return column(property.getProperty().getName());
            }
            if (parts.size() == 1 && parts.get(0) instanceof UriResourceFunction function) {
                return queryFunction(function);
            }
            if (parts.size() == 2 && parts.get(0) instanceof UriResourceNavigation navigation && !navigation.isCollection()
                    && parts.get(1) instanceof UriResourcePrimitiveProperty property && reach != null) {
                return linkedColumn(navigation.getProperty().getName(), property.getProperty().getName());
            }
            throw badRequest("Only properties of the table, of a row a lookup names (lookup/property) and the Dataverse query"
                    + " functions can be used in $filter.");
        }

        /**
         * A column of the row a lookup points at, as Dataverse filters through a single-valued navigation property:
         * read only where the user reaches that row, so a row whose looked-up row they cannot read never matches.
         */
        private Term linkedColumn(String navigation, String name) throws ODataApplicationException {
            DataverseSchema schema = DataverseSchema.fieldbook();
            DataverseLookup lookup = schema.byClass(table.eClass()).orElseThrow().lookups().stream()
                    .filter(candidate -> candidate.navigation().equals(navigation)).findFirst()
                    .orElseThrow(() -> badRequest("'" + navigation + "' is not a lookup of " + table.logicalName() + "."));
            TableMapping target = new TableMapping(schema.byClass(lookup.reference().getEReferenceType()).orElseThrow());
            if (target.sqlTable().equals(table.sqlTable())) {
                throw badRequest("A lookup to a row of the same table cannot be filtered on.");
            }
            Term column = new Translator(target, today, null).column(name);
            SqlFilter where = and(new SqlFilter(target.sqlTable() + ".ID = " + table.sqlTable() + "." + ColumnMapping.sqlName(lookup.column()),
                    List.of()), reach.apply(target));
            return new Term("(SELECT " + target.sqlTable() + "." + column.sql + " FROM " + target.sqlTable() + " WHERE " + where.sql() + ")",
                    where.parameters(), Kind.COLUMN, column.text, column.longText);
        }

        private Term column(String name) throws ODataApplicationException {
            if (name.equals(table.logicalName() + "id")) {
                return new Term("ID", List.of(), Kind.COLUMN, false, false);
            }
            for (ColumnMapping column : table.columns()) {
                if (column.dataverseName().equals(name)) {
                    boolean text = !column.isLookup() && !DataverseColumn.isLookupName(name)
                            && column.feature().getEType().getInstanceClass() == String.class;
                    return new Term(column.sqlName(), List.of(), Kind.COLUMN, text, ColumnLengths.isLongText(column.feature()));
                }
            }
            throw badRequest("Could not find a property named '" + name + "' on type '" + table.logicalName() + "'.");
        }

        /** Dataverse's query functions: those over a list of values, else the date functions. */
        private Term queryFunction(UriResourceFunction function) throws ODataApplicationException {
            String name = function.getFunction().getName();
            if (ValueLists.handles(name)) {
                SqlFilter condition = ValueLists.translate(table, name, function.getParameters());
                return new Term(condition.sql(), condition.parameters(), Kind.CONDITION, false, false);
            }
            return dateFunction(name, parameters(function));
        }

        /** @throws ODataApplicationException 400 unless the property is a date and time column */
        private void requireDate(String name, String function) throws ODataApplicationException {
            boolean date = table.columns().stream().anyMatch(column -> column.dataverseName().equals(name) && !column.isLookup()
                    && column.feature().getEType().getInstanceClass() == Instant.class);
            if (!date) {
                throw badRequest("The property '" + name + "' is not a date and time: " + function + " needs one.");
            }
        }

        private static List<String> parameters(UriResourceFunction function) {
            List<String> texts = new ArrayList<>();
            for (UriParameter parameter : function.getParameters()) {
                String text = parameter.getText();
                texts.add(text.startsWith("'") ? text.substring(1, text.length() - 1).replace("''", "'") : text);
            }
            return texts;
        }

        @Override
        public Term visitAlias(String aliasName) throws ODataApplicationException {
            throw badRequest("Parameter aliases are not supported in $filter.");
        }

        @Override
        public Term visitTypeLiteral(EdmType type) throws ODataApplicationException {
            throw badRequest("Type literals are not supported in $filter.");
        }

        @Override
        public Term visitLambdaReference(String variableName) throws ODataApplicationException {
            throw badRequest("Lambda expressions are not supported in $filter.");
        }

        @Override
        public Term visitLambdaExpression(String function, String variable, Expression expression) throws ODataApplicationException {
            throw badRequest("Lambda expressions are not supported in $filter.");
        }

        @Override
        public Term visitEnum(EdmEnumType type, List<String> values) throws ODataApplicationException {
            throw badRequest("Enumeration literals are not supported in $filter; choices are numbers.");
        }

        /**
         * The Dataverse query functions, as a day range of the named column: Today, LastXDays and
         * NextXDays (today included), OnOrAfter and OnOrBefore a date.
         */
        private Term dateFunction(String function, List<String> arguments) throws ODataApplicationException {
            if (arguments.isEmpty()) {
                throw badRequest(function + " needs the column as PropertyName.");
            }
            Term column = column(arguments.get(0));
            requireDate(arguments.get(0), function);
            LocalDate from;
            LocalDate until;
            try {
                switch (function) {
                case "Today" -> {
                    from = today;
                    until = today.plusDays(1);
                }
                case "NextXDays" -> {
                    from = today;
                    until = today.plusDays(days(arguments) + 1L);
                }
                case "LastXDays" -> {
                    from = today.minusDays(days(arguments));
                    until = today.plusDays(1);
                }
                case "OnOrAfter" -> {
                    from = LocalDate.parse(arguments.get(1));
                    until = LocalDate.MAX;
                }
                case "OnOrBefore" -> {
                    from = LocalDate.MIN;
                    until = LocalDate.parse(arguments.get(1)).plusDays(1);
                }
                default -> throw badRequest("The function " + function + " is not supported in $filter.");
                }
            } catch (DateTimeException | IndexOutOfBoundsException | NumberFormatException e) {
                throw badRequest("The arguments of " + function + " are not valid: " + arguments);
            }
            List<String> bounds = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            if (from != LocalDate.MIN) {
                bounds.add(column.sql + " >= ?");
                values.add(Timestamp.from(from.atStartOfDay(ZoneOffset.UTC).toInstant()));
            }
            if (until != LocalDate.MAX) {
                bounds.add(column.sql + " < ?");
                values.add(Timestamp.from(until.atStartOfDay(ZoneOffset.UTC).toInstant()));
            }
            return new Term("(" + String.join(" AND ", bounds) + ")", values, Kind.CONDITION, false, false);
        }

        private static int days(List<String> arguments) throws ODataApplicationException {
            int days = Integer.parseInt(arguments.get(1));
            if (days < 0 || days > 36_500) {
                throw badRequest("PropertyValue must be a number of days from 0 to 36500.");
            }
            return days;
        }
    }

    static ODataApplicationException badRequest(String message) {
        return new ODataApplicationException(message, HttpStatusCode.BAD_REQUEST.getStatusCode(), Locale.ROOT, "0x80060888");
    }
}
