package org.fieldbook.backoffice.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.fieldbook.backoffice.internal.WebApiSession;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import com.fasterxml.jackson.databind.JsonNode;

/** The profile editor, as an admin works with it: one card per table, the add form, publish and discard. */
final class ProfileEditorPage {

    private final ConsoleSite site;

    ProfileEditorPage(ConsoleSite site) {
        this.site = site;
    }

    /**
     * Copies the shipped profile as {@code name} and publishes the copy, over {@code /fieldbook/v1/}, so that a test
     * edits a profile of its own.
     *
     * @return the copy's id
     */
    static String publishedCopyOfTheShippedProfile(WebApiSession admin, String name) throws Exception {
        String shipped = null;
        for (JsonNode profile : admin.json("profiles").path("value")) {
            if (profile.path("managed").asBoolean()) {
                shipped = profile.path("mobileofflineprofileid").asText();
            }
        }
        String id = json(admin.send("POST", "profiles/" + shipped + "/copy", "{\"name\":\"" + name + "\"}"))
                .path("mobileofflineprofileid").asText();
        json(admin.send("POST", "profiles/" + id + "/publish", null));
        return id;
    }

    /** @return the JSON of an answer that must be a success */
    static JsonNode json(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isLessThan(300);
        return WebApiSession.JSON.readTree(response.body());
    }

    /** Opens the editor from the profiles list, as an admin does. */
    ProfileEditorPage openFromList(String profileName) {
        new ProfilesPage(site).open().row(profileName);
        site.browser().find(By.cssSelector("#profiles a[aria-label='Edit " + profileName + "']")).click();
        site.browser().textOnceContains(By.id("profile-name"), profileName);
        site.browser().find(By.cssSelector("#items form.item"));
        return this;
    }

    /** @return the tables the draft lists, in its order */
    @SuppressWarnings("unchecked")
    List<String> tables() {
        return (List<String>) site.browser().script("return [...document.querySelectorAll('#items form.item')].map((form) => form.dataset.table);");
    }

    boolean lists(String table) {
        return tables().contains(table);
    }

    String status() {
        return site.browser().find(By.cssSelector("#profile-status .status")).getText();
    }

    /** Chooses a download filter by its label; the change goes to the draft at once. */
    void chooseFilter(String table, String label) {
        choose("filter-" + table, label);
    }

    void chooseInterval(String table, String label) {
        choose("interval-" + table, label);
    }

    /** @return the label of the filter the table downloads now */
    String filter(String table) {
        return chosen("filter-" + table);
    }

    String interval(String table) {
        return chosen("interval-" + table);
    }

    /** @return the option of a table's filter whose label starts so */
    WebElement filterOption(String table, String label) {
        return options("filter-" + table).stream().filter(option -> option.getText().startsWith(label)).findFirst().orElseThrow();
    }

    /** Picks an option of a select by its label, as a click on it does. */
    private void choose(String selectId, String label) {
        site.browser().until(() -> options(selectId).stream().filter(option -> option.getText().equals(label)).findFirst().orElse(null),
                label + " in " + selectId).click();
    }

    private String chosen(String selectId) {
        return options(selectId).stream().filter(WebElement::isSelected).map(WebElement::getText).findFirst().orElseThrow();
    }

    private List<WebElement> options(String selectId) {
        return site.browser().find(By.id(selectId)).findElements(By.tagName("option"));
    }

    /** @return the whole text of a table's card */
    String card(String table) {
        return site.browser().find(By.id("item-" + table)).getText();
    }

    /** @return the relationships a table lists */
    List<String> relationships(String table) {
        return site.browser().driver().findElements(By.cssSelector("#item-" + table + " .relationships code")).stream()
                .map(WebElement::getText).toList();
    }

    /** Adds the first relationship the table's lookups offer. @return its text */
    String addFirstRelationship(String table) {
        WebElement first = options("relationship-" + table).get(1);
        String text = first.getText();
        first.click();
        site.browser().find(By.cssSelector("#item-" + table + " .add-relationship button")).click();
        site.banner("Added the relationship");
        return text;
    }

