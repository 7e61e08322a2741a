package org.fieldbook.backoffice.console;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The fleet's sync errors, as a dispatcher or admin filters and reads them. */
final class SyncErrorsPage {

    private final ConsoleSite site;

    SyncErrorsPage(ConsoleSite site) {
        this.site = site;
    }

    /** Waits for the list's first answer. */
    SyncErrorsPage shown() {
        awaitDrawnAfter(0);
        return this;
    }

    /** Sets the filters (null leaves a field empty) and applies them, waiting for the list's answer. */
    void filter(String user, String table, String type) {
        set("filter-user", user);
        set("filter-table", table);
        String option = type == null ? "Any type" : type;
        site.browser().find(By.id("filter-type")).findElements(By.tagName("option")).stream()
                .filter(candidate -> candidate.getText().equals(option)).findFirst().orElseThrow().click();
        redrawnBy(() -> site.browser().find(By.cssSelector("#filter-form button.primary")).click());
    }

    void next() {
        redrawnBy(() -> site.browser().driver().findElements(By.cssSelector(".pager button")).get(1).click());
    }

    String pagerText() {
        return (String) site.browser().script("return document.querySelector('.pager-status').textContent;");
    }

    /** @return a column's texts, top to bottom */
    @SuppressWarnings("unchecked")
    List<String> column(String key) {
        return (List<String>) site.browser().script(
                "return [...document.querySelectorAll('#sync-errors td[data-column=' + arguments[0] + ']')].map((cell) => cell.innerText.trim());",
                key);
    }

    /** Opens the details of the first row. @return the dialog's text */
    String detailsOfFirst() {
        site.browser().find(By.cssSelector("#sync-errors td[data-column=details] button")).click();
        return site.browser().textOnceContains(By.id("details-list"), "When");
    }

    String csvAddress() {
        return site.browser().find(By.id("csv")).getAttribute("href");
    }

    private void redrawnBy(Runnable action) {
        int before = drawn();
        action.run();
        awaitDrawnAfter(before);
    }

    private void awaitDrawnAfter(int before) {
        site.browser().until(() -> drawn() > before ? Boolean.TRUE : null, "the list's answer");
    }

    private int drawn() {
        Object drawn = site.browser().script("return document.getElementById('sync-errors').dataset.drawn || '0';");
        return Integer.parseInt(String.valueOf(drawn));
    }

    private void set(String id, String value) {
        WebElement field = site.browser().find(By.id(id));
        field.clear();
        if (value != null) {
            field.sendKeys(value);
        }
    }
}
