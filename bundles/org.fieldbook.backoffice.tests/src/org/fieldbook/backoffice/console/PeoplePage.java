package org.fieldbook.backoffice.console;

import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The people with offline access to one profile, as an admin adds, moves and removes them. */
final class PeoplePage {

    private final ConsoleSite site;

    PeoplePage(ConsoleSite site) {
        this.site = site;
    }

    /** Opens the page from the profiles list, as an admin does. */
    PeoplePage openFromList(String profileName) {
        new ProfilesPage(site).open().row(profileName);
        site.browser().find(By.cssSelector("#profiles a[aria-label='People of " + profileName + "']")).click();
        site.browser().textOnceContains(By.id("people-title"), profileName);
        site.browser().find(By.cssSelector("#people table"));
        return this;
    }

    /** @return the users and teams on the profile by name, each with its kind and, for a team, its members */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> people() {
        return (List<Map<String, Object>>) site.browser().script("""
                return [...document.querySelectorAll('#people tbody tr')].filter((row) => !row.querySelector('.empty')).map((row) => ({
                  name: row.querySelector('td[data-column=name] .name').textContent,
                  kind: row.querySelector('td[data-column=kind]').innerText.trim(),
                  members: [...row.querySelectorAll('.members li')].map((member) => member.textContent)
                }));
                """);
    }

    /** @return the names on the profile */
    List<Object> names() {
        return people().stream().map(person -> person.get("name")).toList();
    }

    /** Searches by name. @return each result's line as shown, once the results are there */
    List<String> search(String text) {
        WebElement field = site.browser().find(By.id("search"));
        field.clear();
        field.sendKeys(text);
        site.browser().find(By.cssSelector("#search-form button.primary")).click();
        site.browser().find(By.cssSelector("#search-results li"));
        return site.browser().driver().findElements(By.cssSelector("#search-results li")).stream().map(WebElement::getText).toList();
    }

    /** Presses Add beside a search result. */
    void add(String name) {
        button("#search-results", "Add " + name).click();
    }

    /** Presses Remove beside someone on the profile. @return the confirmation's question */
    String startRemoving(String name) {
        button("#people", "Remove " + name).click();
        return site.confirmation();
    }

    /** @return the button labelled so in the part of the page, matched as text: a name may hold any character */
    private WebElement button(String part, String label) {
        return site.browser().until(() -> site.browser().driver().findElements(By.cssSelector(part + " button")).stream()
                .filter(button -> label.equals(button.getDomAttribute("aria-label"))).findFirst().orElse(null), "the button " + label);
    }

    /** Waits until the list shows, or no longer shows, the name. */
    void awaitListed(String name, boolean listed) {
        site.browser().until(() -> names().contains(name) == listed ? Boolean.TRUE : null, name + (listed ? " listed" : " gone"));
    }
}
