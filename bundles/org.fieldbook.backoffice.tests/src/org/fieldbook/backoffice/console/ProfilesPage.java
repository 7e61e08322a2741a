package org.fieldbook.backoffice.console;

import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The offline profiles list, as an admin works with it. */
final class ProfilesPage {

    private final ConsoleSite site;

    ProfilesPage(ConsoleSite site) {
        this.site = site;
    }

    ProfilesPage open() {
        site.open("profiles");
        site.browser().find(By.cssSelector("#profiles table"));
        return this;
    }

    /** @return the profile's row once it is listed */
    Row row(String name) {
        return site.browser().until(() -> rowOf(name), "the profile " + name + " in the list");
    }

    /** @return whether the list shows the profile */
    boolean lists(String name) {
        return rowOf(name) != null;
    }

    /** @return the names in the list, in the order shown */
    @SuppressWarnings("unchecked")
    List<String> names() {
        return (List<String>) site.browser().script(
                "return [...document.querySelectorAll('#profiles td[data-column=name] .name')].map((name) => name.textContent);");
    }

    /** Presses a column's header and waits for the list in the new order. @return the order now, as aria-sort says it */
    String sortBy(String label) {
        String before = sortOf(label);
        site.browser().until(() -> {
            header(label).findElement(By.tagName("button")).click();
            return Boolean.TRUE;
        }, "the header " + label);
        return site.browser().until(() -> before.equals(sortOf(label)) ? null : sortOf(label), "the list sorted by " + label);
    }

    private String sortOf(String label) {
        return site.browser().until(() -> {
            WebElement header = header(label);
            return header == null ? null : header.getDomAttribute("aria-sort");
        }, "the header " + label);
    }

    private WebElement header(String label) {
        return site.browser().driver().findElements(By.cssSelector("#profiles th")).stream()
                .filter(header -> header.getDomProperty("textContent").startsWith(label)).findFirst().orElse(null);
    }

    void create(String name, String description) {
        site.browser().find(By.id("new-profile")).click();
        type("create-name", name);
        type("create-description", description);
        site.browser().find(By.cssSelector("#create-form button.primary")).click();
    }

    /** Opens the copy form of a profile. @return the note the form shows about copies */
    String startCopy(String name) {
        press(name, "Copy");
        return site.browser().find(By.cssSelector("#copy-form .note")).getText();
    }

    void finishCopy(String copyName) {
        type("copy-name", copyName);
        site.browser().find(By.cssSelector("#copy-form button.primary")).click();
    }

    /** Asks to delete a profile. @return the confirmation dialog's question */
    String startDelete(String name) {
        press(name, "Delete");
        return site.browser().find(By.id("confirm-title")).getText();
    }

    void confirm(boolean yes) {
        site.browser().find(By.cssSelector("#confirm button[value=" + (yes ? "yes" : "no") + "]")).click();
    }

    private void type(String id, String text) {
        WebElement field = site.browser().find(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Reads the row in one go in the page: the list is redrawn after every change. */
    @SuppressWarnings("unchecked")
    private Row rowOf(String name) {
        Map<String, String> cells = (Map<String, String>) site.browser().script("""
                for (const row of document.querySelectorAll('#profiles tbody tr')) {
                  const name = row.querySelector('td[data-column=name] .name');
                  if (name && name.textContent === arguments[0]) {
                    const cells = {};
                    row.querySelectorAll('td[data-column]').forEach((cell) => { cells[cell.dataset.column] = cell.innerText.trim(); });
                    return cells;
                  }
                }
                return null;
                """, name);
        return cells == null ? null : new Row(name, cells);
    }

    /** Presses a button of the profile's row, again if the list was redrawn under the press. */
    private void press(String name, String label) {
        site.browser().until(() -> {
            site.browser().find(By.cssSelector("#profiles button[aria-label='" + label + " " + name.replace("'", "\\'") + "']")).click();
            return Boolean.TRUE;
        }, label + " of " + name);
    }

    /** A row of the list: its cells' texts by column. */
    record Row(String name, Map<String, String> cells) {
        String cell(String column) {
            return cells.get(column);
        }
    }
}
