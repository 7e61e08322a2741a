package org.fieldbook.backoffice.console;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.fieldbook.backoffice.BackOfficeServer;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The console of one back office in one browser: its address, signing in and out (the sign-in page's
 * object), and calls made from inside the signed-in page, as a script of another tab would make them.
 */
final class ConsoleSite {

    private final ConsoleBrowser browser;
    private final URI root;

    ConsoleSite(ConsoleBrowser browser, BackOfficeServer server) {
        this.browser = browser;
        this.root = server.serviceRoot().resolve(BackOfficeServer.CONSOLE_PATH);
    }

    ConsoleBrowser browser() {
        return browser;
    }

    URI address(String page) {
        return root.resolve(page);
    }

    /** Opens a page of the console as a bookmark would. */
    void open(String page) {
        browser.open(address(page));
    }

    /** Signs in from a fresh browser and waits for the first page. */
    void signIn(String userName, String password) {
        browser.signOutEverywhere(root);
        open("sign-in");
        submitSignIn(userName, password);
    }

    void submitSignIn(String userName, String password) {
        WebElement name = browser.find(By.id("user-name"));
        name.clear();
        name.sendKeys(userName);
        WebElement secret = browser.find(By.id("password"));
        secret.clear();
        secret.sendKeys(password);
        // the button is enabled once the page's script handles the form
        browser.find(By.cssSelector("#sign-in-form button.primary:enabled")).click();
    }

    void signInAs(String demoUser, String firstPage) {
        signIn(demoUser, BackOfficeServer.DEMO_PASSWORD);
        browser.awaitPath(BackOfficeServer.CONSOLE_PATH + firstPage);
        browser.find(By.cssSelector("#nav a"));
    }

    /** @return the page's banner once it starts with {@code start} (a banner shown before may still be there) */
    String banner(String start) {
        return browser.until(() -> {
            String text = (String) browser.script("const banner = document.querySelector('#banner .banner');"
                    + " return banner ? banner.textContent : '';");
            return text.startsWith(start) ? text : null;
        }, "a message in the banner starting with " + start);
    }

    /** @return the message beside a form field */
    String fieldError(String fieldId) {
        return browser.find(By.id(fieldId + "-error")).getText();
    }

    /** @return the question of the confirmation dialog once it is open */
    String confirmation() {
        return browser.find(By.id("confirm-title")).getText();
    }

    /** Answers the open confirmation dialog: its action or Cancel. */
    void confirm(boolean yes) {
        browser.find(By.cssSelector("#confirm button[value=" + (yes ? "yes" : "no") + "]")).click();
    }

    /** @return the labels of the navigation */
    List<String> navigation() {
        browser.find(By.cssSelector("#nav a"));
        return browser.driver().findElements(By.cssSelector("#nav a")).stream().map(WebElement::getText).toList();
    }

    /**
     * Calls {@code /admin/api/<path>} from the open page with the browser's cookie.
     *
     * @param withToken whether the call carries the session's CSRF token, as the console's own scripts do
     * @return the answer's status and body
     */
    @SuppressWarnings("unchecked")
    Map<String, Object> call(String method, String path, String jsonBody, boolean withToken) {
        String script = """
                const [method, path, body, withToken, done] = arguments;
                (async () => {
                  const me = await (await fetch('/admin/api/me')).json();
                  const headers = { 'Content-Type': 'application/json' };
                  if (withToken) headers['X-CSRF-Token'] = me.csrf;
                  const response = await fetch('/admin/api/' + path, { method, headers, body: body || undefined });
                  done({ status: response.status, body: await response.text() });
                })().catch((error) => done({ status: -1, body: String(error) }));
                """;
        return (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeAsyncScript(script, method, path, jsonBody, withToken);
    }
}
