package org.fieldbook.backoffice.console;

import java.util.List;

import org.openqa.selenium.By;

/** The fleet's sync health, as a dispatcher or admin reads and sorts it. */
final class SyncHealthPage {

    private final ConsoleSite site;

    SyncHealthPage(ConsoleSite site) {
        this.site = site;
    }

    /** Waits for the list. */
    SyncHealthPage shown() {
        site.browser().find(By.cssSelector("#sync-health table"));
        return this;
    }

    /** @return a column's texts, top to bottom */
    @SuppressWarnings("unchecked")
    List<String> column(String key) {
        return (List<String>) site.browser().script(
                "return [...document.querySelectorAll('#sync-health td[data-column=' + arguments[0] + ']')].map((cell) => cell.innerText.trim());",
                key);
    }

    /** @return the technicians whose rows are marked stale, top to bottom */
    @SuppressWarnings("unchecked")
    List<String> stale() {
        return (List<String>) site.browser().script("return [...document.querySelectorAll('#sync-health tbody tr')]"
                + ".filter((row) => row.querySelector('.badge.stale')).map((row) => row.querySelector('td[data-column=user]').innerText.trim());");
    }

    /** Sorts by a column's header, as a click on it does. */
    void sortBy(String label) {
        site.browser().driver().findElements(By.cssSelector("#sync-health th button.sort")).stream()
                .filter(button -> button.getDomProperty("textContent").startsWith(label)).findFirst().orElseThrow().click();
    }

    /** @return the sort the header shows on a column: ascending, descending or none */
    String sortOf(String label) {
        return site.browser().driver().findElements(By.cssSelector("#sync-health th")).stream()
                .filter(header -> header.getDomProperty("textContent").startsWith(label)).findFirst().orElseThrow().getAttribute("aria-sort");
    }
}
