package org.fieldbook.backoffice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.fieldbook.backoffice.demo.DemoSize;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

/** Devices fetch their published offline profile in one request; administrators manage profiles over HTTP. */
class FieldbookApiProfilesTest {

    @RegisterExtension
    static final BackOfficeFixture BACK_OFFICE = BackOfficeFixture.withDemo(3, DemoSize.small());

    private static WebApiSession admin;
    private static WebApiSession tech1;
    private static WebApiSession tech2;
    private static WebApiSession tech3;

    @BeforeAll
    static void start() throws Exception {
        admin = BACK_OFFICE.demoUser("admin").fieldbookApi();
        tech1 = BACK_OFFICE.demoUser("tech1").fieldbookApi();
        tech2 = BACK_OFFICE.demoUser("tech2").fieldbookApi();
        tech3 = BACK_OFFICE.demoUser("tech3").fieldbookApi();
    }

    @Test
    void aTechnicianGetsTheShippedProfileInOneRequest() throws Exception {
        JsonNode profile = tech3.json("me/profile");

        assertThat(profile.path("published").asBoolean()).isTrue();
        JsonNode bookings = item(profile, "bookableresourcebooking");
        assertThat(bookings.path("recorddistributioncriteria").asInt()).isEqualTo(3);
        assertThat(bookings.path("profileitementityfilter").asText()).contains("NextXDays").contains("LastXDays");
        assertThat(item(profile, "msdyn_workorder").path("associations").findValuesAsText("lookupcolumn"))
                .contains("_msdyn_workorder_value");
        assertThat(item(profile, "bookingstatus").path("recorddistributioncriteria").asInt()).isEqualTo(1);
        assertThat(tech3.get("profiles").statusCode()).as("management is for administrators").isEqualTo(403);
    }

    @Test
    void aCopyIsEditedPublishedAndFollowedByItsTeam() throws Exception {
        String shipped = shippedProfileId();
        JsonNode copy = json(admin.send("POST", "profiles/" + shipped + "/copy", "{\"name\":\"Night shift\"}"), 201);
        String night = copy.path("mobileofflineprofileid").asText();
        assertThat(copy.path("managed").asBoolean()).as("a copy gets no release updates").isFalse();

        assertThat(admin.send("PATCH", "profiles/" + night + "/items/msdyn_workorder", "{\"syncintervalinminutes\":30}")
                .statusCode()).isEqualTo(200);
        assertThat(admin.send("PUT", "teams/night/members/tech2", null).statusCode()).isEqualTo(204);
        assertThat(admin.send("PUT", "assignments/teams/night", "{\"profileid\":\"" + night + "\"}").statusCode()).isEqualTo(204);
        HttpResponse<String> beforePublishing = tech2.get("me/profile");

        JsonNode published = admin.json("profiles/" + night).path("published");
        assertThat(json(admin.send("POST", "profiles/" + night + "/publish", null), 200).path("hasunpublishedchanges").asBoolean())
                .isFalse();

        assertThat(published.isNull()).as("never published before").isTrue();
        assertThat(beforePublishing.statusCode()).as("devices keep their cached profile until this one is published")
                .isEqualTo(404);
        assertThat(beforePublishing.body()).contains("an administrator must publish one");
        assertThat(item(tech2.json("me/profile"), "msdyn_workorder").path("syncintervalinminutes").asInt()).isEqualTo(30);
    }

    @Test
    void movingAUserToAnotherProfileNeedsToBeAskedFor() throws Exception {
        String shipped = shippedProfileId();
        String day = json(admin.send("POST", "profiles", "{\"name\":\"Day shift\",\"description\":\"Empty\"}"), 201)
                .path("mobileofflineprofileid").asText();
        assertThat(admin.send("PUT", "assignments/users/tech1", "{\"profileid\":\"" + day + "\"}").statusCode()).isEqualTo(204);

        var refused = admin.send("PUT", "assignments/users/tech1", "{\"profileid\":\"" + shipped + "\"}");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("Day shift");
        assertThat(admin.json("assignments/users/tech1").path("profileid").asText()).isEqualTo(day);

        assertThat(admin.send("PUT", "assignments/users/tech1", "{\"profileid\":\"" + shipped + "\",\"move\":true}").statusCode())
                .isEqualTo(204);
        assertThat(admin.json("assignments/users/tech1").path("profileid").asText()).isEqualTo(shipped);
        assertThat(tech1.json("me/profile").path("mobileofflineprofileid").asText()).isEqualTo(shipped);
    }

    @Test
    void badEditsAreRefusedAndChangeNothing() throws Exception {
        String shipped = shippedProfileId();
        String draftBefore = admin.json("profiles/" + shipped).path("draft").toString();

        assertThat(admin.send("PATCH", "profiles/" + shipped + "/items/msdyn_workorder", "{\"syncintervalinminutes\":2}")
                .statusCode()).isEqualTo(400);
        assertThat(admin.send("POST", "profiles/" + shipped + "/items", "{\"selectedentitytypecode\":\"contoso_widget\","
                + "\"recorddistributioncriteria\":1}").body()).contains("contoso_widget");
        assertThat(admin.send("POST", "profiles/" + shipped + "/items/msdyn_workorder/associations",
                "{\"relationship\":\"nonsense\"}").statusCode()).isEqualTo(400);
        var unknownColumn = admin.send("PATCH", "profiles/" + shipped + "/items/bookableresourcebooking",
                "{\"recorddistributioncriteria\":3,\"profileitementityfilter\":\"contoso_colour eq 'red'\"}");
        assertThat(unknownColumn.statusCode()).isEqualTo(400);
        assertThat(unknownColumn.body()).contains("The filter of bookableresourcebooking does not work");
        assertThat(admin.send("PATCH", "profiles/" + shipped + "/items/bookableresourcebooking",
                "{\"recorddistributioncriteria\":3,\"profileitementityfilter\":\"starttime gt\"}").statusCode()).isEqualTo(400);
        assertThat(admin.send("DELETE", "profiles/" + shipped, null).statusCode()).isEqualTo(409);
        assertThat(admin.send("GET", "profiles/00000000-0000-0000-0000-000000000000", null).statusCode()).isEqualTo(404);

        assertThat(admin.json("profiles/" + shipped).path("draft").toString()).isEqualTo(draftBefore);
    }

    private static String shippedProfileId() throws Exception {
        for (JsonNode profile : admin.json("profiles").path("value")) {
            if (profile.path("managed").asBoolean()) {
                return profile.path("mobileofflineprofileid").asText();
            }
        }
        throw new AssertionError("no shipped profile");
    }

    private static JsonNode item(JsonNode profile, String table) {
        for (JsonNode item : profile.path("items")) {
            if (table.equals(item.path("selectedentitytypecode").asText())) {
                return item;
            }
        }
        throw new AssertionError("no item for " + table + " in " + profile);
    }

    private static JsonNode json(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return WebApiSession.JSON.readTree(response.body());
    }
}
