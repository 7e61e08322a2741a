package org.fieldbook.backoffice.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.fieldbook.backoffice.BackOfficeServer;
import org.fieldbook.backoffice.Role;
import org.fieldbook.backoffice.demo.DemoSize;
import org.fieldbook.backoffice.internal.BackOfficeFixture;
import org.fieldbook.backoffice.internal.WebApiSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * An admin puts users and teams on a profile, moves them from another profile and takes them off, by the
 * back office's assignment rules. Each test has its own profile and its own people, set up over
 * {@code /fieldbook/v1/}.
 */
class ConsolePeopleTest {

    @RegisterExtension
    static final BackOfficeFixture BACK_OFFICE = BackOfficeFixture.withDemo(15, new DemoSize(3, 6, 3, 3));
    @RegisterExtension
    static final ConsoleBrowser BROWSER = new ConsoleBrowser();
    private static final AtomicInteger RUNS = new AtomicInteger();

    private ConsoleSite site;
    private WebApiSession admin;
    private String run;
    private String profile;
    private String profileId;

    @BeforeEach
    void aProfileOfItsOwn() throws Exception {
        run = String.valueOf(RUNS.incrementAndGet());
        admin = BACK_OFFICE.demoUser("admin").fieldbookApi();
        profile = "People " + run;
        profileId = create(profile);
        site = new ConsoleSite(BROWSER, BACK_OFFICE.server());
        site.signInAs("admin", "profiles");
    }

    @Test
    void theListShowsTheUsersAndTheTeamsWithTheirMembers() throws Exception {
        String team = "north-" + run;
        ok(admin.send("PUT", "teams/" + team + "/members/tech1", null));
        ok(admin.send("PUT", "teams/" + team + "/members/tech2", null));
        assign("teams", team, profileId);
        String user = user("solo");
        assign("users", user, profileId);

        PeoplePage people = new PeoplePage(site).openFromList(profile);

        assertThat(people.people()).containsExactly(Map.of("name", user, "kind", "User", "members", List.of()),
                Map.of("name", team, "kind", "Team", "members", List.of("tech1", "tech2")));
    }

    @Test
    void aTeamNamedLikeMarkupIsShownAsTextInTheListAndTheSearch() throws Exception {
        String team = "<img src=x onerror=document.title='hacked'> " + run;
        ok(admin.send("PUT", "teams/" + URLEncoder.encode(team, StandardCharsets.UTF_8).replace("+", "%20") + "/members/tech3", null));
        PeoplePage people = new PeoplePage(site).openFromList(profile);

        assertThat(people.search("<img")).singleElement().asString().startsWith(team);
        people.add(team);

        people.awaitListed(team, true);
        assertThat(BROWSER.driver().findElements(By.cssSelector("#main img"))).isEmpty();
        assertThat(BROWSER.driver().getTitle()).doesNotContain("hacked");
    }

    @Test
    void aUserFoundBySearchIsAddedToTheProfile() throws Exception {
        String user = user("found");
        PeoplePage people = new PeoplePage(site).openFromList(profile);

        assertThat(people.search("FOUND-" + run)).singleElement().asString().contains(user).contains("User").contains("technician")
                .contains("on no profile");
        people.add(user);

        site.banner("User " + user + " now follows “" + profile + "”");
        people.awaitListed(user, true);
        assertThat(profileOf("users", user)).isEqualTo(profileId);
        assertThat(people.search(user)).singleElement().asString().contains("already on this profile");
    }

    @Test
    void addingSomeoneOnAnotherProfileWarnsNamingItAndMovesThemOnlyOnceConfirmed() throws Exception {
        String other = "Other " + run;
        String otherId = create(other);
        String user = user("mover");
        assign("users", user, otherId);
        PeoplePage people = new PeoplePage(site).openFromList(profile);
        assertThat(people.search(user)).singleElement().asString().contains("on “" + other + "”");

        people.add(user);
        assertThat(site.confirmation()).isEqualTo("Move " + user + " from “" + other + "”?");
        assertThat(BROWSER.find(By.cssSelector("#confirm p")).getText()).contains("follows the offline profile '" + other + "'");
        site.confirm(false);

        site.banner(user + " stays on “" + other + "”");
        assertThat(profileOf("users", user)).isEqualTo(otherId);
        assertThat(people.names()).doesNotContain(user);

        people.add(user);
        site.confirmation();
        site.confirm(true);

        people.awaitListed(user, true);
        assertThat(profileOf("users", user)).isEqualTo(profileId);
    }

