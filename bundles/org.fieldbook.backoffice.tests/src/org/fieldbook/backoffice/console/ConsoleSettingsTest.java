package org.fieldbook.backoffice.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.fieldbook.backoffice.demo.DemoSize;
import org.fieldbook.backoffice.internal.BackOfficeFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** An admin sets conflict detection in the console; devices read it from the Web API. */
class ConsoleSettingsTest {

    @RegisterExtension
    static final BackOfficeFixture BACK_OFFICE = BackOfficeFixture.withDemo(12, new DemoSize(1, 2, 1, 1));
    @RegisterExtension
    static final ConsoleBrowser BROWSER = new ConsoleBrowser();

    @Test
    void conflictDetectionStartsAtDeviceWinsAndAnAdminTurnsItOnForDevices() throws Exception {
        ConsoleSite site = new ConsoleSite(BROWSER, BACK_OFFICE.server());
        site.signInAs("admin", "profiles");
        site.open("settings");

        assertThat(chosen()).as("the default: the device wins").isEqualTo("conflicts-no");
        assertThat(BROWSER.find(By.cssSelector("label[for=conflicts-yes]")).getText()).contains("lists the change under Conflicts");
        BROWSER.find(By.cssSelector("label[for=conflicts-yes]")).click();
        BROWSER.find(By.cssSelector("#settings-form button.primary")).click();

        assertThat(site.banner("Saved")).isEqualTo("Saved: the office wins conflicts. Devices follow from their next sync.");
        assertThat(BACK_OFFICE.demoUser("tech1").json("organizations").path("value").get(0)
                .path("isconflictdetectionenabledformobileclient").asBoolean()).as("what devices read").isTrue();
        site.open("settings");
        assertThat(chosen()).as("after a reload").isEqualTo("conflicts-yes");
    }

    /** @return the id of the choice the page shows as stored, once the stored settings are loaded */
    private static String chosen() {
        return BROWSER.until(() -> (String) BROWSER.script(
                "const chosen = document.querySelector('input[name=conflictDetection]:checked'); return chosen ? chosen.id : null;"),
                "the stored setting");
    }
}
