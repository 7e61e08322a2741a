package org.fieldbook.backoffice;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;

import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.fieldbook.backoffice.demo.DemoData;
import org.fieldbook.backoffice.internal.BackOfficeDatabase;
import org.fieldbook.backoffice.internal.WebApiServlet;
import org.fieldbook.backoffice.internal.profiles.OfflineProfiles;

/**
 * The back office's HTTP server: the Dataverse Web API subset under {@value #API_PATH} on one host and
 * port. Tests and the headless application both start it through {@link #start(String, int)}.
 */
public final class BackOfficeServer implements AutoCloseable {

    /** Where the Web API lives, as in Dataverse. */
    public static final String API_PATH = "/api/data/v9.2/";

    private final Server jetty;
    private final URI serviceRoot;
    private final BackOfficeDatabase database;

    private BackOfficeServer(Server jetty, URI serviceRoot, BackOfficeDatabase database) {
        this.jetty = jetty;
        this.serviceRoot = serviceRoot;
        this.database = database;
    }

    /**
     * Starts serving on {@code host}:{@code port} the data of the database in {@code dataFolder} (created on
     * first start).
     *
     * @param host the address to bind, normally loopback
     * @param port the port, or 0 for any free port
     * @throws BackOfficeException when the port is taken, the database cannot be opened or the server cannot start
     */
    public static BackOfficeServer start(String host, int port, Path dataFolder) {
        BackOfficeDatabase database = BackOfficeDatabase.open(dataFolder);
        try {
            new OfflineProfiles(database, Clock.systemUTC()).installShippedProfile();
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        Server jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost(host);
        connector.setPort(port);
        jetty.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addServlet(new ServletHolder("webapi", new WebApiServlet(database)), API_PATH + "*");
        jetty.setHandler(context);
        try {
            jetty.start();
        } catch (Exception e) {
            stopQuietly(jetty);
            database.close();
            throw new BackOfficeException("Cannot serve on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        URI root = URI.create("http://" + hostInUri(host) + ":" + connector.getLocalPort() + API_PATH);
        return new BackOfficeServer(jetty, root, database);
    }

    /** @return the Web API's root, e.g. {@code http://127.0.0.1:8080/api/data/v9.2/} */
    public URI serviceRoot() {
        return serviceRoot;
    }

    /** @return the port actually bound */
    public int port() {
        return serviceRoot.getPort();
    }

    /**
     * Loads generated data into tables that are still empty, so a restart does not load it twice.
     *
     * @return whether anything was loaded
     */
    public boolean loadDemoData(DemoData data) {
        if (data.tables().keySet().stream().anyMatch(table -> !database.isEmpty(table))) {
            return false;
        }
        database.insert(data.tables());
        return true;
    }

    @Override
    public void close() {
        try {
            jetty.stop();
        } catch (Exception e) {
            throw new BackOfficeException("Cannot stop the back office: " + e.getMessage(), e);
        } finally {
            database.close();
        }
    }

    private static void stopQuietly(Server jetty) {
        try {
            jetty.stop();
        } catch (Exception ignored) {
            // Start already failed; that error is the one to report.
        }
    }

    private static String hostInUri(String host) {
        return host.contains(":") ? "[" + host + "]" : host;
    }
}
