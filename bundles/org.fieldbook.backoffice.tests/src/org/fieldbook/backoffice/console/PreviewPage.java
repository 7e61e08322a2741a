package org.fieldbook.backoffice.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;

/** Preview as a technician, as an admin picks a profile and a person and reads the counts. */
final class PreviewPage {

    private final ConsoleSite site;

    PreviewPage(ConsoleSite site) {
        this.site = site;
    }

    /** Waits until the choices are loaded. */
    PreviewPage shown() {
        site.browser().find(By.cssSelector("#preview-user option"));
        return this;
    }

    /** Picks a profile (by the start of its label) and a person, and waits for the counts. */
    void preview(String profile, String user) {
        site.browser().find(By.id("preview-profile")).findElements(By.tagName("option")).stream()
                .filter(option -> option.getText().startsWith(profile)).findFirst().orElseThrow().click();
        site.browser().find(By.cssSelector("#preview-user option[value='" + user + "']")).click();
        int before = shownCount();
        site.browser().find(By.cssSelector("#preview-form button.primary")).click();
        site.browser().until(() -> shownCount() > before ? Boolean.TRUE : null, "the preview's counts");
    }

    /** @return the rows per table as the page shows them, in its order */
    @SuppressWarnings("unchecked")
    Map<String, String> rows() {
        List<List<String>> cells = (List<List<String>>) site.browser().script("return [...document.querySelectorAll('#preview-result tbody tr')]"
                + ".map((row) => [...row.querySelectorAll('td')].map((cell) => cell.innerText.trim()));");
        Map<String, String> rows = new LinkedHashMap<>();
        cells.stream().filter(row -> row.size() == 3).forEach(row -> rows.put(row.get(0), row.get(2)));
        return rows;
    }

    /** @return the line under the title with the total against the guidance */
    String total() {
        return site.browser().find(By.id("preview-total")).getText();
    }

    /** @return whether the total is shown as a warning */
    boolean warns() {
        return site.browser().find(By.id("preview-total")).getAttribute("class").contains("warning");
    }

    private int shownCount() {
        Object shown = site.browser().script("return document.getElementById('preview-result').dataset.shown || '0';");
        return Integer.parseInt(String.valueOf(shown));
    }
}
