package org.fieldbook.backoffice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.fieldbook.backoffice.demo.DemoSize;
import org.fieldbook.model.dataverse.DataverseSchema;
import org.fieldbook.model.dataverse.FetchXml;
import org.fieldbook.model.dataverse.ProfileRelationships;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a device learns through requests a Dataverse organization answers: {@code WhoAmI}, its bookable resource by
 * {@code _userid_value}, and its published offline profile from Dataverse's five profile tables, read-only, with
 * each filter as FetchXML. Answers are read as Dataverse documents them: a function's complex value at the top
 * level, collections under {@code value}, lookups as {@code _x_value}.
 */
class WebApiProfileTablesTest {

    @RegisterExtension
    static final BackOfficeFixture BACK_OFFICE = BackOfficeFixture.withDemo(5, DemoSize.small());

    private static WebApiSession admin;
    private static WebApiSession tech1;
    private static WebApiSession tech2;

    @BeforeAll
    static void start() throws Exception {
        admin = BACK_OFFICE.demoUser("admin");
        tech1 = BACK_OFFICE.demoUser("tech1");
        tech2 = BACK_OFFICE.demoUser("tech2");
    }

    @Test
    void whoAmINamesTheUserWhoseBookableResourceIsFoundByIt() throws Exception {
        JsonNode me = tech1.json("WhoAmI()");

        assertThat(me.path("@odata.context").asText()).endsWith("$metadata#Microsoft.Dynamics.CRM.WhoAmIResponse");
        String userId = me.path("UserId").asText();
        assertThat(BACK_OFFICE.demo().technicianUserIds()).contains(userId);
        assertThat(me.path("OrganizationId").asText()).isEqualTo(tech1.json("organizations").path("value").get(0).path("organizationid").asText());
        assertThat(me.path("BusinessUnitId").asText()).isNotEmpty();
        JsonNode resources = tech1.json("bookableresources?$select=bookableresourceid&$filter=_userid_value%20eq%20" + userId).path("value");
        assertThat(resources).hasSize(1);
        assertThat(resources.get(0).path("bookableresourceid").asText())
                .isEqualTo(tech1.fieldbookApi().json("me").path("bookableresourceid").asText());
    }

    @Test
    void theShippedProfileIsServedAsDataverseRowsWithItsFiltersAsFetchXml() throws Exception {
        String userId = tech1.json("WhoAmI()").path("UserId").asText();
        JsonNode memberships = tech1.json("usermobileofflineprofilememberships?$select=_mobileofflineprofileid_value&$filter=_systemuserid_value%20eq%20"
                + userId).path("value");
        assertThat(memberships).hasSize(1);
        String profileId = memberships.get(0).path("_mobileofflineprofileid_value").asText();
        JsonNode stored = tech1.fieldbookApi().json("me/profile");
        assertThat(profileId).isEqualTo(stored.path("mobileofflineprofileid").asText());

        JsonNode profile = tech1.json("mobileofflineprofiles(" + profileId + ")");
        assertThat(profile.path("name").asText()).isEqualTo(stored.path("name").asText());
        assertThat(profile.path("publishedon").asText()).isNotEmpty();
        JsonNode items = tech1.json("mobileofflineprofileitems?$filter=_regardingobjectid_value%20eq%20" + profileId).path("value");
        assertThat(items).hasSize(stored.path("items").size());
        for (JsonNode expected : stored.path("items")) {
            JsonNode item = item(items, expected.path("selectedentitytypecode").asText());
            assertThat(item.path("recorddistributioncriteria").asInt()).isEqualTo(expected.path("recorddistributioncriteria").asInt());
            assertThat(item.path("syncintervalinminutes").asInt()).isEqualTo(expected.path("syncintervalinminutes").asInt());
            assertThat(relationships(tech1, item)).isEqualTo(triples(expected.path("associations")));
        }
        JsonNode bookings = item(items, "bookableresourcebooking");
        String fetchXml = bookings.path("profileitementityfilter").asText();
        assertThat(fetchXml).startsWith("<fetch").contains("operator=\"last-x-days\"").contains("operator=\"next-x-days\"");
        String storedFilter = item(stored.path("items"), "bookableresourcebooking").path("profileitementityfilter").asText();
        assertThat(FetchXml.toODataFilter(fetchXml, DataverseSchema.fieldbook().byLogicalName("bookableresourcebooking").orElseThrow(),
                new FetchXml.Caller(userId, List.of()))).as("read back, it is the filter stored").contains("(" + storedFilter + ")");
        assertThat(item(items, "msdyn_workorder").path("profileitementityfilter").isNull()).isTrue();
    }

