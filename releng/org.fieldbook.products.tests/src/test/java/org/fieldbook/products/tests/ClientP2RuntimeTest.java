package org.fieldbook.products.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client product carries a working p2 runtime: at start its installation's provisioning agent and profile are
 * found, and once the workbench is up it checks the back office's update site through p2 (metadata and artifact
 * repositories loaded over HTTP by ECF's HttpClient 5 transport, an UpdateOperation resolved).
 */
class ClientP2RuntimeTest {

    private static final Duration START = Duration.ofSeconds(120);

    @TempDir
    Path folder;

    @Test
    void theInstalledClientFindsItselfNewestOnTheSiteOfItsOwnBuild() throws Exception {
        String output = startAgainst(repository("org.fieldbook.client.product"),
                "Updates: this client is org.fieldbook.client 0.1.0.", "is the newest at http://127.0.0.1:");

        assertThat(output).containsPattern("Updates: this client is org\\.fieldbook\\.client 0\\.1\\.0\\.\\S+ \\(p2 profile DefaultProfile\\)")
                .doesNotContain("Could not resolve module", "Updates: The update site");
    }

    @Test
    void aSiteOfAnotherProductIsRefusedWithAClearMessage() throws Exception {
        String output = startAgainst(repository("org.fieldbook.backoffice.product"), "Updates: this client is",
                "holds no Fieldbook client (org.fieldbook.client): it is another product's repository.");

        assertThat(output).doesNotContain("is the newest at");
    }

    private static Path repository(String productModule) {
        Path repository = Path.of(System.getProperty("fieldbook.products", "..")).resolve(productModule).resolve("target/repository");
        assertThat(repository.resolve("content.jar")).as("the p2 repository of " + productModule).isRegularFile();
        return repository.toAbsolutePath();
    }

    /** Starts a back office serving {@code site} and the client against it; waits for both lines, returns the client's output. */
    private String startAgainst(Path site, String first, String second) throws Exception {
        assertThat(System.getenv("DISPLAY")).as("an X display (run through ./fieldbook test or xvfb-run)").isNotBlank();
        Path backOfficeProduct = Products.unpackLinux(Products.BACK_OFFICE, folder);
        Path clientProduct = Products.unpackLinux(Products.CLIENT, folder);
        int port = FreePorts.loopback();
        String serviceRoot = "http://127.0.0.1:" + port + "/api/data/v9.2/";
        try (LaunchedProduct backOffice = LaunchedProduct.start(backOfficeProduct.resolve("backoffice.sh"),
                Map.of("HOME", folder.toString()), "--port", String.valueOf(port), "--client-updates", site.toString())) {
            backOffice.awaitLine("listening on " + serviceRoot, Duration.ofSeconds(60));
            assertThat(backOffice.output()).contains("Client updates from " + site + " at http://127.0.0.1:" + port + "/updates/client/");
            try (LaunchedProduct client = LaunchedProduct.start(clientProduct.resolve("fieldbook.sh"),
                    Map.of("HOME", folder.toString(), "FIELDBOOK_BACKOFFICE_URL", serviceRoot),
                    "-data", folder.resolve("workspace").toString())) {
                client.awaitLine(first, START);
                client.awaitLine("Fieldbook workbench is up", START);
                client.awaitLine(second, START);
                return client.output();
            }
        }
    }
}
