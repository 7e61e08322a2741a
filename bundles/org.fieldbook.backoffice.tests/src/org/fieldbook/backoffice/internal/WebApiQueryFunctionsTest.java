package org.fieldbook.backoffice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldbook.backoffice.internal.WebApiRefusalsTest.assertRefused;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.fieldbook.backoffice.demo.DemoSize;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

/** Dataverse's {@code In} and {@code Between} in {@code $filter}, and query strings that write spaces as {@code +}. */
class WebApiQueryFunctionsTest {

    @RegisterExtension
    static final BackOfficeFixture BACK_OFFICE = BackOfficeFixture.withDemo(29, new DemoSize(3, 30, 10, 8));
    private static final String FUNCTION = "Microsoft.Dynamics.CRM.";

    private static WebApiSession dispatcher;

    @BeforeAll
    static void createAccounts() throws Exception {
        dispatcher = BACK_OFFICE.demoUser("dispatcher");
        for (String name : List.of("Alpha Tools", "Beta Tools", "Gamma Tools", "A+B Services")) {
            assertThat(dispatcher.send("POST", "accounts", "{\"accountid\":\"" + UUID.randomUUID() + "\",\"name\":\"" + name + "\"}")
                    .statusCode()).isEqualTo(204);
        }
    }

    @Test
    void inMatchesAnyOfTheValuesIgnoringCase() throws Exception {
        assertThat(names("accounts?$filter=" + FUNCTION + "In(PropertyName='name',PropertyValues=" + array("alpha tools", "Gamma Tools",
                "Nobody") + ")")).containsExactlyInAnyOrder("Alpha Tools", "Gamma Tools");
    }

    @Test
    void inOnAKeyOrLookupTakesGuids() throws Exception {
        JsonNode orders = dispatcher.json("msdyn_workorders?$top=2&$select=_msdyn_serviceaccount_value");
        String first = orders.path("value").get(0).path("_msdyn_serviceaccount_value").asText();
        String second = orders.path("value").get(1).path("_msdyn_serviceaccount_value").asText();

        assertThat(ids("accounts?$filter=" + FUNCTION + "In(PropertyName='accountid',PropertyValues=" + array(first, second) + ")"))
                .containsExactlyInAnyOrder(first, second);
        assertThat(ids("msdyn_workorders?$filter=" + FUNCTION + "In(PropertyName='_msdyn_serviceaccount_value',PropertyValues="
                + array(first) + ")")).isEqualTo(ids("msdyn_workorders?$filter=_msdyn_serviceaccount_value eq " + first));
    }

    @Test
    void betweenIncludesBothEndsAndWholeDays() throws Exception {
        assertThat(names("accounts?$filter=" + FUNCTION + "Between(PropertyName='name',PropertyValues=" + array("Alpha Tools", "beta tools")
                + ")")).contains("Alpha Tools", "Beta Tools").doesNotContain("Gamma Tools")
                .isEqualTo(names("accounts?$filter=name ge 'alpha tools' and name le 'Beta Tools'"));
        String from = "2000-01-01";
        String until = "2100-12-31";
        assertThat(ids("bookableresourcebookings?$filter=" + FUNCTION + "Between(PropertyName='starttime',PropertyValues="
                + array(from, until) + ")")).isNotEmpty().isEqualTo(ids("bookableresourcebookings?$filter=starttime ge " + from
                + "T00:00:00Z and starttime lt 2101-01-01T00:00:00Z"));
        assertThat(ids("msdyn_workorders?$filter=" + FUNCTION + "Between(PropertyName='msdyn_systemstatus',PropertyValues="
                + array("690970000", "690970001") + ")")).isEqualTo(ids("msdyn_workorders?$filter=msdyn_systemstatus le 690970001"));
    }

    @Test
    void demoRowsAreStampedWhenLoadedSoADateOnlyBetweenOfTodayFindsThem() throws Exception {
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        assertThat(ids("msdyn_workorders?$filter=" + FUNCTION + "Between(PropertyName='createdon',PropertyValues=" + array(today, today)
                + ")")).isEqualTo(ids("msdyn_workorders?$filter=createdon ne null")).isNotEmpty();
    }

    @Test
    void valuesOfTheWrongTypeOrCountAreRefused() throws Exception {
        assertRefused(dispatcher.get("bookableresourcebookings?$filter=" + FUNCTION + "In(PropertyName='starttime',PropertyValues="
                + array("tomorrow") + ")"), 400, "starttime");
        assertRefused(dispatcher.get("accounts?$filter=" + FUNCTION + "In(PropertyName='accountid',PropertyValues=" + array("42") + ")"),
                400, "accountid");
        assertRefused(dispatcher.get("accounts?$filter=" + FUNCTION + "Between(PropertyName='name',PropertyValues=" + array("a", "b", "c")
                + ")"), 400, "two");
        List<String> tooMany = new ArrayList<>(Collections.nCopies(ValueLists.MAX_VALUES + 1, "x"));
        assertRefused(dispatcher.get("accounts?$filter=" + FUNCTION + "In(PropertyName='name',PropertyValues="
                + array(tooMany.toArray(String[]::new)) + ")"), 400, Integer.toString(ValueLists.MAX_VALUES));
        assertRefused(dispatcher.get("accounts?$filter=" + FUNCTION + "In(PropertyName='nosuch',PropertyValues=" + array("x") + ")"),
                400, "nosuch");
    }

    @Test
    void plusInAQueryStringIsASpaceAndAnEscapedPlusIsAPlus() throws Exception {
        assertThat(names("accounts?$filter=name+eq+'Alpha+Tools'")).containsExactly("Alpha Tools");
        assertThat(names("accounts?$filter=name+eq+'A%2BB+Services'")).containsExactly("A+B Services");
    }

    @Test
    void pagesOfAQueryWrittenWithPlusFollowTheirNextLinks() throws Exception {
        List<String> seen = new ArrayList<>();
        String next = "msdyn_workorders?$select=msdyn_name&$filter=msdyn_name+ne+'none'&$orderby=msdyn_name+desc";
        while (next != null) {
            JsonNode page = dispatcher.json(next, "Prefer", "odata.maxpagesize=7");
            page.path("value").forEach(row -> seen.add(row.path("msdyn_name").asText()));
            next = page.has("@odata.nextLink") ? page.path("@odata.nextLink").asText() : null;
        }

        assertThat(seen).hasSize(dispatcher.json("msdyn_workorders?$count=true&$top=1").path("@odata.count").asInt())
                .isSortedAccordingTo(Collections.reverseOrder());
    }

    /** @return a JSON array of the values, escaped for a URL */
    private static String array(String... values) {
        return "%5B%22" + String.join("%22,%22", values) + "%22%5D";
    }

    private static List<String> names(String query) throws Exception {
        return dispatcher.json(query).path("value").findValuesAsText("name");
    }

    /** @return the keys of the rows, named by the table of the query: {@code accounts} → {@code accountid} */
    private static List<String> ids(String query) throws Exception {
        String set = query.substring(0, query.indexOf('?'));
        String key = set.substring(0, set.length() - 1) + "id";
        return dispatcher.json(query).path("value").findValuesAsText(key);
    }
}
