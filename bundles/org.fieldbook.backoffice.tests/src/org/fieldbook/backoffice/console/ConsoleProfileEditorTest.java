package org.fieldbook.backoffice.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.fieldbook.backoffice.BackOfficeServer;
import org.fieldbook.backoffice.demo.DemoSize;
import org.fieldbook.backoffice.internal.BackOfficeFixture;
import org.fieldbook.backoffice.internal.WebApiSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An admin edits a profile's draft in the console, compares it with the published profile, publishes or
 * discards it, all by the back office's profile rules. Each test edits its own published copy of the shipped
 * profile.
 */
class ConsoleProfileEditorTest {

    @RegisterExtension
    static final BackOfficeFixture BACK_OFFICE = BackOfficeFixture.withDemo(12, new DemoSize(3, 6, 3, 3));
    @RegisterExtension
    static final ConsoleBrowser BROWSER = new ConsoleBrowser();
    private static final AtomicInteger COPIES = new AtomicInteger();

    private ConsoleSite site;
    private ProfileEditorPage editor;
    private String name;
    private String id;

    @BeforeEach
    void publishedCopyOpenInTheEditor() throws Exception {
        name = "Edited copy " + COPIES.incrementAndGet();
        WebApiSession admin = admin();
        String shipped = null;
        for (JsonNode profile : admin.json("profiles").path("value")) {
            if (profile.path("managed").asBoolean()) {
                shipped = profile.path("mobileofflineprofileid").asText();
            }
        }
        id = json(admin.send("POST", "profiles/" + shipped + "/copy", "{\"name\":\"" + name + "\"}")).path("mobileofflineprofileid").asText();
        json(admin.send("POST", "profiles/" + id + "/publish", null));
        site = new ConsoleSite(BROWSER, BACK_OFFICE.server());
        site.signInAs("admin", "profiles");
        editor = new ProfileEditorPage(site).openFromList(name);
    }

    @Test
    void aTablesIntervalAndFilterChangeInTheDraftAndStayChosen() {
        assertThat(editor.status()).isEqualTo("Published");

        editor.chooseInterval("msdyn_workorder", "30 minutes");
        site.banner("msdyn_workorder now syncs every 30 minutes");
        editor.chooseFilter("msdyn_customerasset", "All records");
        site.banner("msdyn_customerasset now downloads: All records");

        assertThat(editor.status()).isEqualTo("Draft has unpublished changes");
        editor.openFromList(name);
        assertThat(editor.interval("msdyn_workorder")).isEqualTo("30 minutes");
        assertThat(editor.filter("msdyn_customerasset")).isEqualTo("All records");
    }

    @Test
    void anIntervalRarerThanHourlySaysDevicesStillSyncEveryHour() {
        assertThat(editor.card("msdyn_workorder")).doesNotContain("every hour");

        editor.chooseInterval("msdyn_workorder", "4 hours");
        site.banner("msdyn_workorder now syncs every 4 hours");

        assertThat(editor.card("msdyn_workorder")).contains("Devices still sync this table every hour");
    }

    @Test
    void theCustomFilterIsShownAsStoredAndOtherDataFilterIsNotYetAvailable() {
        assertThat(editor.filter("bookableresourcebooking")).isEqualTo("Custom data filter");
        assertThat(BROWSER.find(By.id("custom-bookableresourcebooking")).getText()).contains("NextXDays(PropertyName='starttime'");
        assertThat(BROWSER.find(By.id("custom-bookableresourcebooking")).getTagName()).as("read-only").isEqualTo("pre");

        assertThat(editor.filterOption("product", "Other data filter").isEnabled()).isFalse();
        assertThat(editor.filterOption("product", "Other data filter").getText()).isEqualTo("Other data filter (not yet available)");
        assertThat(BROWSER.find(By.id("other-filter-note")).getText()).contains("is not available yet");
    }

    @Test
    void aFilterTheRulesRefuseIsExplainedBesideTheFieldAndNothingChanges() {
        editor.chooseFilter("product", "Custom data filter");

        assertThat(site.fieldError("filter-product")).isEqualTo("The custom data filter of product is empty.");
        editor.openFromList(name);
        assertThat(editor.filter("product")).isEqualTo("All records");
        assertThat(editor.status()).isEqualTo("Published");
    }

    @Test
    void removingATableAsksFirstAndAddingOneOffersTheModelsTablesWithTheirRows() {
        assertThat(editor.startRemoving("product")).isEqualTo("Remove product?");
        editor.confirm(false);
        assertThat(editor.lists("product")).isTrue();

        editor.startRemoving("product");
        editor.confirm(true);
        site.banner("Removed product");
        assertThat(editor.lists("product")).isFalse();

        assertThat(editor.addableTables()).anyMatch(label -> label.matches("product \\(\\d+ rows\\)"))
                .noneMatch(label -> label.startsWith("msdyn_workorder "));
        assertThat(editor.prepareAdding("product", "All records", "2 hours")).contains("Devices still sync this table every hour");
        editor.add();
        site.banner("Added product");
        assertThat(editor.lists("product")).isTrue();
        assertThat(editor.filter("product")).isEqualTo("All records");
        assertThat(editor.interval("product")).isEqualTo("2 hours");
    }

