package org.fieldbook.backoffice.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

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
        id = ProfileEditorPage.publishedCopyOfTheShippedProfile(admin(), name);
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
    void theCustomFilterIsShownAsStored() {
        assertThat(editor.filter("bookableresourcebooking")).isEqualTo("Custom data filter");
        assertThat(BROWSER.find(By.id("custom-bookableresourcebooking")).getText()).contains("NextXDays(PropertyName='starttime'");
        assertThat(BROWSER.find(By.id("custom-bookableresourcebooking")).getTagName()).as("read-only").isEqualTo("pre");
    }

    /**
     * The Other data filter's options go to the draft as Dataverse's item columns; a table whose rows have no owner
     * offers only rows changed lately, and a number of days out of range is explained beside the field.
     */
    @Test
    void theOtherDataFilterTakesRowsByOwnerAndByDaysChanged() throws Exception {
        editor.chooseFilter("msdyn_incidenttype", "Other data filter");
        BROWSER.find(By.id("other-msdyn_incidenttype-myTeams")).click();
        BROWSER.find(By.id("other-msdyn_incidenttype-days")).sendKeys("30");
        BROWSER.find(By.id("other-msdyn_incidenttype-save")).click();
        site.banner("msdyn_incidenttype now downloads: the other data filter you chose");

        JsonNode item = draftItem("msdyn_incidenttype");
        assertThat(item.path("recorddistributioncriteria").asInt()).isEqualTo(2);
        assertThat(item.path("recordsownedbymyteam").asBoolean()).isTrue();
        assertThat(item.path("recordsownedbyme").asBoolean()).isFalse();
        assertThat(item.path("profileitementityfilter").asText())
                .isEqualTo("Microsoft.Dynamics.CRM.LastXDays(PropertyName='modifiedon',PropertyValue=30)");
        editor.openFromList(name);
        assertThat(editor.filter("msdyn_incidenttype")).isEqualTo("Other data filter");
        assertThat(BROWSER.find(By.id("other-msdyn_incidenttype-myTeams")).isSelected()).isTrue();

        editor.chooseFilter("product", "Other data filter");
        assertThat(BROWSER.find(By.id("other-product-mine")).isEnabled()).as("products have no owner").isFalse();
        BROWSER.find(By.id("other-product-days")).sendKeys("0");
        BROWSER.find(By.id("other-product-save")).click();
        assertThat(site.fieldError("other-product-days")).contains("from 1 to 3650");
        assertThat(draftItem("product").path("recorddistributioncriteria").asInt()).as("nothing changed").isEqualTo(1);
    }

    private JsonNode draftItem(String table) throws Exception {
        for (JsonNode item : ProfileEditorPage.json(admin().send("GET", "profiles/" + id, null)).path("draft").path("items")) {
            if (item.path("selectedentitytypecode").asText().equals(table)) {
                return item;
            }
        }
        throw new AssertionError(table + " is not in the draft");
    }

    @Test
    void theShippedBookingFilterOpensAsEditableConditions() {
        assertThat(editor.match("bookableresourcebooking", "top")).isEqualTo("any");
        assertThat(editor.conditions("bookableresourcebooking")).containsExactly(
                List.of("starttime", "last X days", "7"), List.of("starttime", "next X days", "7"),
                List.of("endtime", "last X days", "7"), List.of("endtime", "next X days", "7"));
        assertThat(editor.storedFilter("bookableresourcebooking")).startsWith("Microsoft.Dynamics.CRM.LastXDays(PropertyName='starttime'");
    }

    @Test
    void aConditionThatDoesNotFitTheTableIsExplainedBesideItsRowAndNothingChanges() {
        editor.chooseFilter("product", "Custom data filter");
        editor.condition("product", "0", "name", "begins with", "");
        editor.saveFilter("product");

        assertThat(site.fieldError("cond-product-0-value")).isEqualTo("Enter a value.");
        editor.openFromList(name);
        assertThat(editor.filter("product")).isEqualTo("All records");
        assertThat(editor.status()).isEqualTo("Published");
    }

    @Test
    void aStoredFilterTheBuilderCannotShowIsReadOnlyWithTheReason() throws Exception {
        String negated = "not (startswith(name,'Pump'))";
        ProfileEditorPage.json(admin().send("PATCH", "profiles/" + id + "/items/product",
                "{\"recorddistributioncriteria\":3,\"profileitementityfilter\":\"" + negated + "\"}"));
        editor.openFromList(name);

        assertThat(BROWSER.find(By.id("unreadable-product")).getText())
                .startsWith("The builder cannot show 'not': the builder has no negated conditions or groups.");
        assertThat(BROWSER.driver().findElements(By.id("builder-product"))).isEmpty();
        assertThat(editor.storedFilter("product")).isEqualTo(negated);
    }

    @Test
    void aFilterBuiltWithTheBuilderIsStoredInTheDraftAndAfterPublishingTheWebApiServesOnlyItsRows() throws Exception {
        WebApiSession tech2 = BACK_OFFICE.demoUser("tech2");
        List<JsonNode> products = new ArrayList<>();
        tech2.json("products?$select=name,productnumber").path("value").forEach(products::add);
        String prefix = products.stream().map(product -> product.path("name").asText()).filter(text -> !text.startsWith("Service"))
                .findFirst().orElseThrow().substring(0, 4);
        assertThat(admin().send("PUT", "assignments/users/tech2", "{\"profileid\":\"" + id + "\"}").statusCode()).isEqualTo(204);

        editor.chooseFilter("product", "Custom data filter");
        editor.condition("product", "0", "name", "begins with", prefix);
        editor.addGroup("product");
        editor.condition("product", "1-0", "productnumber", "contains", "P-0");
        editor.addCondition("product", "1");
        editor.condition("product", "1-1", "name", "is empty", null);
        editor.saveFilter("product");
        site.banner("product now downloads: the custom data filter you built");

        String stored = "startswith(name,'" + prefix + "') and (contains(productnumber,'P-0') or name eq null)";
        assertThat(editor.storedFilter("product")).isEqualTo(stored);
        assertThat(editor.match("product", "1")).isEqualTo("any");
        assertThat(editor.conditions("product")).containsExactly(List.of("name", "begins with", prefix),
                List.of("productnumber", "contains", "P-0"), List.of("name", "is empty", ""));
        editor.startPublishing();
        editor.publish();
        String published = item(tech2.fieldbookApi().json("me/profile"), "product").path("profileitementityfilter").asText();
        assertThat(published).isEqualTo(stored);
        List<String> served = new ArrayList<>();
        tech2.json("products?$select=name&$filter=" + WebApiSession.encode(published)).path("value")
                .forEach(product -> served.add(product.path("name").asText()));
        List<String> expected = products.stream().filter(product -> product.path("name").asText().toLowerCase(Locale.ROOT)
                .startsWith(prefix.toLowerCase(Locale.ROOT)) && product.path("productnumber").asText().contains("P-0"))
                .map(product -> product.path("name").asText()).toList();
        assertThat(expected).isNotEmpty().hasSizeLessThan(products.size());
        assertThat(served).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void theBuilderIsKeyboardUsableAndEveryControlIsLabelled() {
        editor.chooseFilter("product", "Custom data filter");
        WebElement column = BROWSER.find(By.id("cond-product-0-column"));
        assertThat(BROWSER.driver().switchTo().activeElement()).as("the first column has the focus").isEqualTo(column);
        @SuppressWarnings("unchecked")
        List<String> unlabelled = (List<String>) BROWSER.script("return [...document.querySelectorAll('#builder-product select,"
                + " #builder-product input, #builder-product button')].filter((control) => !(control.labels && control.labels.length)"
                + " && !control.getAttribute('aria-label') && !control.textContent.trim()).map((control) => control.id || control.outerHTML);");
        assertThat(unlabelled).isEmpty();

        press("n");
        assertThat(focused().getDomProperty("value")).isEqualTo("name");
        press(Keys.TAB);
        press(Keys.DOWN);
        press(Keys.DOWN);
        assertThat(focused().getDomProperty("id")).isEqualTo("cond-product-0-operator");
        press(Keys.TAB);
        press("valve");
        press(Keys.TAB);
        assertThat(focused().getDomAttribute("aria-label")).isEqualTo("Remove condition 1");
        press(Keys.TAB);
        press(Keys.TAB);
        press(Keys.TAB);
        assertThat(focused().getText()).isEqualTo("Save filter");
        press(Keys.ENTER);

        site.banner("product now downloads: the custom data filter you built");
        assertThat(editor.storedFilter("product")).isEqualTo("contains(name,'valve')");
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

    private static WebElement focused() {
        return BROWSER.driver().switchTo().activeElement();
    }

    /** Types on whatever has the focus, as a keyboard does: the builder redraws a row when its column or operator changes. */
    private static void press(CharSequence keys) {
        focused().sendKeys(keys);
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
