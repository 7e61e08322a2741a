package org.fieldbook.tests.common;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.fieldbook.backoffice.BackOfficeServer;
import org.fieldbook.backoffice.BackOfficeSettings;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real back office on a free loopback port, with its own database in a temporary folder. Registered in a
 * static field ({@code @RegisterExtension static BackOfficeOnLoopback backOffice = new BackOfficeOnLoopback();})
 * it serves the tests of one class; in an instance field, each test gets a fresh one.
 */
public final class BackOfficeOnLoopback implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    private BackOfficeServer server;
    private Path data;
    private boolean perTest;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        start();
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        if (server == null) {
            perTest = true;
            start();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        if (perTest) {
            stop();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        stop();
    }

    private void start() throws IOException {
        data = Files.createTempDirectory("fieldbook-backoffice");
        // Closed to devices, as a Dataverse organization has no /fieldbook/v1/: a test whose device went there fails.
        server = BackOfficeServer.start(BackOfficeSettings.of(data.resolve("db")).withAddress("127.0.0.1", 0)
                .withFieldbookApiClosedToDevices());
    }

    private void stop() throws IOException {
        if (data == null) {
            return;
        }
        if (server != null) {
            server.close();
            server = null;
        }
        try (Stream<Path> files = Files.walk(data)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
        data = null;
    }

    /** @return the running server, e.g. to load demo data */
    public BackOfficeServer server() {
        if (server == null) {
            throw new IllegalStateException("The back office runs only while the test class runs");
        }
        return server;
    }

    /** @return the running server's Web API root */
    public URI serviceRoot() {
        return server().serviceRoot();
    }
}
