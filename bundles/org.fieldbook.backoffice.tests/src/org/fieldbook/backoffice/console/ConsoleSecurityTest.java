package org.fieldbook.backoffice.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.fieldbook.backoffice.BackOfficeServer;
import org.fieldbook.backoffice.demo.DemoSize;
import org.fieldbook.backoffice.internal.BackOfficeFixture;
import org.fieldbook.backoffice.internal.MovableClock;
import org.fieldbook.backoffice.internal.WebApiSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.NoAlertPresentException;

/** Who may do what in the console, and what protects a signed-in admin's browser. */
class ConsoleSecurityTest {

    private static final MovableClock CLOCK = new MovableClock();
    @RegisterExtension
    static final BackOfficeFixture BACK_OFFICE = BackOfficeFixture.withDemo(12, new DemoSize(1, 2, 1, 1)).withClock(CLOCK);
    @RegisterExtension
    static final ConsoleBrowser BROWSER = new ConsoleBrowser();

    /** Failed sign-ins an address or user name may have before each further attempt waits (the default). */
    private static final int FREE_FAILURES = 5;

    private ConsoleSite site;

    @BeforeEach
    void site() {
        site = new ConsoleSite(BROWSER, BACK_OFFICE.server());
    }

    @Test
    void aTechnicianIsNotSignedIn() {
        site.signIn("tech1", "fieldbook");

        assertThat(site.banner("The admin console is for administrators and dispatchers")).endsWith("technicians use the Fieldbook app.");
        site.open("sync-errors");
        BROWSER.awaitPath("/admin/sign-in");
    }

    @Test
    void beforeItsScriptRunsTheSignInFormSendsNothing() {
        BROWSER.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            site.open("sign-in");
            BROWSER.find(By.id("user-name")).sendKeys("admin");
            BROWSER.find(By.id("password")).sendKeys(BackOfficeServer.DEMO_PASSWORD);
            BROWSER.find(By.cssSelector("#sign-in-form button.primary")).click();

            assertThat(BROWSER.driver().getCurrentUrl()).endsWith("/admin/sign-in").doesNotContain(BackOfficeServer.DEMO_PASSWORD);
            assertThat(BROWSER.find(By.id("password")).getAttribute("value")).isEqualTo(BackOfficeServer.DEMO_PASSWORD);
        } finally {
            BROWSER.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    @Test
    void aWrongPasswordIsRefusedBesideTheField() {
        site.signIn("admin", "not the password");

        assertThat(site.fieldError("password")).isEqualTo("The user name or password is wrong.");
    }

    @Test
    void failedSignInsAtTheTokenEndpointHoldBackTheConsolesSignInToo() throws Exception {
        try {
            for (int i = 0; i <= FREE_FAILURES; i++) {
                WebApiSession.token(BACK_OFFICE.server(), "grant_type=password&username=dispatcher&password=guess" + i);
            }

            site.signIn("dispatcher", BackOfficeServer.DEMO_PASSWORD);

            assertThat(site.banner("Too many failed sign-ins")).matches("Too many failed sign-ins; try again in \\d+ seconds\\.");
        } finally {
            CLOCK.advance(Duration.ofHours(1)); // each minute forgives a failure: the other tests sign in again
        }
    }

    @Test
    void aDispatcherReadsSyncErrorsButNeitherOpensNorChangesTheAdminPages() {
        site.signInAs("dispatcher", "sync-errors");
        assertThat(site.navigation()).containsExactly("Sync errors", "Sync health");

        site.open("profiles");
        assertThat(BROWSER.find(By.tagName("h1")).getText()).isEqualTo("Not for your role");
        Map<String, Object> change = site.call("PUT", "settings", "{\"conflictDetection\":true}", true);
        Map<String, Object> read = site.call("GET", "profiles", null, true);

        assertThat(change.get("status")).isEqualTo(403L);
        assertThat(read.get("status")).isEqualTo(403L);
        assertThat(String.valueOf(change.get("body"))).contains("Your role (dispatcher) may not do this.");
    }

    @Test
    void aChangeWithoutTheCsrfTokenIsRefusedAndChangesNothing() {
        site.signInAs("admin", "profiles");

        Map<String, Object> without = site.call("POST", "profiles", "{\"name\":\"Forged\"}", false);
        Map<String, Object> listed = site.call("GET", "profiles", null, false);

        assertThat(without.get("status")).isEqualTo(403L);
        assertThat(String.valueOf(without.get("body"))).contains("security token").doesNotContain("Exception");
        assertThat(String.valueOf(listed.get("body"))).doesNotContain("Forged");
        assertThat(site.call("POST", "profiles", "{\"name\":\"Not forged\"}", true).get("status")).as("with the token").isEqualTo(201L);
    }

    @Test
    void aProfileNamedLikeAScriptIsShownAsText() {
        site.signInAs("admin", "profiles");
        ProfilesPage profiles = new ProfilesPage(site).open();

        profiles.create("<script>alert(1)</script>", "<img src=x onerror=alert(2)>");

        ProfilesPage.Row row = profiles.row("<script>alert(1)</script>");
        assertThat(row.cell("description")).isEqualTo("<img src=x onerror=alert(2)>");
        assertThat(BROWSER.driver().findElements(By.cssSelector("#profiles img"))).isEmpty();
        assertThat(alertShown()).isFalse();
    }

    @Test
    void theSessionCookieIsHttpOnlyAndStrictlySameSite() {
        site.signInAs("admin", "profiles");

        Cookie cookie = BROWSER.cookie("fieldbook_console");
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getSameSite()).isEqualTo("Strict");
        assertThat(cookie.getPath()).isEqualTo("/admin/");
        assertThat(cookie.isSecure()).as("plain HTTP here").isFalse();
    }

    @Test
    void aSessionIdleForThirtyMinutesIsSentToSignIn() {
        site.signInAs("admin", "profiles");
        CLOCK.advance(Duration.ofMinutes(29));
        site.open("settings");
        BROWSER.until(() -> BROWSER.script("return document.querySelector('input[name=conflictDetection]:checked');"),
                "the settings, loaded 29 minutes after signing in");

        CLOCK.advance(Duration.ofMinutes(30));
        site.open("settings");

        BROWSER.awaitPath("/admin/sign-in");
        assertThat(site.banner("You were signed out")).isEqualTo("You were signed out after 30 minutes without activity. Sign in again.");
    }

    @Test
    void signingOutEndsTheSession() {
        site.signInAs("admin", "profiles");
        Cookie before = BROWSER.cookie("fieldbook_console");

        BROWSER.find(By.id("sign-out")).click();
        BROWSER.awaitPath("/admin/sign-in");
        BROWSER.driver().manage().addCookie(before);
        site.open("profiles");

        BROWSER.awaitPath("/admin/sign-in");
    }

    private boolean alertShown() {
        try {
            BROWSER.driver().switchTo().alert();
            return true;
        } catch (NoAlertPresentException e) {
            return false;
        }
    }
}
