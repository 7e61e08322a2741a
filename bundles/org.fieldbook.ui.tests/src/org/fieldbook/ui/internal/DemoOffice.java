package org.fieldbook.ui.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;

import org.fieldbook.backoffice.BackOfficeServer;
import org.fieldbook.sync.SyncException;
import org.fieldbook.tests.common.BackOfficeOnLoopback;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A back office on loopback holding the small demo data, for one test class
 * ({@code @RegisterExtension static final DemoOffice OFFICE = new DemoOffice();}), and the technicians' devices
 * pointed at it.
 */
public final class DemoOffice implements BeforeAllCallback, AfterAllCallback {

    private final BackOfficeOnLoopback backOffice = new BackOfficeOnLoopback();

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        backOffice.beforeAll(context);
        OfficeUser.smallDemo(backOffice.server());
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        backOffice.afterAll(context);
    }

    public BackOfficeServer server() {
        return backOffice.server();
    }

    public URI serviceRoot() {
        return backOffice.serviceRoot();
    }

    /** @return a device not signed in yet, its store and secure storage in {@code folder} */
    public TechnicianDevice device(Path folder) throws IOException {
        return new TechnicianDevice(serviceRoot(), folder);
    }

    /** @return a device signed in as tech1 after its first sync */
    public TechnicianDevice syncedDevice(Path folder) throws IOException, SyncException, InterruptedException {
        return device(folder).synced("tech1");
    }
}
