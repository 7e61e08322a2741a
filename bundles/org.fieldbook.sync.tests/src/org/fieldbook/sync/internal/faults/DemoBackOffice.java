package org.fieldbook.sync.internal.faults;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.fieldbook.backoffice.BackOfficeServer;
import org.fieldbook.backoffice.BackOfficeSettings;
import org.fieldbook.backoffice.demo.DemoDataGenerator;
import org.fieldbook.backoffice.demo.DemoSize;

/**
 * A back office with the small demo data set that can be stopped and started again on the same data and port,
 * as a server that crashes and comes back. Unlike {@code BackOfficeOnLoopback} it keeps its data folder, which
 * the test owns (a {@code @TempDir}).
 */
public final class DemoBackOffice implements AutoCloseable {

    private final Path data;
    private final int port;
    private BackOfficeServer server;

    private DemoBackOffice(Path data) {
        this.data = data;
        this.server = BackOfficeServer.start(settings(0));
        this.port = server.port();
        server.loadDemoData(new DemoDataGenerator(5, LocalDate.now(ZoneOffset.UTC), ZoneOffset.UTC).generate(DemoSize.small()));
    }

    /** @return a running back office with demo data in {@code folder} */
    public static DemoBackOffice startIn(Path folder) {
        return new DemoBackOffice(folder.resolve("backoffice"));
    }

    /** Stops the server at once, as a crash would. */
    public void stop() {
        server.close();
        server = null;
    }

    /** Starts a new server on the stopped one's data and port. */
    public void start() {
        server = BackOfficeServer.start(settings(port));
    }

    /** Closed to devices, as a Dataverse organization has no {@code /fieldbook/v1/}: a device that went there fails its test. */
    private BackOfficeSettings settings(int onPort) {
        return BackOfficeSettings.of(data).withAddress("127.0.0.1", onPort).withFieldbookApiClosedToDevices();
    }

    /** @return the port, the same across restarts */
    public int port() {
        return port;
    }

    public URI serviceRoot() {
        return URI.create("http://127.0.0.1:" + port + BackOfficeServer.API_PATH);
    }

    @Override
    public void close() {
        if (server != null) {
            stop();
        }
    }
}
