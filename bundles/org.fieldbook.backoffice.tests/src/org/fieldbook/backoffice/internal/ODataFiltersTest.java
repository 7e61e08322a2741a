package org.fieldbook.backoffice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.fieldbook.backoffice.internal.FilterTree.Condition;
import org.fieldbook.backoffice.internal.FilterTree.Group;
import org.fieldbook.backoffice.internal.FilterTree.Match;
import org.fieldbook.model.dataverse.DataverseSchema;
import org.fieldbook.model.dataverse.DataverseTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The builder's tree read from and written as the {@code $filter} profiles store, and checked against a table's columns. */
class ODataFiltersTest {

    private static final FilterColumns BOOKINGS = columns("bookableresourcebooking");
    private static final FilterColumns WORK_ORDERS = columns("msdyn_workorder");

    @Test
    void theShippedBookingFilterReadsAsFourDateConditionsAndIsWrittenBackAsShipped() throws IOException {
        String shipped = shippedBookingFilter();

        Group tree = ODataFilters.parse(shipped);

        assertThat(tree.match()).isEqualTo(Match.ANY);
        assertThat(tree.members()).containsExactly(
                new Condition("starttime", FilterOperator.LAST_X_DAYS, List.of("7")),
                new Condition("starttime", FilterOperator.NEXT_X_DAYS, List.of("7")),
                new Condition("endtime", FilterOperator.LAST_X_DAYS, List.of("7")),
                new Condition("endtime", FilterOperator.NEXT_X_DAYS, List.of("7")));
        assertThat(BOOKINGS.check(tree)).isEmpty();
        assertThat(ODataFilters.render(tree, BOOKINGS)).isEqualTo(shipped);
    }

