package org.fieldbook.products.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client product as a technician starts it, next to a running back office product: it opens its
 * window on a new workspace, creates the local database there, shows the (empty) agenda, and finds the back
 * office online.
 */
class ClientProductSmokeTest {

    private static final String SCREENSHOT = "client-first-start.png";

    @TempDir
    Path folder;

    @Test
    void startsToTheAgendaWithANewLocalStoreAndTheBackOfficeOnline() throws Exception {
        assertThat(System.getenv("DISPLAY")).as("an X display (run the tests through ./fieldbook test or xvfb-run)")
                .isNotBlank();
        Path backOfficeProduct = Products.unpackLinux(Products.BACK_OFFICE, folder);
        Path clientProduct = Products.unpackLinux(Products.CLIENT, folder);
        Path workspace = folder.resolve("workspace");
        int port = FreePorts.loopback();
        String serviceRoot = "http://127.0.0.1:" + port + "/api/data/v9.2/";

        try (LaunchedProduct backOffice = LaunchedProduct.start(backOfficeProduct.resolve("backoffice.sh"),
                Map.of("HOME", folder.toString()), "--port", String.valueOf(port))) {
            backOffice.awaitLine("listening on " + serviceRoot, Duration.ofSeconds(60));
            try (LaunchedProduct client = LaunchedProduct.start(clientProduct.resolve("fieldbook.sh"),
                    Map.of("HOME", folder.toString(), "FIELDBOOK_BACKOFFICE_URL", serviceRoot),
                    "-data", workspace.toString())) {
                client.awaitLine("Fieldbook workbench is up", Duration.ofSeconds(120));
                client.awaitLine("Local store open at " + workspace.resolve("fieldbook-db"), Duration.ofSeconds(120));
                client.awaitLine("Back office " + serviceRoot + ": online", Duration.ofSeconds(120));
                // Written by the agenda once it is on screen: nobody signed in yet, so it holds no booking.
                client.awaitLine("Agenda shown with 0 bookings", Duration.ofSeconds(120));
                assertThat(workspace.resolve("fieldbook-db/service.properties")).isRegularFile();
                assertThat(client.output()).doesNotContain("Could not resolve module", "Unable to create class");
                Thread.sleep(1500); // let the last layout paint before the picture
                screenshot(Products.screenshots().resolve(SCREENSHOT));
            }
        }
    }

    private static void screenshot(Path file) throws Exception {
        assertThat(GraphicsEnvironment.isHeadless()).as("AWT must reach the display for a screenshot").isFalse();
        Rectangle screen = new Rectangle(Toolkit.getDefaultToolkit().getScreenSize());
        try {
            ImageIO.write(new Robot().createScreenCapture(screen), "png", file.toFile());
        } catch (IOException e) {
            throw new AssertionError("Cannot write the screenshot " + file, e);
        }
        assertThat(file).isNotEmptyFile();
    }
}
