package org.fieldbook.backoffice.internal;

import java.util.concurrent.CountDownLatch;

import org.eclipse.core.runtime.ILog;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.fieldbook.backoffice.BackOfficeServer;

/** The headless back office product's Equinox application: serves until the framework stops it. */
public final class BackOfficeApplication implements IApplication {

    /** Exit code for a command line the application cannot use. */
    private static final Integer EXIT_USAGE = 2;

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
        try (BackOfficeServer server = BackOfficeServer.start(options.host(), options.port())) {
            context.applicationRunning();
            log.info("Fieldbook back office listening on " + server.serviceRoot());
            stopped.await();
        }
        return EXIT_OK;
    }

    @Override
    public void stop() {
        stopped.countDown();
    }
}
