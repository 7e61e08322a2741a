package org.fieldbook.backoffice.console;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Chromium for the tests of a class, driven through Selenium WebDriver and Debian's
 * {@code chromedriver}; register it in a static field with {@code @RegisterExtension}. Each test starts
 * signed out ({@link #signOutEverywhere}).
 */
public final class ConsoleBrowser implements BeforeAllCallback, AfterAllCallback {

    /** A hang guard: pages answer in milliseconds on loopback. */
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private static final long POLL = 25;

    private ChromeDriver driver;

    @Override
    public void beforeAll(ExtensionContext context) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File(System.getProperty("fieldbook.chromium", "/usr/bin/chromium")));
        // --no-sandbox: the build may run as root, where Chromium's sandbox refuses to start.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,800",
                "--disable-gpu", "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("fieldbook.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(PATIENCE);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void open(URI address) {
        driver.get(address.toString());
    }

    /** Forgets the console's session cookie, as a browser closed and opened again. */
    public void signOutEverywhere(URI console) {
        open(console.resolve("/admin/assets/console.css"));
        driver.manage().deleteAllCookies();
    }

    public Cookie cookie(String name) {
        return driver.manage().getCookieNamed(name);
    }

    /** @return the element once it is on the page */
    public WebElement find(By by) {
        return until(() -> driver.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null), "element " + by);
    }

    /** @return the element's text once it contains {@code expected} */
    public String textOnceContains(By by, String expected) {
        return until(() -> {
            String text = driver.findElements(by).stream().map(WebElement::getText).reduce("", String::concat);
            return text.contains(expected) ? text : null;
        }, expected + " in " + by);
    }

    /** Waits for the page at {@code path}, e.g. after a redirect. */
    public void awaitPath(String path) {
        until(() -> URI.create(driver.getCurrentUrl()).getPath().equals(path) ? Boolean.TRUE : null, "the page " + path);
    }

    /** Polls the page, which the console's scripts fill in after it loads, until {@code probe} answers non-null. */
    public <T> T until(Supplier<T> probe, String what) {
        Instant end = Instant.now().plus(PATIENCE);
        while (true) {
            T found = current(probe);
            if (found != null) {
                return found;
            }
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("Gave up waiting for " + what + " on " + driver.getCurrentUrl() + ":\n"
                        + driver.findElement(By.tagName("body")).getText());
            }
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted waiting for " + what, e);
            }
        }
    }

    /** @return what the probe found, or null when the page was redrawn under it */
    private static <T> T current(Supplier<T> probe) {
        try {
            return probe.get();
        } catch (StaleElementReferenceException e) {
            return null;
        }
    }

    /** Runs a script in the page, which reads the page in one go, whatever scripts redraw next. */
    public Object script(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    /** Saves a picture of the page, for a person to look at. */
    public Path screenshot(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    }
}
