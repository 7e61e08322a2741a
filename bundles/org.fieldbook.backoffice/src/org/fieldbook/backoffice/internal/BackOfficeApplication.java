package org.fieldbook.backoffice.internal;

import java.net.URL;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.CountDownLatch;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.fieldbook.backoffice.BackOfficeServer;
import org.fieldbook.backoffice.demo.DemoData;
import org.fieldbook.backoffice.demo.DemoDataGenerator;
import org.fieldbook.backoffice.demo.DemoSize;

/** The headless back office product's Equinox application: serves until the framework stops it. */
public final class BackOfficeApplication implements IApplication {

    /** Exit code for a command line the application cannot use. */
    private static final Integer EXIT_USAGE = 2;
    /** Demo data is the same on every start, so a README's examples stay true. */
    private static final long DEMO_SEED = 20261127L;

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
        try (BackOfficeServer server = BackOfficeServer.start(options.host(), options.port(), dataFolder())) {
            if (options.demoWorkOrders() > 0) {
                DemoData demo = new DemoDataGenerator(DEMO_SEED, LocalDate.now(), ZoneId.systemDefault())
                        .generate(DemoSize.ofWorkOrders(options.demoWorkOrders()));
                log.info(server.loadDemoData(demo) ? "Loaded " + demo.size() + " demo rows"
                        : "Demo data not loaded: the database already holds data");
            }
            context.applicationRunning();
            log.info("Fieldbook back office listening on " + server.serviceRoot());
            stopped.await();
        }
        return EXIT_OK;
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
