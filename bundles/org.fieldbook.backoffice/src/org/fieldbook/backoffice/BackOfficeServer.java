package org.fieldbook.backoffice;

import java.net.BindException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;

import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.fieldbook.backoffice.demo.DemoData;
import org.fieldbook.backoffice.internal.BackOfficeDatabase;
import org.fieldbook.backoffice.internal.OrganizationSettingsRow;
import org.fieldbook.backoffice.internal.ProfileTableRows;
import org.fieldbook.backoffice.internal.ServerConnectors;
import org.fieldbook.backoffice.internal.SyncErrors;
import org.fieldbook.backoffice.internal.WebApiServlet;
import org.fieldbook.backoffice.internal.admin.FieldbookApiServlet;
import org.fieldbook.backoffice.internal.auth.BearerTokenFilter;
import org.fieldbook.backoffice.internal.auth.PasswordSignIn;
import org.fieldbook.backoffice.internal.auth.RequestThrottle;
import org.fieldbook.backoffice.internal.auth.SignInLimits;
import org.fieldbook.backoffice.internal.auth.TokenServlet;
import org.fieldbook.backoffice.internal.auth.Tokens;
import org.fieldbook.backoffice.internal.auth.Users;
import org.fieldbook.backoffice.internal.http.JsonErrorHandler;
import org.fieldbook.backoffice.internal.http.LimitsFilter;
import org.fieldbook.backoffice.internal.http.RequestLimits;
import org.fieldbook.backoffice.internal.profiles.OfflineProfiles;
import org.fieldbook.backoffice.internal.profiles.ProfileAssignments;
import org.fieldbook.backoffice.internal.updates.ClientUpdateSite;
import org.fieldbook.backoffice.internal.updates.MandatoryUpdatesFile;
import org.fieldbook.backoffice.internal.updates.ServedRelease;
import org.fieldbook.backoffice.internal.updates.UpdateDeadlines;
import org.fieldbook.backoffice.internal.web.BackOfficeServices;
import org.fieldbook.backoffice.internal.web.WebModules;

import jakarta.servlet.DispatcherType;

/**
 * The back office's HTTP server: the Dataverse Web API subset under {@value #API_PATH} on one host and
 * port, behind bearer tokens from its OAuth 2 endpoint, and the web modules installed bundles contribute
 * (the admin console under {@value #CONSOLE_PATH}). Tests and the headless application start it through
 * {@link #start(BackOfficeSettings)}.
 */
public final class BackOfficeServer implements AutoCloseable {

    /** Where the Web API lives, as in Dataverse. */
    public static final String API_PATH = "/api/data/v9.2/";
    /** Fieldbook's own API: the signed-in user, their offline profile, administration. */
    public static final String FIELDBOOK_API_PATH = "/fieldbook/v1/";
    /** Where the admin console lives, when its bundle is installed. */
    public static final String CONSOLE_PATH = "/admin/";
    /** Where clients find their p2 update site, when the back office is given one. */
    public static final String CLIENT_UPDATES_PATH = "/updates/client/";
    /** Where clients get bearer tokens. */
    public static final String TOKEN_PATH = "/oauth2/token";
    /** The password of every demo account. */
    public static final String DEMO_PASSWORD = "fieldbook";

    private final Server jetty;
    private final URI serviceRoot;
    private final BackOfficeDatabase database;
    private final Users users;

    private BackOfficeServer(Server jetty, URI serviceRoot, BackOfficeDatabase database, Users users) {
        this.jetty = jetty;
        this.serviceRoot = serviceRoot;
        this.database = database;
        this.users = users;
    }

    /**
     * Starts serving on {@code host}:{@code port} the data of the database in {@code dataFolder} (created on
     * first start), over plain HTTP with default limits.
     *
     * @param host the address to bind, normally loopback
     * @param port the port, or 0 for any free port
     * @throws BackOfficeException when the port is taken, the database cannot be opened or the server cannot start
     */
    public static BackOfficeServer start(String host, int port, Path dataFolder) {
        return start(BackOfficeSettings.of(dataFolder).withAddress(host, port));
    }

    /**
     * Starts serving as {@code settings} say: the Web API under {@value #API_PATH} and the OAuth 2 token
     * endpoint at {@value #TOKEN_PATH}.
     *
     * @throws BackOfficeException when the port is taken, the database or key store cannot be opened or the
     *         server cannot start
     */
    public static BackOfficeServer start(BackOfficeSettings settings) {
        return start(settings, Clock.systemUTC());
    }

