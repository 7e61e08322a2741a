package org.fieldbook.backoffice.internal;

import java.net.URL;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.concurrent.CountDownLatch;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.fieldbook.backoffice.BackOfficeServer;
import org.fieldbook.backoffice.BackOfficeSettings;
import org.fieldbook.backoffice.PortInUseException;
import org.fieldbook.backoffice.Role;
import org.fieldbook.backoffice.demo.DemoData;
import org.fieldbook.backoffice.demo.DemoDataGenerator;
import org.fieldbook.backoffice.demo.DemoSize;

/** The headless back office product's Equinox application: serves until the framework stops it. */
public final class BackOfficeApplication implements IApplication {

    /** Exit code for a command line the application cannot use. */
    private static final Integer EXIT_USAGE = 2;
    private static final Integer EXIT_PORT_IN_USE = 3;
    /** Demo data is the same on every start, so a README's examples stay true. */
    private static final long DEMO_SEED = 20261127L;
    /** The environment variable that can set the first administrator's password. */
    private static final String ADMIN_PASSWORD = "FIELDBOOK_ADMIN_PASSWORD";

    private final ILog log = ILog.of(BackOfficeApplication.class);
    private final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    public Object start(IApplicationContext context) throws Exception {
        BackOfficeOptions options;
        try {
            options = BackOfficeOptions.parse((String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS));
        } catch (IllegalArgumentException e) {
            log.error(e.getMessage());
            return EXIT_USAGE;
        }
        BackOfficeSettings settings = BackOfficeSettings.of(dataFolder()).withAddress(options.host(), options.port());
        if (options.fieldbookApiClosedToDevices()) {
            settings = settings.withFieldbookApiClosedToDevices();
        }
        if (options.keyStore() != null) {
            settings = settings.withKeyStore(options.keyStore(), System.getenv(BackOfficeOptions.KEYSTORE_PASSWORD));
        }
        if (options.clientUpdates() != null) {
            settings = settings.withClientUpdates(options.clientUpdates().toAbsolutePath());
        }
        BackOfficeServer started;
        try {
            started = BackOfficeServer.start(settings);
        } catch (PortInUseException e) {
            log.error(e.getMessage()); // one line that says what to do; the stack trace would bury it
            return EXIT_PORT_IN_USE;
        } catch (IllegalArgumentException e) {
            log.error(e.getMessage()); // a setting to correct, said in one line
            return EXIT_USAGE;
        }
        try (BackOfficeServer server = started) {
            if (options.demoWorkOrders() > 0) {
                DemoData demo = new DemoDataGenerator(DEMO_SEED, LocalDate.now(), ZoneId.systemDefault())
                        .generate(DemoSize.ofWorkOrders(options.demoWorkOrders()));
                log.info(server.loadDemoData(demo) ? "Loaded " + demo.size() + " demo rows and the demo accounts"
                        : "Demo data not loaded: the database already holds data");
            }
            firstAdministrator(server);
            context.applicationRunning();
            if (options.clientUpdates() != null) {
                log.info("Client updates from " + options.clientUpdates().toAbsolutePath() + " at " + server.clientUpdates());
            }
            log.info("Fieldbook back office listening on " + server.serviceRoot());
            stopped.await();
        }
        return EXIT_OK;
    }

    /**
     * A new server's first account: {@code admin} with the password in {@value #ADMIN_PASSWORD}, or a random
     * one written once to the log.
     */
    private void firstAdministrator(BackOfficeServer server) {
        if (!server.hasNoUsers()) {
            return;
        }
        String password = System.getenv(ADMIN_PASSWORD);
        boolean generated = password == null || password.isBlank();
        if (generated) {
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            password = Base64.getUrlEncoder().encodeToString(random);
        }
        server.addUser("admin", password.toCharArray(), Role.ADMIN, null);
        log.warn(generated ? "Created the first account: admin, password " + password + " (shown only now; change it)"
                : "Created the first account: admin, password from " + ADMIN_PASSWORD);
    }

    /** The database lives in the instance area (-data), by default ~/Fieldbook/backoffice. */
    private static Path dataFolder() {
        URL instance = Platform.getInstanceLocation().getURL();
        return Path.of(instance.getPath()).resolve("webapi-db");
    }

    @Override
    public void stop() {
        stopped.countDown();
    }
}