    void removeRelationship(String table, String text) {
        site.browser().find(By.cssSelector("#item-" + table + " button[aria-label='Remove relationship " + text + "']")).click();
        site.banner("Removed the relationship");
    }

    /** Asks to remove a table. @return the confirmation's question */
    String startRemoving(String table) {
        site.browser().find(By.cssSelector("#item-" + table + " button[aria-label='Remove table " + table + "']")).click();
        return site.browser().find(By.id("confirm-title")).getText();
    }

    void confirm(boolean yes) {
        site.browser().find(By.cssSelector("#confirm button[value=" + (yes ? "yes" : "no") + "]")).click();
    }

    /** @return the labels the add form offers for a table, e.g. {@code product (12 rows)} */
    List<String> addableTables() {
        return options("add-table").stream().map(WebElement::getText).toList();
    }

    /** Fills in the add form without adding. @return the warning it shows, empty without one */
    String prepareAdding(String table, String filterLabel, String intervalLabel) {
        options("add-table").stream().filter(option -> table.equals(option.getDomAttribute("value"))).findFirst().orElseThrow().click();
        choose("add-filter", filterLabel);
        choose("add-interval", intervalLabel);
        return (String) site.browser().script("const warning = document.getElementById('add-warning');"
                + " return warning.hidden ? '' : warning.textContent;");
    }

    void add() {
        site.browser().find(By.cssSelector("#add-form button.primary")).click();
    }

    /** @return a table's builder conditions in order, each as column, operator and value (values joined by ", ") */
    @SuppressWarnings("unchecked")
    List<List<String>> conditions(String table) {
        return (List<List<String>>) site.browser().script("return [...document.querySelectorAll('#builder-' + arguments[0] + ' .condition')]"
                + ".map((row) => { const [column, operator, value] = row.querySelectorAll('select, input');"
                + " const shown = !value ? '' : value.tagName === 'SELECT' ? [...value.selectedOptions].map((o) => o.text).join(', ') : value.value;"
                + " return [column.value, operator.selectedOptions[0].text, shown]; });", table);
    }

    /** @return how a group of the builder matches: all or any ({@code top}, or the group's place such as {@code 1}) */
    String match(String table, String group) {
        return chosen("match-" + table + "-" + group);
    }

    /**
     * Fills in a condition of the builder as an admin does: picks the column and the operator, then types the value
     * (none for an operator without one).
     *
     * @param place the condition's place: its index in the top group, or e.g. {@code 1-0} inside a group
     */
    void condition(String table, String place, String column, String operator, String value) {
        String id = "cond-" + table + "-" + place;
        choose(id + "-column", column);
        choose(id + "-operator", operator);
        if (value != null) {
            WebElement input = site.browser().find(By.id(id + "-value"));
            input.clear();
            input.sendKeys(value);
        }
    }

    /** Presses "Add condition" in a group ({@code top} or its place). */
    void addCondition(String table, String group) {
        site.browser().find(By.id("add-condition-" + table + "-" + group)).click();
    }

    /** Presses "Add a group" in the top group. */
    void addGroup(String table) {
        site.browser().find(By.id("add-group-" + table + "-top")).click();
    }

    void saveFilter(String table) {
        site.browser().find(By.id("save-filter-" + table)).click();
    }

    /** @return the filter the draft stores for the table, as the editor shows it */
    String storedFilter(String table) {
        return site.browser().find(By.id("custom-" + table)).getText();
    }

    /** Presses Publish… and waits for the comparison. @return its rows: table, change, published side, draft side */
    List<List<String>> startPublishing() {
        site.browser().find(By.id("publish")).click();
        site.browser().find(By.cssSelector("#comparison table"));
        @SuppressWarnings("unchecked")
        List<List<String>> rows = (List<List<String>>) site.browser().script(
                "return [...document.querySelectorAll('#comparison tbody tr')].map((row) =>"
                        + " [...row.querySelectorAll('td')].map((cell) => cell.innerText.trim()));");
        return rows;
    }

    void publish() {
        site.browser().find(By.id("comparison-publish")).click();
        site.banner("Published");
    }

    void startDiscarding() {
        site.browser().find(By.id("discard")).click();
    }
}
