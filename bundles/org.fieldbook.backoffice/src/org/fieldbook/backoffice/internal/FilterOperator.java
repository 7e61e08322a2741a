package org.fieldbook.backoffice.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The builder's operators, named as FetchXML names them ({@code eq}, {@code begins-with}, {@code next-x-days}…;
 * only {@code contains} is FetchXML's {@code like '%x%'}), each with its label and how many values it takes.
 * Which columns offer which is {@link FilterColumns.Kind}'s.
 */
public enum FilterOperator {
    EQ("equals", Arity.ONE),
    NE("does not equal", Arity.ONE),
    CONTAINS("contains", Arity.ONE),
    BEGINS_WITH("begins with", Arity.ONE),
    ENDS_WITH("ends with", Arity.ONE),
    IN("is one of", Arity.MANY),
    LT("is less than", Arity.ONE),
    LE("is at most", Arity.ONE),
    GT("is greater than", Arity.ONE),
    GE("is at least", Arity.ONE),
    ON("on", Arity.ONE),
    ON_OR_AFTER("on or after", Arity.ONE),
    ON_OR_BEFORE("on or before", Arity.ONE),
    TODAY("today", Arity.NONE),
    NEXT_X_DAYS("next X days", Arity.ONE),
    LAST_X_DAYS("last X days", Arity.ONE),
    NULL("is empty", Arity.NONE),
    NOT_NULL("is not empty", Arity.NONE);

    /** How many values a condition with the operator has. */
    public enum Arity {
        NONE, ONE, MANY
    }

    private final String label;
    private final Arity arity;

    FilterOperator(String label, Arity arity) {
        this.label = label;
        this.arity = arity;
    }

    /** @return the name in the tree and in FetchXML, e.g. {@code next-x-days} */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String label() {
        return label;
    }

    public Arity arity() {
        return arity;
    }

    public static Optional<FilterOperator> byId(String id) {
        return Arrays.stream(values()).filter(operator -> operator.id().equals(id)).findFirst();
    }
}
