package org.fieldbook.backoffice.internal;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.apache.olingo.commons.api.edm.EdmEnumType;
import org.apache.olingo.commons.api.edm.EdmType;
import org.apache.olingo.server.api.ODataApplicationException;
import org.apache.olingo.server.api.uri.UriResource;
import org.apache.olingo.server.api.uri.UriResourcePrimitiveProperty;
import org.apache.olingo.server.api.uri.queryoption.expression.BinaryOperatorKind;
import org.apache.olingo.server.api.uri.queryoption.expression.Expression;
import org.apache.olingo.server.api.uri.queryoption.expression.ExpressionVisitException;
import org.apache.olingo.server.api.uri.queryoption.expression.ExpressionVisitor;
import org.apache.olingo.server.api.uri.queryoption.expression.Literal;
import org.apache.olingo.server.api.uri.queryoption.expression.Member;
import org.apache.olingo.server.api.uri.queryoption.expression.MethodKind;
import org.apache.olingo.server.api.uri.queryoption.expression.UnaryOperatorKind;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Evaluates a {@code $filter} on a row held in memory, for the tables the back office derives rather than stores
 * ({@link ProfileTable}): {@code eq}, {@code ne}, {@code and}, {@code or}, {@code not} and parentheses over columns
 * and literals, GUIDs compared without regard to case. Anything else is a 400 naming it.
 */
final class RowMatch implements ExpressionVisitor<Object> {

    private final ObjectNode row;

    private RowMatch(ObjectNode row) {
        this.row = row;
    }

    /** @return whether the row meets the filter */
    static boolean matches(Expression filter, ObjectNode row) throws ODataApplicationException {
        try {
            return filter.accept(new RowMatch(row)) instanceof Boolean met && met;
        } catch (ExpressionVisitException e) {
            throw SqlFilter.badRequest("The filter cannot be evaluated: " + e.getMessage());
        }
    }

    @Override
    public Object visitBinaryOperator(BinaryOperatorKind operator, Object left, Object right) throws ODataApplicationException {
        return switch (operator) {
        case EQ -> Objects.equals(left, right);
        case NE -> !Objects.equals(left, right);
        case AND -> truth(left) && truth(right);
        case OR -> truth(left) || truth(right);
        default -> throw refused("the operator " + operator);
        };
    }

    @Override
    public Object visitBinaryOperator(BinaryOperatorKind operator, Object left, List<Object> right) throws ODataApplicationException {
        throw refused("the operator " + operator);
    }

    @Override
    public Object visitUnaryOperator(UnaryOperatorKind operator, Object operand) throws ODataApplicationException {
        if (operator == UnaryOperatorKind.NOT) {
            return !truth(operand);
        }
        throw refused("the operator " + operator);
    }

    @Override
    public Object visitMethodCall(MethodKind method, List<Object> parameters) throws ODataApplicationException {
        throw refused("the function " + method);
    }

    @Override
    public Object visitLambdaExpression(String function, String variable, Expression expression) throws ODataApplicationException {
        throw refused("lambda expressions");
    }

    /** Literals as comparable text: strings unquoted, everything else (GUIDs, numbers, booleans) in lower case. */
    @Override
    public Object visitLiteral(Literal literal) {
        String text = literal.getText();
        if (literal.getType() == null || "null".equals(text)) {
            return null;
        }
        if (text.startsWith("'") && text.endsWith("'") && text.length() >= 2) {
            return text.substring(1, text.length() - 1).replace("''", "'");
        }
        return text.toLowerCase(Locale.ROOT);
    }

    @Override
    public Object visitMember(Member member) throws ODataApplicationException {
        List<UriResource> parts = member.getResourcePath().getUriResourceParts();
        if (parts.size() != 1 || !(parts.get(0) instanceof UriResourcePrimitiveProperty property)) {
            throw refused("anything but the table's own columns");
        }
        JsonNode value = row.get(property.getProperty().getName());
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isTextual() ? text(property, value.asText()) : value.asText().toLowerCase(Locale.ROOT);
    }

    private static String text(UriResourcePrimitiveProperty property, String value) {
        return property.getProperty().getType().getName().equals("Guid") ? value.toLowerCase(Locale.ROOT) : value;
    }

    @Override
    public Object visitAlias(String aliasName) throws ODataApplicationException {
        throw refused("parameter aliases");
    }

    @Override
    public Object visitTypeLiteral(EdmType type) throws ODataApplicationException {
        throw refused("type literals");
    }

    @Override
    public Object visitLambdaReference(String variableName) throws ODataApplicationException {
        throw refused("lambda expressions");
    }

    @Override
    public Object visitEnum(EdmEnumType type, List<String> values) throws ODataApplicationException {
        throw refused("enumeration literals");
    }

    private static boolean truth(Object value) throws ODataApplicationException {
        if (value instanceof Boolean bool) {
            return bool;
        }
        if ("true".equals(value) || "false".equals(value)) {
            return "true".equals(value);
        }
        throw refused("a condition that is not true or false");
    }

    private static ODataApplicationException refused(String what) {
        return SqlFilter.badRequest("The offline profile tables take eq, ne, and, or and not in $filter, not " + what + ".");
    }
}
