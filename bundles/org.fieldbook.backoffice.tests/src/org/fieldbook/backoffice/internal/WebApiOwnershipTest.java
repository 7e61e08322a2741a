package org.fieldbook.backoffice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.fieldbook.backoffice.demo.DemoSize;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Dataverse's ownership on the back office's user-owned rows and the teams devices read for an Other data filter: a
 * new row belongs to its creator, in the organization's business unit; owning a row grants no access; a user reads
 * their own teams and memberships only; profile items carry the filter's options, which the profile rules check.
 */
class WebApiOwnershipTest {

    @RegisterExtension
    static final BackOfficeFixture BACK_OFFICE = BackOfficeFixture.withDemo(9, DemoSize.small());

    private static WebApiSession admin;
    private static WebApiSession dispatcher;
    private static WebApiSession tech1;
    private static WebApiSession tech2;

    @BeforeAll
    static void start() throws Exception {
        admin = BACK_OFFICE.demoUser("admin");
        dispatcher = BACK_OFFICE.demoUser("dispatcher");
        tech1 = BACK_OFFICE.demoUser("tech1");
        tech2 = BACK_OFFICE.demoUser("tech2");
        assertThat(admin.fieldbookApi().send("PUT", "teams/north/members/tech1", null).statusCode()).isEqualTo(204);
        assertThat(admin.fieldbookApi().send("PUT", "teams/south/members/tech2", null).statusCode()).isEqualTo(204);
    }

    @Test
    void aNewRowBelongsToItsCreatorInTheOrganizationsBusinessUnitWhateverTheBodySays() throws Exception {
        String id = UUID.randomUUID().toString();
        assertThat(tech1.send("POST", "msdyn_workorders", "{\"msdyn_workorderid\":\"" + id + "\",\"msdyn_name\":\"WO-OWN-1\","
                + "\"_owningbusinessunit_value\":\"" + UUID.randomUUID() + "\"}").statusCode()).isEqualTo(204);

        JsonNode row = tech1.json("msdyn_workorders(" + id + ")?$select=_ownerid_value,_owningbusinessunit_value");
        JsonNode me = tech1.json("WhoAmI()");
        assertThat(row.path("_ownerid_value").asText()).isEqualTo(me.path("UserId").asText());
        assertThat(row.path("_owningbusinessunit_value").asText()).isEqualTo(me.path("BusinessUnitId").asText());
    }

    @Test
    void owningARowGrantsNoAccess() throws Exception {
        String tech2Id = tech2.json("WhoAmI()").path("UserId").asText();
        String workOrder = tech1.json("msdyn_workorders?$select=msdyn_workorderid&$top=1").path("value").get(0).path("msdyn_workorderid").asText();

        assertThat(dispatcher.send("PATCH", "msdyn_workorders(" + workOrder + ")", "{\"_ownerid_value\":\"" + tech2Id + "\"}").statusCode())
                .isEqualTo(204);

        assertThat(tech2.get("msdyn_workorders(" + workOrder + ")").statusCode()).isEqualTo(403);
        assertThat(tech2.json("msdyn_workorders?$select=msdyn_workorderid&$filter=_ownerid_value%20eq%20" + tech2Id).path("value")
                .findValuesAsText("msdyn_workorderid")).doesNotContain(workOrder);
        assertThat(tech1.get("msdyn_workorders(" + workOrder + ")").statusCode()).as("still reached through the booking").isEqualTo(200);
    }

    @Test
    void aUserReadsTheirOwnTeamsAndMembershipsOnly() throws Exception {
        String tech1Id = tech1.json("WhoAmI()").path("UserId").asText();

        JsonNode memberships = tech1.json("teammemberships?$select=teamid&$filter=systemuserid%20eq%20" + tech1Id).path("value");
        assertThat(memberships.findValuesAsText("teamid")).containsExactly(ProfileTableRows.teamId("north"));
        assertThat(tech1.json("teams?$select=name").path("value").findValuesAsText("name")).containsExactly("north");
        assertThat(tech1.json("teammemberships").path("value").findValuesAsText("teamid"))
                .doesNotContain(ProfileTableRows.teamId("south"));
        assertThat(tech1.send("POST", "teammemberships", "{}").statusCode()).isEqualTo(405);
    }

    @Test
    void profileItemsCarryTheOtherDataFiltersOptionsWhichTheRulesCheck() throws Exception {
        WebApiSession console = admin.fieldbookApi();
        String copy = WebApiSession.JSON.readTree(console.send("POST", "profiles", "{\"name\":\"Owned rows\",\"description\":\"\"}").body())
                .path("mobileofflineprofileid").asText();
        assertThat(console.send("POST", "profiles/" + copy + "/items", "{\"selectedentitytypecode\":\"product\","
                + "\"recorddistributioncriteria\":1,\"syncintervalinminutes\":60}").statusCode()).isEqualTo(200);
        assertThat(console.send("POST", "profiles/" + copy + "/items", "{\"selectedentitytypecode\":\"account\","
                + "\"recorddistributioncriteria\":1,\"syncintervalinminutes\":60}").statusCode()).isEqualTo(200);

        assertThat(console.send("PATCH", "profiles/" + copy + "/items/account", "{\"recorddistributioncriteria\":2}").body())
                .contains("takes no rows");
        assertThat(console.send("PATCH", "profiles/" + copy + "/items/product", "{\"recorddistributioncriteria\":2,"
                + "\"recordsownedbyme\":true}").body()).contains("product records no owner");
        assertThat(console.send("PATCH", "profiles/" + copy + "/items/account", "{\"recorddistributioncriteria\":2,"
                + "\"recordsownedbymyteam\":true}").statusCode()).isEqualTo(200);
        assertThat(console.send("POST", "profiles/" + copy + "/publish", null).statusCode()).isEqualTo(200);

        JsonNode items = tech1.json("mobileofflineprofileitems?$select=selectedentitytypecode,recorddistributioncriteria,recordsownedbyme,"
                + "recordsownedbymyteam,recordsownedbymybusinessunit&$filter=_regardingobjectid_value%20eq%20" + copy).path("value");
        JsonNode account = items.findParents("selectedentitytypecode").stream()
                .filter(item -> item.path("selectedentitytypecode").asText().equals("account")).findFirst().orElseThrow();
        assertThat(account.path("recorddistributioncriteria").asInt()).isEqualTo(2);
        assertThat(account.path("recordsownedbymyteam").asBoolean()).isTrue();
        assertThat(account.path("recordsownedbyme").asBoolean()).isFalse();
    }
}
