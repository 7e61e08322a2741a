package org.fieldbook.backoffice.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.fieldbook.backoffice.BackOfficeServer;
import org.fieldbook.backoffice.BackOfficeSettings;
import org.fieldbook.backoffice.Role;
import org.fieldbook.backoffice.demo.DemoData;
import org.fieldbook.backoffice.demo.DemoDataGenerator;
import org.fieldbook.backoffice.demo.DemoSize;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real back office for the tests of one class: on a free loopback port, its database in a temporary
 * folder, with demo data generated for today if asked. Register it in a static field with
 * {@code @RegisterExtension}.
 */
public final class BackOfficeFixture implements BeforeAllCallback, AfterAllCallback {

    private final long seed;
    private final DemoSize size;
    private Clock clock = Clock.systemUTC();
    private boolean closedToDevices;
    private boolean clientUpdates;
    private Consumer<Path> beforeStart = databaseFolder -> {
    };
    private Path folder;
    private BackOfficeServer server;
    private DemoData demo;

    private BackOfficeFixture(long seed, DemoSize size) {
        this.seed = seed;
        this.size = size;
    }

    /** @return a back office without data or users */
    public static BackOfficeFixture empty() {
        return new BackOfficeFixture(0, null);
    }

    /** @return a back office with demo data of {@code size} from {@code seed}, and the demo accounts */
    public static BackOfficeFixture withDemo(long seed, DemoSize size) {
        return new BackOfficeFixture(seed, size);
    }

    /** @return this fixture, its server reading the time from {@code serverClock} (e.g. a {@link MovableClock}) */
    public BackOfficeFixture withClock(Clock serverClock) {
        this.clock = serverClock;
        return this;
    }

    /** @return this fixture, its {@code /fieldbook/v1/} answering administrators only */
    public BackOfficeFixture withFieldbookApiClosedToDevices() {
        this.closedToDevices = true;
        return this;
    }

    /** @return this fixture, serving a client update site from {@link #clientUpdatesFolder()}, empty at first */
    public BackOfficeFixture withClientUpdates() {
        this.clientUpdates = true;
        return this;
    }

    /**
     * @return this fixture, {@code prepare} given the database folder before the server opens it, e.g. to
     *         install an older release of the shipped profile that the server then finds
     */
    public BackOfficeFixture beforeStart(Consumer<Path> prepare) {
        this.beforeStart = prepare;
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        folder = Files.createTempDirectory("fieldbook-backoffice-test");
        beforeStart.accept(databaseFolder());
        if (clientUpdates) {
            Files.createDirectories(clientUpdatesFolder());
        }
        server = BackOfficeServer.start(settings(), clock);
        if (size != null) {
            demo = new DemoDataGenerator(seed, LocalDate.now(ZoneOffset.UTC), ZoneOffset.UTC).generate(size);
            server.loadDemoData(demo);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        server.close();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** Closes the server and starts another on the same database, as after a crash or an update; sign in again after. */
    public void restart() throws IOException {
        server.close();
        server = BackOfficeServer.start(settings(), clock);
    }

    private BackOfficeSettings settings() {
        BackOfficeSettings settings = BackOfficeSettings.of(databaseFolder()).withAddress("127.0.0.1", 0);
        if (clientUpdates) {
            settings = settings.withClientUpdates(clientUpdatesFolder());
        }
        return closedToDevices ? settings.withFieldbookApiClosedToDevices() : settings;
    }

    /** @return the folder the client update site serves, with {@link #withClientUpdates()} */
    public Path clientUpdatesFolder() {
        return folder.resolve("client-updates");
    }

    public BackOfficeServer server() {
        return server;
    }

    /** @return the folder of the server's database, for tests that work on it underneath the server */
    public Path databaseFolder() {
        return folder.resolve("db");
    }

    /** @return the demo data loaded, or null for an empty back office */
    public DemoData demo() {
        return demo;
    }

    /** @return a session of a demo account ({@code tech1}, {@code dispatcher}, {@code admin}…) */
    public WebApiSession demoUser(String userName) throws IOException, InterruptedException {
        return WebApiSession.signIn(server, userName, BackOfficeServer.DEMO_PASSWORD);
    }

    /** @return a session of a new account */
    public WebApiSession newUser(String userName, Role role) throws IOException, InterruptedException {
        return WebApiSession.newUser(server, userName, role, null);
    }
}
