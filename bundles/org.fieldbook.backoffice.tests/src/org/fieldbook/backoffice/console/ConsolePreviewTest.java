package org.fieldbook.backoffice.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.fieldbook.backoffice.demo.DemoSize;
import org.fieldbook.backoffice.internal.BackOfficeFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Preview as a technician in the browser: the rows a technician's device would hold per table with a draft, the
 * total against the row guidance (set to {@value #GUIDANCE} here, so that a small demo exceeds it; the production
 * 200,000 is checked by the sync tests' {@code ProfilePreviewTest}), and dispatchers refused.
 */
class ConsolePreviewTest {

    private static final int GUIDANCE = 50;

    static {
        System.setProperty("fieldbook.console.rowGuidance", String.valueOf(GUIDANCE)); // read when the console is mounted
    }

    @RegisterExtension
    static final BackOfficeFixture BACK_OFFICE = BackOfficeFixture.withDemo(31, new DemoSize(3, 40, 10, 30));
    @RegisterExtension
    static final ConsoleBrowser BROWSER = new ConsoleBrowser();

    @AfterAll
    static void guidanceBack() {
        System.clearProperty("fieldbook.console.rowGuidance");
    }

    @Test
    void anAdminSeesTheRowsPerTableAndAWarningAboveTheGuidance() {
        PreviewPage preview = open("admin");

        preview.preview("Field Service Mobile", "tech1");

        Map<String, String> rows = preview.rows();
        assertThat(rows.keySet()).startsWith("bookingstatus", "bookableresourcebooking").contains("msdyn_workorder", "product").endsWith("product");
        assertThat(Integer.parseInt(rows.get("bookableresourcebooking").replace(",", ""))).isPositive();
        assertThat(Integer.parseInt(rows.get("product").replace(",", ""))).isPositive();
        assertThat(preview.total()).contains("against the guidance of at most 50 on a device").contains("will be slow");
        assertThat(preview.warns()).isTrue();
    }

    @Test
    void aProfileWithoutTablesCountsNothingAndDoesNotWarn() {
        PreviewPage preview = open("admin");
        assertThat(new ConsoleSite(BROWSER, BACK_OFFICE.server()).call("POST", "profiles", "{\"name\":\"Nothing yet\"}", true).get("status"))
                .isEqualTo(201L);
        BROWSER.driver().navigate().refresh();
        preview.shown();

        preview.preview("Nothing yet", "tech2");

        assertThat(preview.rows()).isEmpty();
        assertThat(preview.total()).startsWith("0 rows in all");
        assertThat(preview.warns()).isFalse();
    }

    @Test
    void aDispatcherNeitherOpensThePageNorCallsIt() {
        ConsoleSite site = new ConsoleSite(BROWSER, BACK_OFFICE.server());
        site.signInAs("dispatcher", "sync-errors");

        assertThat(site.navigation()).doesNotContain("Preview as a technician");
        site.open("preview");
        assertThat(BROWSER.find(By.tagName("h1")).getText()).isEqualTo("Not for your role");
        assertThat(site.call("GET", "preview/choices", null, true).get("status")).isEqualTo(403L);
        assertThat(site.call("GET", "preview?profile=x&user=tech1", null, true).get("status")).isEqualTo(403L);
    }

    private static PreviewPage open(String user) {
        ConsoleSite site = new ConsoleSite(BROWSER, BACK_OFFICE.server());
        site.signInAs(user, "profiles");
        site.open("preview");
        return new PreviewPage(site).shown();
    }
}
