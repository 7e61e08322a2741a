package org.fieldbook.products.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fleet update end to end, with the products as built: the Linux client installed into a folder, a back office
 * with demo data serving the client's update site from a folder link (the release flow of docs/updates.md), and
 * a next release of the same product published from this build's repository with a higher qualifier.
 */
class ClientUpdateTest {

    private static final Duration START = Duration.ofSeconds(120);

    @TempDir
    Path folder;

    private Path client;
    private Path backOffice;
    private Path current;
    private NextRelease releases;
    private String serviceRoot;
    private int port;

    @BeforeEach
    void install() throws Exception {
        assertThat(System.getenv("DISPLAY")).as("an X display (run through ./fieldbook test or xvfb-run)").isNotBlank();
        backOffice = Products.unpackLinux(Products.BACK_OFFICE, folder);
        client = Products.unpackLinux(Products.CLIENT, folder);
        Path built = Path.of(System.getProperty("fieldbook.products", "..")).resolve("org.fieldbook.client.product/target/repository")
                .toAbsolutePath();
        releases = new NextRelease(built);
        current = folder.resolve("current");
        Files.createSymbolicLink(current, built);
        port = FreePorts.loopback();
        serviceRoot = "http://127.0.0.1:" + port + "/api/data/v9.2/";
    }

    @Test
    void theClientUpdatesToTheNextReleaseAndKeepsItsData() throws Exception {
        String next = releases.publish(folder.resolve("releases/next"), "-next", UnaryOperator.identity());
        try (LaunchedProduct office = startBackOffice()) {
            try (LaunchedProduct first = startClient(true)) {
                first.awaitLine("Updates: this client is org.fieldbook.client " + releases.builtVersion(), START);
                first.awaitLine("is the newest at", START);
                first.awaitLine("Sync finished", START);
            }
            release("releases/next");
            try (LaunchedProduct second = startClient(false)) {
                second.awaitLine("Updates: version " + next + " is ready", START);
                acceptRestart(second);
                second.awaitLine("Updates: first start of version " + next, START);
                second.awaitLine("Updates: version " + next + " reached its workbench", START);
                System.out.println(second.output());
            }
        }
    }

    private void release(String name) throws Exception {
        Path link = folder.resolve("current.new");
        Files.createSymbolicLink(link, folder.resolve(name));
        Files.move(link, current, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private LaunchedProduct startBackOffice() throws Exception {
        LaunchedProduct office = LaunchedProduct.start(backOffice.resolve("backoffice.sh"), Map.of("HOME", folder.toString()),
                "--port", String.valueOf(port), "--demo", "-data", folder.resolve("backoffice-data").toString(),
                "--client-updates", current.toString());
        office.awaitLine("listening on " + serviceRoot, Duration.ofSeconds(60));
        return office;
    }

    private LaunchedProduct startClient(boolean signIn) throws Exception {
        Map<String, String> environment = new HashMap<>(Map.of("HOME", folder.toString(), "FIELDBOOK_BACKOFFICE_URL", serviceRoot,
                "FIELDBOOK_VM_ARGS", "-Dfieldbook.noWindowManager=true"));
        if (signIn) {
            environment.putAll(Map.of("FIELDBOOK_SIGN_IN_USER", "tech1", "FIELDBOOK_SIGN_IN_PASSWORD", "fieldbook"));
        }
        return LaunchedProduct.start(client.resolve("fieldbook.sh"), environment, "-data", folder.resolve("workspace").toString());
    }

    /** Presses Return in the restart offer, as a technician taps its default button "Restart now". */
    private static void acceptRestart(LaunchedProduct client) throws Exception {
        long deadline = System.nanoTime() + START.toNanos();
        String window = "";
        while (window.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(500);
            window = xdotool("search", "--onlyvisible", "--name", "^Fieldbook update").lines().findFirst().orElse("");
        }
        assertThat(window).as("the restart offer on screen; the client said:%n%s", client.output()).isNotEmpty();
        xdotool("windowfocus", "--sync", window, "key", "Return");
    }

    private static String xdotool(String... arguments) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("xdotool"));
        command.addAll(List.of(arguments));
        Process xdotool = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(xdotool.getInputStream().readAllBytes()).strip();
        xdotool.waitFor();
        return output;
    }
}
