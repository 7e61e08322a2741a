package org.fieldbook.backoffice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.fieldbook.backoffice.demo.DemoSize;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

/** What Dataverse refuses, the back office refuses with Dataverse's error shape, never answering as if it had not been asked. */
class WebApiRefusalsTest {

    @RegisterExtension
    static final BackOfficeFixture BACK_OFFICE = BackOfficeFixture.withDemo(21, new DemoSize(3, 30, 10, 8));

    private static WebApiSession dispatcher;

    @BeforeAll
    static void signIn() throws Exception {
        dispatcher = BACK_OFFICE.demoUser("dispatcher");
    }

    @Test
    void skipSearchAndApplyAreRefusedNamingTheOption() throws Exception {
        assertRefused(dispatcher.get("accounts?$skip=1"), 400, "$skip");
        assertRefused(dispatcher.get("accounts?$search=contoso"), 400, "$search");
        assertRefused(dispatcher.get("accounts?$apply=aggregate($count as total)"), 400, "$apply");
        assertRefused(dispatcher.get("accounts/$count?$search=contoso"), 400, "$search");
    }

    @Test
    void otherQueryOptionsAreRefusedNamingThemAndAnswersAreJsonOnly() throws Exception {
        assertRefused(dispatcher.get("accounts?$compute=name as label"), 400, "$compute");
        assertRefused(dispatcher.get("accounts?$schemaversion=1"), 400, "$schemaversion");
        assertRefused(dispatcher.get("accounts?$levels=2"), 400, "$levels");
        assertRefused(dispatcher.get("accounts?$format=xml"), 406, "JSON only");
        assertRefused(dispatcher.get("accounts?$top=1", "Accept", "application/xml"), 406, "JSON only");
        assertThat(dispatcher.get("accounts?$format=json&$top=1").statusCode()).isEqualTo(200);
    }

    @Test
    void anInventedSkipTokenIsRefused() throws Exception {
        assertRefused(dispatcher.get("accounts?$skiptoken=" + UUID.randomUUID()), 400, "$skiptoken");
        assertRefused(dispatcher.get("accounts?$orderby=name&$skiptoken=o:2"), 400, "$skiptoken");
    }

    @Test
    void aSkipTokenWorksOnlyForTheQueryThatMadeIt() throws Exception {
        String next = dispatcher.json("msdyn_workorders?$orderby=msdyn_name", "Prefer", "odata.maxpagesize=5").path("@odata.nextLink")
                .asText();

        assertThat(dispatcher.get(next).statusCode()).isEqualTo(200);
        assertRefused(dispatcher.get(next.replace("$orderby=msdyn_name", "$orderby=msdyn_name desc")), 400, "$skiptoken");
        assertRefused(dispatcher.get(next.replace("msdyn_workorders?", "accounts?").replace("msdyn_name", "name")), 400, "$skiptoken");
    }

    @Test
    void anInventedOrTamperedDeltaTokenIsRefused() throws Exception {
        String deltaLink = dispatcher.json("accounts", "Prefer", "odata.track-changes").path("@odata.deltaLink").asText();
        String token = deltaLink.substring(deltaLink.indexOf("$deltatoken=") + "$deltatoken=".length());

        assertThat(dispatcher.get(deltaLink).statusCode()).isEqualTo(200);
        assertRefused(dispatcher.get("accounts?$deltatoken=0!" + System.currentTimeMillis() / 1000), 400, "$deltatoken");
        assertRefused(dispatcher.get("contacts?$deltatoken=" + token), 400, "$deltatoken");
    }

    @Test
    void aRelativeDateFunctionOnATextColumnIsRefusedNamingIt() throws Exception {
        assertRefused(dispatcher.get("accounts?$filter=Microsoft.Dynamics.CRM.NextXDays(PropertyName='name',PropertyValue=7)"), 400,
                "'name' is not a date");
    }

    @Test
    void anUnknownPropertyInSelectOrOrderByIsNamed() throws Exception {
        assertRefused(dispatcher.get("accounts?$select=name,nosuchcolumn"), 400, "nosuchcolumn");
        assertRefused(dispatcher.get("accounts?$orderby=othermissingcolumn"), 400, "othermissingcolumn");
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaType() throws Exception {
        String id = UUID.randomUUID().toString();

        assertRefused(dispatcher.send("POST", "accounts", "name=plain", "Content-Type", "text/plain"), 415, "application/json");
        assertRefused(dispatcher.send("PATCH", "accounts(" + id + ")", "name=plain", "Content-Type", "text/plain"), 415,
                "application/json");
        assertThat(dispatcher.get("accounts(" + id + ")").statusCode()).isEqualTo(404);
    }

    /** Asserts the status and Dataverse's error shape, whose message holds {@code named}. */
    static void assertRefused(HttpResponse<String> response, int status, String named) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode error = WebApiSession.JSON.readTree(response.body()).path("error");
        assertThat(error.path("code").asText()).matches("0x[0-9a-f]{8}");
        assertThat(error.path("message").asText()).contains(named).doesNotContain("Exception");
    }
}
