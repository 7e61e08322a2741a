package org.fieldbook.model.dataverse;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.eclipse.emf.ecore.EEnum;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reads a profile item's filter as Dataverse stores it, FetchXML, into the {@code $filter} form the device
 * evaluates: comparisons and the {@code Microsoft.Dynamics.CRM} relative-date functions, which
 * {@link org.fieldbook.model.offline.RelativeDates} then resolves in the device's time zone at sync time.
 * <p>
 * It takes the operators profiles use: {@code eq}, {@code ne}, {@code in}, {@code null}, {@code not-null},
 * {@code on-or-after}, {@code on-or-before}, {@code today}, {@code next-x-days}, {@code last-x-days},
 * {@code eq-userid} and {@code eq-useroreuserteams}, in nested {@code and}/{@code or} filters, and an inner
 * {@code link-entity} to the row a lookup points at, whose conditions test that row's columns through the lookup's
 * navigation property ({@code msdyn_workorder/msdyn_systemstatus eq 690970001}). Attributes are checked against
 * their table: a lookup is named as in FetchXML ({@code ownerid}) and read as its {@code _ownerid_value} column.
 * Anything else, an unknown operator or a link the other way among them, is refused with an
 * {@link IllegalArgumentException} naming it, never guessed at.
 */
public final class FetchXml {

    private static final String FUNCTIONS = "Microsoft.Dynamics.CRM.";
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern GUID = Pattern.compile("\\{?[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}\\}?");

    /**
     * Who asks: the ids {@code eq-userid} and {@code eq-useroreuserteams} stand for, and whose rows an Other data
     * filter takes.
     *
     * @param userId the signed-in user's {@code systemuserid}
     * @param teamIds the ids of the teams the user belongs to
     * @param businessUnitId the user's business unit ({@code WhoAmI}'s {@code BusinessUnitId}), or null when unknown
     */
    public record Caller(String userId, List<String> teamIds, String businessUnitId) {

        public Caller {
            teamIds = List.copyOf(teamIds);
        }

        /** A caller whose business unit is not known. */
        public Caller(String userId, List<String> teamIds) {
            this(userId, teamIds, null);
        }
    }

    private final DataverseTable table;
    private final Caller caller;
    /** How the {@code $filter} reaches the table's columns: nothing for the queried table, a navigation for a linked one. */
    private final String path;

    private FetchXml(DataverseTable table, Caller caller, String path) {
        this.table = table;
        this.caller = caller;
        this.path = path;
    }

    /** @return whether the text is FetchXML rather than a {@code $filter} */
    public static boolean isFetchXml(String filter) {
        return filter != null && filter.stripLeading().startsWith("<");
    }

    /**
     * @param table the table the profile item is for; the FetchXML must query it
     * @return the {@code $filter} selecting the same rows, or empty when the FetchXML has no filter (all rows)
     * @throws IllegalArgumentException naming what this device cannot evaluate
     */
    public static Optional<String> toODataFilter(String fetchXml, DataverseTable table, Caller caller) {
        Element entity = entity(parse(fetchXml), table);
        List<String> filters = new FetchXml(table, caller, "").conditions(entity, true);
        return filters.isEmpty() ? Optional.empty() : Optional.of(String.join(" and ", filters));
    }

    /** @param links whether the element may link another table: only the queried entity may, one level deep */
    private List<String> conditions(Element element, boolean links) {
        List<String> filters = new ArrayList<>();
        for (Element child : children(element)) {
            switch (child.getTagName()) {
            case "filter" -> filters.add(filter(child));
            case "link-entity" -> {
                if (!links) {
                    throw unsupported("a <link-entity> inside a <link-entity>");
                }
                filters.add(link(child));
            }
            case "attribute", "all-attributes", "order" -> {
                // what to read and in which order: the device's own requests decide
            }
            default -> throw unsupported("the element <" + child.getTagName() + ">");
            }
        }
        return filters;
    }

