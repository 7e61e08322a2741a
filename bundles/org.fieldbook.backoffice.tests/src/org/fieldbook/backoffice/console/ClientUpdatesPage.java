package org.fieldbook.backoffice.console;

import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The client updates page, as an admin makes an update mandatory after a date. */
final class ClientUpdatesPage {

    private final ConsoleSite site;

    ClientUpdatesPage(ConsoleSite site) {
        this.site = site;
    }

    ClientUpdatesPage open() {
        site.open("client-updates");
        site.browser().find(By.cssSelector("#deadlines table"));
        return this;
    }

    /** @return what the page says about the update site */
    String site() {
        return site.browser().textOnceContains(By.id("site"), "update");
    }

    void useServedVersion() {
        site.browser().find(By.id("use-served")).click();
    }

    String version() {
        return site.browser().find(By.id("version")).getDomProperty("value");
    }

    void typeVersion(String version) {
        WebElement field = site.browser().find(By.id("version"));
        field.clear();
        field.sendKeys(version);
    }

    /**
     * Picks the date and time in the browser's own time zone, as the picker would (a picker's typed keys depend on
     * the browser's locale, so its value is set as the picker sets it).
     *
     * @param local e.g. {@code 2026-12-10T18:00}, or empty for none
     */
    void pickMandatoryAfter(String local) {
        site.browser().script("const field = document.getElementById('mandatory-after'); field.value = arguments[0];"
                + " field.dispatchEvent(new Event('input', { bubbles: true }));", local);
    }

    void save() {
        site.browser().find(By.cssSelector("#deadline-form button.primary")).click();
    }

    /** @return each date's cells by column (version, mandatoryAfter, passed, setBy), in the order shown */
    @SuppressWarnings("unchecked")
    List<Map<String, String>> deadlines() {
        return (List<Map<String, String>>) site.browser().script("return [...document.querySelectorAll('#deadlines tbody tr')]"
                + ".filter((row) => !row.querySelector('td.empty')).map((row) => Object.fromEntries("
                + "[...row.querySelectorAll('td[data-column]')].map((cell) => [cell.dataset.column, cell.innerText.replaceAll('\\u202f', ' ').trim()])));");
    }

    /** @return the table's line when no date is set */
    String empty() {
        return site.browser().find(By.cssSelector("#deadlines td.empty")).getText();
    }

    /** Presses Remove on a version's row; a confirmation follows. */
    void remove(String version) {
        site.browser().find(By.cssSelector("button[aria-label='Remove the date of " + version + "']")).click();
    }
}