    @Test
    void andBindsTighterThanOrAndParenthesesKeepANestedGroup() {
        Group tree = ODataFilters.parse("msdyn_city eq 'Lyon' and (msdyn_priority eq 1 or msdyn_latitude gt 45.5) or msdyn_city eq null");

        assertThat(tree).isEqualTo(new Group(Match.ANY, List.of(
                new Group(Match.ALL, List.of(new Condition("msdyn_city", FilterOperator.EQ, List.of("Lyon")),
                        new Group(Match.ANY, List.of(new Condition("msdyn_priority", FilterOperator.EQ, List.of("1")),
                                new Condition("msdyn_latitude", FilterOperator.GT, List.of("45.5")))))),
                new Condition("msdyn_city", FilterOperator.NULL, List.of()))));
        assertThat(ODataFilters.render(tree, WORK_ORDERS))
                .isEqualTo("(msdyn_city eq 'Lyon' and (msdyn_priority eq 1 or msdyn_latitude gt 45.5)) or msdyn_city eq null");
        assertThat(ODataFilters.parse(ODataFilters.render(tree, WORK_ORDERS))).isEqualTo(tree);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', value = {
        "eq|msdyn_city|msdyn_city eq 'O''Brien Street'|O'Brien Street",
        "ne|msdyn_latitude|msdyn_latitude ne -3.25|-3.25",
        "contains|msdyn_city|contains(msdyn_city,'yon')|yon",
        "begins-with|msdyn_city|startswith(msdyn_city,'Ly')|Ly",
        "ends-with|msdyn_city|endswith(msdyn_city,'on')|on",
        "lt|msdyn_latitude|msdyn_latitude lt 10|10",
        "le|msdyn_latitude|msdyn_latitude le 10|10",
        "gt|msdyn_latitude|msdyn_latitude gt 10|10",
        "ge|msdyn_latitude|msdyn_latitude ge 10|10",
        "eq|_msdyn_serviceaccount_value|_msdyn_serviceaccount_value eq 6c1e2f0a-4b7d-4e55-8f3a-2d9b0c7e1a01|6c1e2f0a-4b7d-4e55-8f3a-2d9b0c7e1a01",
        "eq|msdyn_systemstatus|msdyn_systemstatus eq 690970001|690970001",
        "on|msdyn_completedon|Microsoft.Dynamics.CRM.Between(PropertyName='msdyn_completedon',PropertyValues=[\"2026-12-04\",\"2026-12-04\"])|2026-12-04",
        "on-or-after|msdyn_completedon|Microsoft.Dynamics.CRM.OnOrAfter(PropertyName='msdyn_completedon',PropertyValue='2026-12-04')|2026-12-04",
        "on-or-before|msdyn_completedon|Microsoft.Dynamics.CRM.OnOrBefore(PropertyName='msdyn_completedon',PropertyValue='2026-12-04')|2026-12-04",
        "next-x-days|msdyn_completedon|Microsoft.Dynamics.CRM.NextXDays(PropertyName='msdyn_completedon',PropertyValue=30)|30",
        "last-x-days|msdyn_completedon|Microsoft.Dynamics.CRM.LastXDays(PropertyName='msdyn_completedon',PropertyValue=0)|0",
    })
    void eachOperatorWithAValueRoundTrips(String operator, String column, String filter, String value) {
        roundTrip(filter, new Condition(column, FilterOperator.byId(operator).orElseThrow(), List.of(value)));
    }

    @Test
    void theOperatorsWithoutOrWithManyValuesRoundTrip() {
        roundTrip("msdyn_city eq null", new Condition("msdyn_city", FilterOperator.NULL, List.of()));
        roundTrip("_msdyn_serviceaccount_value ne null", new Condition("_msdyn_serviceaccount_value", FilterOperator.NOT_NULL, List.of()));
        roundTrip("Microsoft.Dynamics.CRM.Today(PropertyName='msdyn_completedon')",
                new Condition("msdyn_completedon", FilterOperator.TODAY, List.of()));
        roundTrip("Microsoft.Dynamics.CRM.In(PropertyName='msdyn_systemstatus',PropertyValues=[\"690970000\",\"690970001\"])",
                new Condition("msdyn_systemstatus", FilterOperator.IN, List.of("690970000", "690970001")));
    }

    private static void roundTrip(String filter, Condition condition) {
        Group tree = ODataFilters.parse(filter);
        assertThat(tree.members()).containsExactly(condition);
        assertThat(WORK_ORDERS.check(tree)).isEmpty();
        assertThat(ODataFilters.render(tree, WORK_ORDERS)).isEqualTo(filter);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "msdyn_city eq|Cannot read the filter at character 14: expected a value, found the end of the filter.",
        "msdyn_city is 'x'|Cannot read the filter at character 12: expected an operator (eq, ne, lt, le, gt, ge), found 'is 'x''.",
        "msdyn_city eq 'Lyon|Cannot read the filter at character 15: expected a text that ends with a quote, found ''Lyon'.",
        "(msdyn_city eq 'x'|Cannot read the filter at character 19: expected ')', found the end of the filter.",
        "msdyn_city eq 'x' xor msdyn_city eq 'y'|Cannot read the filter at character 19: expected 'and', 'or' or the end of the filter, found 'xor msdyn_city eq 'y''.",
        "not (msdyn_city eq 'x')|The builder cannot show 'not': the builder has no negated conditions or groups.",
        "msdyn_city eq msdyn_country|The builder cannot show msdyn_city eq msdyn_country: the builder compares a column with a value, not with 'msdyn_country'.",
        "tolower(msdyn_city) eq 'x'|The builder cannot show tolower(…): the builder has no such function.",
        "Microsoft.Dynamics.CRM.Between(PropertyName='msdyn_latitude',PropertyValues=[\"1\",\"2\"])|The builder cannot show Microsoft.Dynamics.CRM.Between(PropertyName='msdyn_latitude',PropertyValues=[\"1\",\"2\"]): the builder has \"on\" a day, not ranges between two values.",
    })
    void unreadableTextIsRefusedNamingThePart(String filter, String message) {
        assertThatThrownBy(() -> ODataFilters.parse(filter)).isInstanceOf(ODataFilters.Unreadable.class).hasMessage(message);
    }

    @Test
    void anEmptyFilterIsRefused() {
        assertThatThrownBy(() -> ODataFilters.parse("  ")).hasMessage("The filter is empty.");
    }

    @Test
    void theCheckNamesTheConditionAndThePartThatDoNotFitTheTable() {
        Group tree = new Group(Match.ALL, List.of(new Condition("msdyn_city", FilterOperator.CONTAINS, List.of("yon")),
                new Group(Match.ANY, List.of(new Condition("msdyn_nope", FilterOperator.EQ, List.of("1")),
                        new Condition("msdyn_latitude", FilterOperator.CONTAINS, List.of("1")),
                        new Condition("msdyn_latitude", FilterOperator.GT, List.of("north")),
                        new Condition("msdyn_systemstatus", FilterOperator.EQ, List.of("7")),
                        new Condition("msdyn_completedon", FilterOperator.NEXT_X_DAYS, List.of("-1")),
                        new Condition("msdyn_completedon", FilterOperator.TODAY, List.of("1")))),
                new Group(Match.ANY, List.of())));

        assertThat(WORK_ORDERS.check(tree)).containsExactly(
                new FilterColumns.Problem("1-0", "column", "msdyn_workorder has no column msdyn_nope."),
                new FilterColumns.Problem("1-1", "operator", "\"contains\" does not apply to msdyn_latitude."),
                new FilterColumns.Problem("1-2", "value", "'north' is not a number."),
                new FilterColumns.Problem("1-3", "value", "'7' is not one of 690970000 (Unscheduled), 690970001 (Scheduled),"
                        + " 690970002 (In Progress), 690970003 (Completed), 690970004 (Posted), 690970005 (Canceled)."),
                new FilterColumns.Problem("1-4", "value", "'-1' is not a number of days from 0 to 36500."),
                new FilterColumns.Problem("1-5", "value", "\"today\" takes no value."),
                new FilterColumns.Problem("2", "group", "A group needs at least one condition."));
    }

    @Test
    void everyOperatorOnEveryKindOfColumnIsWrittenAsAFilterTheWebApiEvaluates(@TempDir Path data) {
        DataverseSchema schema = DataverseSchema.fieldbook();
        List<String> checked = new ArrayList<>();
        try (BackOfficeDatabase database = BackOfficeDatabase.open(data.resolve("db"))) {
            FilterCheck check = new FilterCheck(database);
            for (FilterColumns.Kind kind : FilterColumns.Kind.values()) {
                DataverseTable table = schema.tables().stream().filter(candidate -> new FilterColumns(candidate).columns().stream()
                        .anyMatch(column -> column.kind() == kind)).findFirst().orElseThrow();
                FilterColumns columns = new FilterColumns(table);
                FilterColumns.Column column = columns.columns().stream().filter(candidate -> candidate.kind() == kind).findFirst().orElseThrow();
                for (FilterOperator operator : kind.operators()) {
                    Condition condition = new Condition(column.name(), operator, sample(column, operator));
                    assertThat(columns.check(condition)).as(condition.toString()).isEmpty();
                    String filter = ODataFilters.render(condition, columns);
                    check.check(table.logicalName(), filter);
                    checked.add(kind + " " + operator);
                }
            }
        }
        assertThat(checked).hasSize(Stream.of(FilterColumns.Kind.values()).mapToInt(kind -> kind.operators().size()).sum());
    }

    private static List<String> sample(FilterColumns.Column column, FilterOperator operator) {
        String one = switch (column.kind()) {
        case TEXT, LONG_TEXT -> "x";
        case NUMBER -> "5";
        case CHOICE -> String.valueOf(column.choices().get(0).value());
        case YES_NO -> "true";
        case LOOKUP -> "6c1e2f0a-4b7d-4e55-8f3a-2d9b0c7e1a01";
        case DATE -> operator == FilterOperator.NEXT_X_DAYS || operator == FilterOperator.LAST_X_DAYS ? "7" : "2026-12-04";
        };
        return switch (operator.arity()) {
        case NONE -> List.of();
        case ONE -> List.of(one);
        case MANY -> List.of(one, one);
        };
    }

    @Test
    void theTreeTravelsAsJsonAndBack() {
        Group tree = ODataFilters.parse("msdyn_city eq 'Lyon' and (msdyn_priority eq 1 or msdyn_latitude gt 45.5)");

        assertThat(FilterTreeJson.read(FilterTreeJson.write(tree))).isEqualTo(tree);
        assertThat(FilterTreeJson.write(tree).path("members").get(1).path("match").asText()).isEqualTo("any");
        assertThatThrownBy(() -> FilterTreeJson.read(new ObjectMapper().createArrayNode())).hasMessage("A filter is a group of conditions.");
    }

    private static FilterColumns columns(String table) {
        return new FilterColumns(DataverseSchema.fieldbook().byLogicalName(table).orElseThrow());
    }

    private static String shippedBookingFilter() throws IOException {
        try (InputStream in = FilterCheck.class.getResourceAsStream("/profiles/default-profile.json")) {
            return new ObjectMapper().readTree(in).path("profile").path("items").get(0).path("profileitementityfilter").asText();
        }
    }
}
