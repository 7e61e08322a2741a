package org.fieldbook.tests.common;

import java.net.URI;

import org.fieldbook.backoffice.BackOfficeServer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real back office on a free loopback port for the tests of one class. Register it with
 * {@code @RegisterExtension static BackOfficeOnLoopback backOffice = new BackOfficeOnLoopback();}.
 */
public final class BackOfficeOnLoopback implements BeforeAllCallback, AfterAllCallback {

    private BackOfficeServer server;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = BackOfficeServer.start("127.0.0.1", 0);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** @return the running server's Web API root */
    public URI serviceRoot() {
        if (server == null) {
            throw new IllegalStateException("The back office runs only while the test class runs");
        }
        return server.serviceRoot();
    }
}
