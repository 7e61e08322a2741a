package org.fieldbook.backoffice.console;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The profile editor, as an admin works with it: one card per table, the add form, publish and discard. */
final class ProfileEditorPage {

    private final ConsoleSite site;

    ProfileEditorPage(ConsoleSite site) {
        this.site = site;
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
