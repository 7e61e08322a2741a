package org.fieldbook.backoffice.internal;

import java.util.Optional;

import org.fieldbook.backoffice.internal.FilterTree.Condition;
import org.fieldbook.backoffice.internal.FilterTree.Group;
import org.fieldbook.backoffice.internal.FilterTree.Match;

/**
 * A profile item's filter as Dataverse stores it in {@code profileitementityfilter}: FetchXML, rendered from the
 * one form the back office stores (the {@code $filter} text, read into a {@link FilterTree}). A lookup column
 * {@code _x_value} is FetchXML's attribute {@code x}; {@code contains} is {@code like '%x%'}; {@code on} is a day.
 */
final class FetchXmlRendering {

    private FetchXmlRendering() {
    }

    /**
     * @param table the item's table logical name
     * @param filter the stored {@code $filter}, or null for none
     * @return the FetchXML, empty without a filter
     * @throws ODataFilters.Unreadable for a stored filter the builder's reader cannot take
     */
    static Optional<String> render(String table, String filter) {
        if (filter == null || filter.isBlank()) {
            return Optional.empty();
        }
        StringBuilder xml = new StringBuilder("<fetch version=\"1.0\" mapping=\"logical\"><entity name=\"").append(escape(table))
                .append("\">");
        group(ODataFilters.parse(filter), xml);
        return Optional.of(xml.append("</entity></fetch>").toString());
    }

    private static void group(Group group, StringBuilder xml) {
        xml.append("<filter type=\"").append(group.match() == Match.ALL ? "and" : "or").append("\">");
        for (FilterTree member : group.members()) {
            if (member instanceof Group inner) {
                group(inner, xml);
            } else {
                condition((Condition) member, xml);
            }
        }
        xml.append("</filter>");
    }

    private static void condition(Condition condition, StringBuilder xml) {
        String operator = switch (condition.operator()) {
        case CONTAINS -> "like";
        default -> condition.operator().id();
        };
        xml.append("<condition attribute=\"").append(escape(attribute(condition.column()))).append("\" operator=\"").append(operator)
                .append('"');
        switch (condition.operator().arity()) {
        case NONE -> xml.append("/>");
        case ONE -> xml.append(" value=\"").append(escape(value(condition))).append("\"/>");
        case MANY -> {
            xml.append('>');
            condition.values().forEach(value -> xml.append("<value>").append(escape(value)).append("</value>"));
            xml.append("</condition>");
        }
        }
    }

    private static String value(Condition condition) {
        String value = condition.values().get(0);
        return condition.operator() == FilterOperator.CONTAINS ? "%" + value + "%" : value;
    }

    /** {@code _msdyn_workorder_value} → {@code msdyn_workorder}, as FetchXML names a lookup. */
    private static String attribute(String column) {
        return column.startsWith("_") && column.endsWith("_value") ? column.substring(1, column.length() - "_value".length()) : column;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