    /**
     * An inner link to the row the table's lookup {@code to} points at ({@code from} its key): the rows whose linked
     * row meets the link's filters, or whose lookup is set when it has none. A link from rows of another table that
     * point at this one (one-to-many) would need a lambda over a collection, which devices do not send.
     */
    private String link(Element link) {
        String linked = link.getAttribute("name");
        String type = link.getAttribute("link-type").isEmpty() ? "inner" : link.getAttribute("link-type");
        if (!type.equals("inner")) {
            throw unsupported("a <link-entity> of link-type '" + type + "'");
        }
        String lookupColumn = "_" + link.getAttribute("to") + "_value";
        DataverseLookup lookup = table.lookups().stream().filter(candidate -> candidate.column().equals(lookupColumn)).findFirst()
                .orElseThrow(() -> unsupported("a <link-entity> to " + linked + " through '" + link.getAttribute("to")
                        + "', which is no lookup of " + table.logicalName()));
        DataverseTable target = DataverseSchema.fieldbook().byClass(lookup.reference().getEReferenceType()).orElseThrow();
        if (!target.logicalName().equals(linked) || !target.keyColumn().equals(link.getAttribute("from"))) {
            throw unsupported("a <link-entity> to " + linked + " from '" + link.getAttribute("from") + "' where " + table.logicalName()
                    + "'s " + link.getAttribute("to") + " points at " + target.logicalName() + "'s " + target.keyColumn());
        }
        List<String> filters = new FetchXml(target, caller, path + lookup.navigation() + "/").conditions(link, false);
        return filters.isEmpty() ? path + lookupColumn + " ne null" : String.join(" and ", filters);
    }

