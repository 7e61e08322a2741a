package org.fieldbook.backoffice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldbook.backoffice.internal.ErrorAnswers.assertError;

import java.net.http.HttpResponse;

import org.fieldbook.backoffice.demo.DemoSize;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A client's malformed request is a 4xx with a JSON error in Dataverse's terms, never a 500 or a Java name. */
class WebApiBadInputTest {

    @RegisterExtension
    static final BackOfficeFixture BACK_OFFICE = BackOfficeFixture.withDemo(13, new DemoSize(3, 30, 10, 8));

    private static WebApiSession tech1;
    private static WebApiSession dispatcher;

    @BeforeAll
    static void signIn() throws Exception {
        tech1 = BACK_OFFICE.demoUser("tech1");
        dispatcher = BACK_OFFICE.demoUser("dispatcher");
    }

    @ParameterizedTest
    @ValueSource(strings = { "true", "1 eq 1", "null eq null", "name eq 'x' or 1 eq 1", "not (1 eq 2)", "'a' eq 'a'" })
    void aFilterThatComparesNoColumnIsRefusedWith400(String filter) throws Exception {
        assertThat(assertError(tech1.get("accounts?$filter=" + filter), 400)).containsAnyOf("column", "boolean");
    }

    @ParameterizedTest
    @ValueSource(strings = { "name add null", "name+add+null", "duration mul 2 gt 3", "(duration mod 2) eq 0" })
    void arithmeticInAFilterIsRefusedWith400(String filter) throws Exception {
        assertThat(assertError(tech1.get("accounts?$filter=" + filter), 400)).contains("arithmetic");
    }

    @Test
    void operatorWordsInsideAStringAreText() throws Exception {
        assertThat(tech1.get("accounts?$filter=name eq 'add or mul'").statusCode()).isEqualTo(200);
    }

    @Test
    void anAcceptHeaderNobodyCanReadStillGetsAJsonError() throws Exception {
        assertError(tech1.get("products/%2e%2e", "Accept", "W/\"1706433692\""), 400);
    }

    @Test
    void aBookingWithoutItsStartIsRefusedNamingTheColumn() throws Exception {
        String message = assertError(dispatcher.send("POST", "bookableresourcebookings", "{}"), 400);

        assertThat(message).contains("'starttime'").doesNotContain("startTime", "Impl");
    }

    @Test
    void aBookingEndingBeforeItStartsIsRefusedInTheColumnsTerms() throws Exception {
        String message = assertError(dispatcher.send("POST", "bookableresourcebookings",
                "{\"starttime\":\"2026-12-03T10:00:00Z\",\"endtime\":\"2026-12-03T09:00:00Z\"}"), 400);

        assertThat(message).contains("endtime", "starttime").doesNotContain("endTime");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "POST | accounts | {\"name\": | ",
        "POST | accounts | [1,2,3] | ",
        "POST | accounts | {\"name\":{\"nested\":1}} | ",
        "POST | accounts | {\"name\":\"x\",\"nosuchcolumn\":1} | ",
        "POST | msdyn_workorders | {\"msdyn_systemstatus\":12345} | ",
        "POST | msdyn_workorders | {\"msdyn_systemstatus\":\"scheduled\"} | ",
        "POST | msdyn_workorders | {\"msdyn_latitude\":\"north\"} | ",
        "POST | msdyn_workorders | {\"msdyn_serviceaccount@odata.bind\":\"/contacts(00000000-0000-0000-0000-000000000001)\"} | ",
        "POST | accounts | {\"nosuchlookup@odata.bind\":\"/accounts(00000000-0000-0000-0000-000000000001)\"} | ",
        "GET | accounts(abc) | | ",
        "GET | accounts(00000000-0000-0000-0000-00000000000g) | | ",
        "GET | accounts?$top=99999999999999 | | ",
        "GET | accounts?$top=-1 | | ",
        "GET | accounts?$top=abc | | ",
        "GET | accounts?$deltatoken=garbage | | ",
        "GET | accounts?$orderby=name%20sideways | | ",
        "GET | accounts?$select=name,, | | ",
        "GET | accounts?$filter=name%20eq%20'unterminated | | ",
        "GET | accounts?$filter=contains(1,'x') | | ",
        "GET | accounts?$filter=Microsoft.Dynamics.CRM.LastXDays() | | ",
        "GET | accounts?$filter=Microsoft.Dynamics.CRM.LastXDays(PropertyName='name',PropertyValue=-5) | | ",
        "GET | bookableresourcebookings?$filter=starttime%20eq%20'yesterday' | | ",
        "PATCH | accounts(00000000-0000-0000-0000-000000000001) | {\"name\":\"x\"} | If-Match=garbage",
        "GET | accounts | | Accept=text/garbage",
        "GET | accounts | | OData-Version=99.0",
        "GET | accounts | | OData-Version=odata.track-changes",
        "GET | accounts | | OData-MaxVersion=four",
    })
    void garbageIsAClientError(String method, String path, String body, String header) throws Exception {
        String[] headers = header == null ? new String[0] : header.split("=", 2);

        HttpResponse<String> response = tech1.send(method, path, body, headers);

        assertThat(response.statusCode()).as(response.body()).isBetween(400, 499);
        assertError(response, response.statusCode());
    }

    @Test
    void aBodyNestedThousandsDeepIsRefusedWith400() throws Exception {
        String deep = "{\"name\":" + "[".repeat(5000) + "]".repeat(5000) + "}";

        assertError(dispatcher.send("POST", "accounts", deep), 400);
        assertError(BACK_OFFICE.demoUser("admin").fieldbookApi().send("POST", "profiles", deep), 400);
    }

    @Test
    void aNegativeOrGarbageMaxPageSizeServesTheDefaultPage() throws Exception {
        assertThat(tech1.json("accounts", "Prefer", "odata.maxpagesize=-5").path("value").isArray()).isTrue();
        assertThat(tech1.json("accounts", "Prefer", "odata.maxpagesize=lots").path("value").isArray()).isTrue();
    }

    @Test
    void topOfZeroAnswersNoRows() throws Exception {
        assertThat(tech1.json("accounts?$top=0").path("value")).isEmpty();
    }
}
