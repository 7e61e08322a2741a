package org.fieldbook.backoffice.console;

import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;

/** The release updates page, as an admin decides on each table's update of a newer shipped release. */
final class ReleasesPage {

    private final ConsoleSite site;

    ReleasesPage(ConsoleSite site) {
        this.site = site;
    }

    ReleasesPage open() {
        site.open("releases");
        site.browser().find(By.cssSelector("#releases section.release"));
        return this;
    }

    /** @return the card's line saying which release waits */
    String summary() {
        return site.browser().find(By.cssSelector("#releases section.release .note")).getText();
    }

    /** @return each waiting update's cells by column (table, change, changes), in the order shown */
    List<Map<String, String>> updates() {
        return rows("table:not(.kept)");
    }

    /** @return the customized tables whose filter or interval the release leaves alone */
    List<Map<String, String>> kept() {
        return rows("table.kept");
    }

    /** Takes the table's update and waits for the page to say so. */
    void take(String table) {
        press("Take the update of " + table);
        site.banner("Took the update of " + table);
    }

    /** Keeps the table as it is and waits for the page to say so. */
    void keep(String table) {
        press("Keep " + table + " current");
        site.banner("Kept " + table + " as it is");
    }

    private void press(String label) {
        site.browser().find(By.cssSelector("#releases button[aria-label='" + label + "']")).click();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, String>> rows(String table) {
        return (List<Map<String, String>>) site.browser().script("""
                return [...document.querySelectorAll('#releases ' + arguments[0] + ' tbody tr')].filter((row) => !row.querySelector('.empty'))
                  .map((row) => {
                    const cells = {};
                    row.querySelectorAll('td[data-column]').forEach((cell) => { cells[cell.dataset.column] = cell.innerText.trim(); });
                    return cells;
                  });
                """, table);
    }
}