    @Test
    void onlyPublishedDefinitionsAreServedAndTeamsSeeTheirOwnMemberships() throws Exception {
        WebApiSession console = admin.fieldbookApi();
        String draftOnly = WebApiSession.JSON.readTree(console.send("POST", "profiles", "{\"name\":\"Never published\",\"description\":\"\"}")
                .body()).path("mobileofflineprofileid").asText();
        assertThat(console.send("PUT", "teams/boilers/members/tech2", null).statusCode()).isEqualTo(204);
        String shipped = tech2.fieldbookApi().json("me/profile").path("mobileofflineprofileid").asText();
        assertThat(console.send("PUT", "assignments/teams/boilers", "{\"profileid\":\"" + shipped + "\"}").statusCode()).isEqualTo(204);

        assertThat(tech1.json("mobileofflineprofiles?$select=name").path("value").findValuesAsText("name")).doesNotContain("Never published");
        assertThat(tech1.get("mobileofflineprofiles(" + draftOnly + ")").statusCode()).isEqualTo(404);
        JsonNode teams = tech2.json("teammobileofflineprofilememberships").path("value");
        assertThat(teams).hasSize(1);
        assertThat(teams.get(0).path("_mobileofflineprofileid_value").asText()).isEqualTo(shipped);
        assertThat(teams.get(0).path("_teamid_value").asText()).isEqualTo(ProfileTableRows.teamId("boilers"));
        assertThat(tech1.json("teammobileofflineprofilememberships").path("value")).as("tech1 is in no team").isEmpty();
        assertThat(tech1.json("usermobileofflineprofilememberships").path("value")).as("only their own").hasSize(1);
    }

    @Test
    void devicesCannotWriteTheProfileTablesNorFilterThemBeyondEqualities() throws Exception {
        HttpResponse<String> created = tech1.send("POST", "mobileofflineprofiles", "{\"name\":\"Mine\"}", "Content-Type", "application/json");
        assertThat(created.statusCode()).isEqualTo(405);
        assertThat(created.body()).contains("read-only").doesNotContain("Exception");
        HttpResponse<String> filtered = tech1.get("mobileofflineprofiles?$filter=contains(name,'Field')");
        assertThat(filtered.statusCode()).isEqualTo(400);
        assertThat(filtered.body()).contains("eq, ne, and, or and not");
        assertThat(tech1.get("mobileofflineprofiles?$orderby=name").statusCode()).isEqualTo(400);
    }

    @Test
    void theProfileReadsAnswerInsideOneBatch() throws Exception {
        String userId = tech1.json("WhoAmI()").path("UserId").asText();
        HttpResponse<String> batch = tech1.batchOfGets(List.of("WhoAmI()", "usermobileofflineprofilememberships?$filter=_systemuserid_value%20eq%20"
                + userId, "teammobileofflineprofilememberships", "mobileofflineprofiles", "mobileofflineprofileitems",
                "mobileofflineprofileitemassociations", "organizations?$select=isconflictdetectionenabledformobileclient"));

        assertThat(batch.statusCode()).isEqualTo(200);
        assertThat(WebApiBatch.statuses(batch)).containsExactly(200, 200, 200, 200, 200, 200, 200);
        assertThat(batch.body()).contains("\"UserId\":\"" + userId + "\"").contains("relationshipname");
    }

    private static JsonNode item(JsonNode items, String table) {
        for (JsonNode item : items) {
            if (item.path("selectedentitytypecode").asText().equals(table)) {
                return item;
            }
        }
        throw new AssertionError("No item for " + table + " in " + items);
    }

    private static List<String> relationships(WebApiSession session, JsonNode item) throws Exception {
        List<String> triples = new ArrayList<>();
        JsonNode associations = session.json("mobileofflineprofileitemassociations?$filter=_mobileofflineprofileitemid_value%20eq%20"
                + item.path("mobileofflineprofileitemid").asText()).path("value");
        for (JsonNode association : associations) {
            var relationship = ProfileRelationships.resolve(association.path("relationshipname").asText(), DataverseSchema.fieldbook())
                    .orElseThrow();
            triples.add(relationship.getFromTable() + " " + relationship.getLookupColumn() + " " + relationship.getToTable());
        }
        return triples.stream().sorted().toList();
    }

    private static List<String> triples(JsonNode associations) {
        List<String> triples = new ArrayList<>();
        associations.forEach(each -> triples.add(each.path("fromtable").asText() + " " + each.path("lookupcolumn").asText() + " "
                + each.path("totable").asText()));
        return triples.stream().sorted().toList();
    }
}