    @Test
    void addingWithoutATableIsExplainedBesideTheField() {
        editor.add();

        assertThat(site.fieldError("add-table")).isEqualTo("Choose a table to add.");
    }

    @Test
    void aRelatedOnlyTableSaysWhatItFollowsAndTakesRelationshipsFromItsLookups() {
        assertThat(editor.card("msdyn_workorder")).contains("Follows bookableresourcebooking");

        String added = editor.addFirstRelationship("msdyn_workorder");
        assertThat(editor.relationships("msdyn_workorder")).contains(added);
        assertThat(added).contains("msdyn_workorder");

        editor.removeRelationship("msdyn_workorder", added);
        assertThat(editor.relationships("msdyn_workorder")).doesNotContain(added);
    }

    @Test
    void publishingShowsTheDraftBesideThePublishedProfileAndTheDeviceThenReadsIt() throws Exception {
        WebApiSession admin = admin();
        assertThat(admin.send("PUT", "assignments/users/tech1", "{\"profileid\":\"" + id + "\"}").statusCode()).isEqualTo(204);
        editor.chooseInterval("msdyn_workorder", "30 minutes");
        site.banner("msdyn_workorder now syncs");
        editor.startRemoving("product");
        editor.confirm(true);
        site.banner("Removed product");

        List<List<String>> comparison = editor.startPublishing();
        WebApiSession tech1 = BACK_OFFICE.demoUser("tech1").fieldbookApi();
        JsonNode before = tech1.json("me/profile");
        editor.publish();

        assertThat(comparison.get(0).get(0)).isEqualTo("product");
        assertThat(comparison.get(0).get(1)).startsWith("Removed");
        assertThat(comparison.get(0).get(3)).isEqualTo("Not in this profile");
        List<String> workOrders = comparison.stream().filter(row -> row.get(0).equals("msdyn_workorder")).findFirst().orElseThrow();
        assertThat(workOrders.get(1)).startsWith("Changed");
        assertThat(workOrders.get(2)).contains("10 minutes");
        assertThat(workOrders.get(3)).contains("30 minutes");
        assertThat(comparison).anyMatch(row -> row.get(0).equals("account") && row.get(1).equals("Unchanged"));
        assertThat(item(before, "msdyn_workorder").path("syncintervalinminutes").asInt()).as("before publishing").isEqualTo(10);
        JsonNode after = tech1.json("me/profile");
        assertThat(item(after, "msdyn_workorder").path("syncintervalinminutes").asInt()).isEqualTo(30);
        assertThat(after.path("items").findValuesAsText("selectedentitytypecode")).doesNotContain("product");
        assertThat(editor.status()).isEqualTo("Published");
    }

    @Test
    void discardingAsksFirstAndPutsThePublishedProfileBack() {
        editor.chooseInterval("msdyn_workorder", "1 day");
        site.banner("msdyn_workorder now syncs");

        editor.startDiscarding();
        editor.confirm(false);
        assertThat(editor.interval("msdyn_workorder")).isEqualTo("1 day");

        editor.startDiscarding();
        editor.confirm(true);
        site.banner("Discarded the draft");
        assertThat(editor.interval("msdyn_workorder")).isEqualTo("10 minutes");
        assertThat(editor.status()).isEqualTo("Published");
    }

    @Test
    void aDispatcherNeitherOpensTheEditorNorEditsThroughItsCalls() {
        site.signInAs("dispatcher", "sync-errors");

        site.open("profile?id=" + id);
        assertThat(BROWSER.find(By.tagName("h1")).getText()).isEqualTo("Not for your role");
        Map<String, Object> edit = site.call("PATCH", "profiles/" + id + "/items/msdyn_workorder", "{\"syncInterval\":30}", true);
        Map<String, Object> publish = site.call("POST", "profiles/" + id + "/publish", null, true);

        assertThat(edit.get("status")).isEqualTo(403L);
        assertThat(publish.get("status")).isEqualTo(403L);
    }

    @Test
    void anEditWithoutTheCsrfTokenIsRefusedAndChangesNothing() {
        Map<String, Object> without = site.call("PATCH", "profiles/" + id + "/items/msdyn_workorder", "{\"syncInterval\":30}", false);
        Map<String, Object> discard = site.call("POST", "profiles/" + id + "/discard", null, false);

        assertThat(without.get("status")).isEqualTo(403L);
        assertThat(discard.get("status")).isEqualTo(403L);
        assertThat(String.valueOf(without.get("body"))).contains("security token");
        assertThat(String.valueOf(site.call("GET", "profiles/" + id, null, false).get("body"))).contains("\"syncInterval\":10")
                .contains("\"unpublishedChanges\":false");
        assertThat(site.call("PATCH", "profiles/" + id + "/items/msdyn_workorder", "{\"syncInterval\":30}", true).get("status"))
                .as("with the token").isEqualTo(200L);
    }

    private static WebApiSession admin() throws Exception {
        return BACK_OFFICE.demoUser("admin").fieldbookApi();
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isLessThan(300);
        return WebApiSession.JSON.readTree(response.body());
    }

    private static JsonNode item(JsonNode profile, String table) {
        for (JsonNode item : profile.path("items")) {
            if (table.equals(item.path("selectedentitytypecode").asText())) {
                return item;
            }
        }
        throw new AssertionError("no item for " + table + " in " + profile);
    }
}