    private static Element parse(String fetchXml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // A profile is data from the server: no document types, no external entities.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(fetchXml))).getDocumentElement();
        } catch (SAXException e) {
            throw new IllegalArgumentException("The profile's filter is not well-formed FetchXML: " + e.getMessage(), e);
        } catch (ParserConfigurationException | IOException e) {
            throw new IllegalStateException("Cannot read FetchXML on this device", e);
        }
    }

    private static Element entity(Element fetch, DataverseTable table) {
        if (!fetch.getTagName().equals("fetch")) {
            throw new IllegalArgumentException("The profile's filter is not FetchXML: it starts with <" + fetch.getTagName() + ">");
        }
        List<Element> entities = children(fetch);
        if (entities.size() != 1 || !entities.get(0).getTagName().equals("entity")) {
            throw new IllegalArgumentException("The profile's FetchXML must query one <entity>");
        }
        Element entity = entities.get(0);
        if (!table.logicalName().equals(entity.getAttribute("name"))) {
            throw new IllegalArgumentException("The profile's FetchXML queries " + entity.getAttribute("name") + " where its item is "
                    + table.logicalName());
        }
        return entity;
    }

    private String filter(Element filter) {
        String type = filter.getAttribute("type").isEmpty() ? "and" : filter.getAttribute("type");
        if (!type.equals("and") && !type.equals("or")) {
            throw unsupported("the filter type '" + type + "'");
        }
        List<String> members = new ArrayList<>();
        for (Element child : children(filter)) {
            switch (child.getTagName()) {
            case "condition" -> members.add(condition(child));
            case "filter" -> members.add(filter(child));
            default -> throw unsupported("the element <" + child.getTagName() + ">");
            }
        }
        if (members.isEmpty()) {
            throw new IllegalArgumentException("The profile's FetchXML has an empty <filter>");
        }
        return members.size() == 1 ? members.get(0) : "(" + String.join(" " + type + " ", members) + ")";
    }

    private String condition(Element condition) {
        if (!condition.getAttribute("entityname").isEmpty()) {
            throw unsupported("a condition on the linked table " + condition.getAttribute("entityname"));
        }
        String operator = condition.getAttribute("operator");
        Column column = column(condition.getAttribute("attribute"));
        return switch (operator) {
        case "eq" -> column.name + " eq " + column.literal(value(condition, operator));
        case "ne" -> column.name + " ne " + column.literal(value(condition, operator));
        case "in" -> anyOf(column, values(condition, operator));
        case "null" -> column.name + " eq null";
        case "not-null" -> column.name + " ne null";
        case "today" -> dateFunction("Today", column, null);
        case "next-x-days" -> dateFunction("NextXDays", column, days(value(condition, operator), operator));
        case "last-x-days" -> dateFunction("LastXDays", column, days(value(condition, operator), operator));
        case "on-or-after" -> dateFunction("OnOrAfter", column, "'" + date(value(condition, operator), operator) + "'");
        case "on-or-before" -> dateFunction("OnOrBefore", column, "'" + date(value(condition, operator), operator) + "'");
        case "eq-userid" -> column.name + " eq " + column.literal(caller.userId());
        case "eq-useroreuserteams" -> anyOf(column, whoIncludingTeams());
        default -> throw unsupported("the operator '" + operator + "'");
        };
    }

    private List<String> whoIncludingTeams() {
        List<String> who = new ArrayList<>();
        who.add(caller.userId());
        who.addAll(caller.teamIds());
        return who;
    }

    private static String anyOf(Column column, List<String> values) {
        List<String> each = values.stream().map(value -> column.name + " eq " + column.literal(value)).toList();
        return each.size() == 1 ? each.get(0) : "(" + String.join(" or ", each) + ")";
    }

    private static String dateFunction(String function, Column column, String value) {
        if (!column.date()) {
            throw new IllegalArgumentException("The profile's FetchXML compares " + column.name + ", which holds no date, by " + function);
        }
        return FUNCTIONS + function + "(PropertyName='" + column.name + "'" + (value == null ? "" : ",PropertyValue=" + value) + ")";
    }

    private static String days(String value, String operator) {
        if (!value.matches("\\d{1,5}")) {
            throw new IllegalArgumentException("The profile's FetchXML gives " + operator + " '" + value + "' where it needs a number of days");
        }
        return value;
    }

    /** The calendar day of a date or a date and time: Dataverse compares whole days for these operators. */
    private static LocalDate date(String value, String operator) {
        try {
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("The profile's FetchXML gives " + operator + " '" + value + "' where it needs a date", e);
        }
    }

    private static String value(Element condition, String operator) {
        if (condition.hasAttribute("value")) {
            return condition.getAttribute("value");
        }
        List<String> values = values(condition, operator);
        if (values.size() != 1) {
            throw new IllegalArgumentException("The profile's FetchXML operator '" + operator + "' needs one value");
        }
        return values.get(0);
    }

    private static List<String> values(Element condition, String operator) {
        List<String> values = children(condition).stream().filter(child -> child.getTagName().equals("value"))
                .map(Element::getTextContent).toList();
        if (values.isEmpty()) {
            throw new IllegalArgumentException("The profile's FetchXML operator '" + operator + "' has no <value>");
        }
        return values;
    }

    /** A column of the table as the {@code $filter} names it, and how its values are written there. */
    private record Column(String name, Kind kind) {

        enum Kind {
            TEXT, NUMBER, BOOLEAN, GUID, DATE
        }

        boolean date() {
            return kind == Kind.DATE;
        }

        String literal(String value) {
            boolean fits = switch (kind) {
            case TEXT -> true;
            case NUMBER -> NUMBER.matcher(value).matches();
            case BOOLEAN -> value.equals("true") || value.equals("false") || value.equals("1") || value.equals("0");
            case GUID -> GUID.matcher(value).matches();
            case DATE -> !value.isBlank() && value.chars().noneMatch(c -> c == '\'' || Character.isWhitespace(c));
            };
            if (!fits) {
                throw new IllegalArgumentException("The profile's FetchXML compares " + name + " with '" + value + "', which it cannot hold");
            }
            return switch (kind) {
            case TEXT -> "'" + value.replace("'", "''") + "'";
            case BOOLEAN -> String.valueOf(value.equals("true") || value.equals("1"));
            case GUID -> value.replace("{", "").replace("}", "").toLowerCase(Locale.ROOT);
            default -> value;
            };
        }
    }

    /** A lookup is named {@code ownerid} in FetchXML and read as {@code _ownerid_value} in the Web API. */
    private Column column(String attribute) {
        String lookup = "_" + attribute + "_value";
        if (attribute.equals(table.keyColumn()) || table.lookups().stream().anyMatch(each -> each.column().equals(lookup))) {
            return new Column(path + (attribute.equals(table.keyColumn()) ? attribute : lookup), Column.Kind.GUID);
        }
        for (DataverseColumn column : table.columns()) {
            if (column.name().equals(attribute)) {
                return new Column(path + attribute, kind(column));
            }
            if (column.name().equals(lookup)) {
                return new Column(path + lookup, Column.Kind.GUID);
            }
        }
        throw new IllegalArgumentException("The profile's FetchXML names the attribute '" + attribute + "', which " + table.logicalName()
                + " does not have here");
    }

    private static Column.Kind kind(DataverseColumn column) {
        if (column.attribute().getEAttributeType() instanceof EEnum) {
            return Column.Kind.NUMBER;
        }
        Class<?> type = column.attribute().getEAttributeType().getInstanceClass();
        if (type == String.class) {
            return Column.Kind.TEXT;
        }
        if (type == boolean.class || type == Boolean.class) {
            return Column.Kind.BOOLEAN;
        }
        return type == Instant.class ? Column.Kind.DATE : Column.Kind.NUMBER;
    }

    private static IllegalArgumentException unsupported(String what) {
        return new IllegalArgumentException("The profile's FetchXML uses " + what + ", which this device cannot evaluate");
    }

    private static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }
}