    /**
     * Starts serving as {@code settings} say, reading the time from {@code clock}: tests pass one they move
     * on, to see tokens expire and sign-in backoff end without waiting.
     *
     * @throws BackOfficeException as {@link #start(BackOfficeSettings)}
     * @throws IllegalArgumentException when the client updates folder is not a folder
     */
    public static BackOfficeServer start(BackOfficeSettings settings, Clock clock) {
        if (settings.clientUpdates() != null && !Files.isDirectory(settings.clientUpdates())) {
            throw new IllegalArgumentException("The client updates folder " + settings.clientUpdates()
                    + " is not a folder: give --client-updates the folder of the client's p2 repository.");
        }
        BackOfficeDatabase database = BackOfficeDatabase.open(settings.dataFolder());
        OfflineProfiles profiles = new OfflineProfiles(database, clock);
        try {
            profiles.installShippedProfile();
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        Users users = new Users(database);
        Tokens tokens = new Tokens(database, settings.accessTokenLifetime(), settings.refreshTokenLifetime(), clock);
        Server jetty = new Server();
        ServerConnector connector = ServerConnectors.of(jetty, settings);
        jetty.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        RequestThrottle throttle = new RequestThrottle(settings.requestLimit(), settings.requestWindow());
        limit(context, new LimitsFilter(RequestLimits.MAX_BODY, RequestLimits.MAX_BATCH_BODY), API_PATH + "*");
        limit(context, new LimitsFilter(RequestLimits.MAX_SMALL_BODY, RequestLimits.MAX_SMALL_BODY), FIELDBOOK_API_PATH + "*");
        limit(context, new LimitsFilter(RequestLimits.MAX_SMALL_BODY, RequestLimits.MAX_SMALL_BODY), TOKEN_PATH);
        context.addFilter(new FilterHolder(new BearerTokenFilter(tokens, throttle, true)), API_PATH + "*",
                EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(new FilterHolder(new BearerTokenFilter(tokens, throttle, false)), FIELDBOOK_API_PATH + "*",
                EnumSet.of(DispatcherType.REQUEST));
        ProfileAssignments assignments = new ProfileAssignments(database, profiles.defaultProfileId());
        OrganizationSettingsRow organization = new OrganizationSettingsRow(database);
        context.addServlet(new ServletHolder("webapi", new WebApiServlet(database, new ProfileTableRows(profiles, assignments), organization)),
                API_PATH + "*");
        context.addServlet(new ServletHolder("fieldbook", FieldbookApiServlet.of(users, database, profiles, settings.fieldbookApiClosedToDevices())), FIELDBOOK_API_PATH + "*");
        PasswordSignIn signIn = new PasswordSignIn(users, new SignInLimits(settings.signInLimit(), clock));
        context.addServlet(new ServletHolder("token", new TokenServlet(tokens, signIn)), TOKEN_PATH);
        UpdateDeadlines deadlines = new UpdateDeadlines(database, clock);
        if (settings.clientUpdates() != null) {
            context.addServlet(new ServletHolder("client-updates", new ClientUpdateSite(settings.clientUpdates())),
                    CLIENT_UPDATES_PATH + "*");
            context.addServlet(new ServletHolder("mandatory-updates", new MandatoryUpdatesFile(deadlines)),
                    CLIENT_UPDATES_PATH + MandatoryUpdatesFile.NAME);
        }
        WebModules.mountAll(context, new BackOfficeServices(database, signIn, throttle, profiles,
                assignments, new SyncErrors(database), organization, clock, deadlines, new ServedRelease(settings.clientUpdates())));
        context.setErrorHandler(new JsonErrorHandler());
        jetty.setErrorHandler(new JsonErrorHandler());
        jetty.setHandler(context);
        try {
            jetty.start();
        } catch (Exception e) {
            stopQuietly(jetty);
            database.close();
            if (isBindFailure(e)) {
                throw new PortInUseException(settings.host(), settings.port(), e);
            }
            throw new BackOfficeException("Cannot serve on " + settings.host() + ":" + settings.port() + ": " + e.getMessage(), e);
        }
        URI root = URI.create((settings.secure() ? "https://" : "http://") + hostInUri(settings.host()) + ":"
                + connector.getLocalPort() + API_PATH);
        return new BackOfficeServer(jetty, root, database, users);
    }

    private static boolean isBindFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds a user account.
     *
     * @param systemUserId the id a technician's bookable resource names in {@code _userid_value}, or null for a new one
     * @throws BackOfficeException when the name or id is taken
     */
    public void addUser(String userName, char[] password, Role role, String systemUserId) {
        users.add(userName, password, role, systemUserId);
    }

    /** @return whether no account exists yet */
    public boolean hasNoUsers() {
        return users.isEmpty();
    }

    /** @return the OAuth 2 token endpoint, e.g. {@code http://127.0.0.1:8080/oauth2/token} */
    public URI tokenEndpoint() {
        return serviceRoot.resolve(TOKEN_PATH);
    }

    /** @return the Web API's root, e.g. {@code http://127.0.0.1:8080/api/data/v9.2/} */
    public URI serviceRoot() {
        return serviceRoot;
    }

    /** @return where clients find their update site, e.g. {@code http://127.0.0.1:8080/updates/client/} */
    public URI clientUpdates() {
        return serviceRoot.resolve(CLIENT_UPDATES_PATH);
    }

    /** @return the port actually bound */
    public int port() {
        return serviceRoot.getPort();
    }

    /**
     * Loads generated data into tables that are still empty, so a restart does not load it twice, with the
     * demo's accounts (password {@value #DEMO_PASSWORD}): {@code tech1}, {@code tech2}… for the technicians in
     * order, {@code dispatcher} and {@code admin}.
     *
     * @return whether anything was loaded
     */
    public boolean loadDemoData(DemoData data) {
        if (data.tables().keySet().stream().anyMatch(table -> !database.isEmpty(table))) {
            return false;
        }
        database.insert(data.tables());
        // One hash for all: the accounts share a published password, so separate salts would protect nothing.
        String hash = users.hash(DEMO_PASSWORD.toCharArray());
        for (int i = 0; i < data.technicianUserIds().size(); i++) {
            users.addHashed("tech" + (i + 1), hash, Role.TECHNICIAN, data.technicianUserIds().get(i));
        }
        users.addHashed("dispatcher", hash, Role.DISPATCHER, null);
        users.addHashed("admin", hash, Role.ADMIN, null);
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

    /** Limits come first: nothing may parse a request before they are checked. */
    private static void limit(ServletContextHandler context, LimitsFilter limits, String path) {
        context.addFilter(new FilterHolder(limits), path, EnumSet.of(DispatcherType.REQUEST));
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