    @Test
    void removingSomeoneAsksFirst() throws Exception {
        String user = user("leaver");
        assign("users", user, profileId);
        PeoplePage people = new PeoplePage(site).openFromList(profile);

        assertThat(people.startRemoving(user)).isEqualTo("Remove " + user + " from “" + profile + "”?");
        site.confirm(false);
        assertThat(people.names()).contains(user);
        assertThat(profileOf("users", user)).isEqualTo(profileId);

        people.startRemoving(user);
        site.confirm(true);

        people.awaitListed(user, false);
        assertThat(admin.send("GET", "assignments/users/" + user, null).statusCode()).isEqualTo(404);
    }

    @Test
    void theEditorLeadsToThePeopleOfItsProfile() {
        site.open("profile?id=" + profileId);
        BROWSER.textOnceContains(By.id("profile-name"), profile);

        BROWSER.find(By.id("people-link")).click();

        BROWSER.textOnceContains(By.id("people-title"), "People with offline access: " + profile);
    }

    @Test
    void aDispatcherNeitherOpensThePageNorCallsIt() throws Exception {
        String user = user("kept");
        site.signInAs("dispatcher", "sync-errors");

        site.open("people?id=" + profileId);

        assertThat(BROWSER.find(By.tagName("h1")).getText()).isEqualTo("Not for your role");
        assertThat(site.call("GET", "people/" + profileId, null, true).get("status")).isEqualTo(403L);
        assertThat(site.call("GET", "people/" + profileId + "/search?q=tech", null, true).get("status")).isEqualTo(403L);
        assertThat(site.call("POST", "people/" + profileId + "/add", addBody(user), true).get("status")).isEqualTo(403L);
        assertThat(admin.send("GET", "assignments/users/" + user, null).statusCode()).isEqualTo(404);
    }

    @Test
    void addingOrRemovingWithoutTheCsrfTokenIsRefusedAndChangesNothing() throws Exception {
        String user = user("csrf");
        String staying = user("staying");
        assign("users", staying, profileId);
        new PeoplePage(site).openFromList(profile);

        Map<String, Object> add = site.call("POST", "people/" + profileId + "/add", addBody(user), false);
        Map<String, Object> remove = site.call("POST", "people/" + profileId + "/remove", "{\"kind\":\"user\",\"name\":\"" + staying + "\"}", false);

        assertThat(add.get("status")).isEqualTo(403L);
        assertThat(remove.get("status")).isEqualTo(403L);
        assertThat(String.valueOf(add.get("body"))).contains("security token");
        assertThat(admin.send("GET", "assignments/users/" + user, null).statusCode()).isEqualTo(404);
        assertThat(profileOf("users", staying)).isEqualTo(profileId);
        assertThat(site.call("POST", "people/" + profileId + "/add", addBody(user), true).get("status")).as("with the token").isEqualTo(200L);
    }

    /** @return a new technician's name, with no profile of their own */
    private String user(String what) {
        String name = what + "-" + run;
        BACK_OFFICE.server().addUser(name, BackOfficeServer.DEMO_PASSWORD.toCharArray(), Role.TECHNICIAN, null);
        return name;
    }

    private String create(String name) throws Exception {
        HttpResponse<String> created = admin.send("POST", "profiles", "{\"name\":\"" + name + "\"}");
        ok(created);
        return WebApiSession.JSON.readTree(created.body()).path("mobileofflineprofileid").asText();
    }

    private void assign(String kind, String name, String id) throws Exception {
        ok(admin.send("PUT", "assignments/" + kind + "/" + name, "{\"profileid\":\"" + id + "\"}"));
    }

    private String profileOf(String kind, String name) throws Exception {
        return admin.json("assignments/" + kind + "/" + name).path("profileid").asText();
    }

    private static String addBody(String user) {
        return "{\"kind\":\"user\",\"name\":\"" + user + "\",\"move\":false}";
    }

    private static void ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isLessThan(300);
    }
}
