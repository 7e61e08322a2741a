package org.fieldbook.products.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.fieldbook.tests.common.ConsoleCalls;
import org.fieldbook.tests.common.Fault;
import org.fieldbook.tests.common.FaultProxy;
import org.fieldbook.tests.common.Requests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fleet updates end to end, with the products as built: the Linux client installed into a folder, a back office
 * serving the client's update site from a folder link (the release flow of docs/updates.md), and a next release
 * of the same product published from this build's repository with a higher qualifier ({@link NextRelease}). The
 * technician accepts in the client's real restart offer (Return on its default button, through xdotool), and the
 * client restarts through its launch script.
 */
class ClientUpdateTest {

    private static final Duration START = Duration.ofSeconds(120);
    private static final String BAD_GATEWAY = "HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
    private static final String WORKBENCH_UP = "Fieldbook workbench is up";
    private static final String BUNDLES_INFO = "configuration/org.eclipse.equinox.simpleconfigurator/bundles.info";
    private static final String PENDING = "configuration/org.fieldbook.updates/pending-update.properties";
    private static final String KEPT = "configuration/org.fieldbook.updates/kept";

    @TempDir
    Path folder;

    private Path client;
    private Path backOfficeProduct;
    private Path current;
    private NextRelease releases;
    private String serviceRoot;
    private int port;

    @BeforeEach
    void install() throws Exception {
        assertThat(System.getenv("DISPLAY")).as("an X display (run through ./fieldbook test or xvfb-run)").isNotBlank();
        backOfficeProduct = Products.unpackLinux(Products.BACK_OFFICE, folder);
        client = Products.unpackLinux(Products.CLIENT, folder);
        Path built = Path.of(System.getProperty("fieldbook.products", "..")).resolve("org.fieldbook.client.product/target/repository")
                .toAbsolutePath();
        releases = new NextRelease(built);
        current = folder.resolve("current");
        Files.createSymbolicLink(current, built);
        port = FreePorts.loopback();
        serviceRoot = "http://127.0.0.1:" + port + "/api/data/v9.2/";
    }

    /**
     * A technician's client with synced rows and an edit made offline updates to the next release, which the
     * administrator made mandatory since an hour ago in the console: the offer says it is required. While it
     * updates, a gateway answers every write and {@code $batch} with 502, so the edit still waits on the device.
     * fieldbook.sh starts it again on the restart exit code, with the launcher the updated configuration names;
     * the new version keeps the update, and once the back office answers again it sends the old version's edit and
     * reports the new version with the same rows.
     */
    @Test
    void theClientUpdatesItselfAndItsNewVersionSendsTheEditTheOldOneKept() throws Exception {
        String next = releases.publish(folder.resolve("releases/next"), "-next", UnaryOperator.identity());
        try (LaunchedProduct office = startBackOffice("--demo"); FaultProxy proxy = FaultProxy.to(port)) {
            String throughProxy = proxy.route(URI.create(serviceRoot)).toString();
            WebApiAs tech1 = new WebApiAs(serviceRoot, "tech1", "fieldbook");
            SyncSummaries summaries = new SyncSummaries(tech1);
            syncFirst(throughProxy);
            SyncSummaries.Summary before = summaries.latest();
            assertThat(before.clientVersion()).isEqualTo(releases.builtVersion());
            assertThat(before.rowsOnDevice()).isPositive();
            int travelingBefore = travelingBookings(tech1);

            proxy.refuseConnections();
            travelToTheFirstScheduledJob(throughProxy);
            proxy.heal().inject(Fault.answer(BAD_GATEWAY), Requests.matching("^(POST|PATCH|DELETE) /api/data/"));
            release("releases/next");
            Instant mandatoryAfter = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
            HttpResponse<String> mandatory = ConsoleCalls.signIn(URI.create(serviceRoot), "admin", "fieldbook").post(
                    "client-updates/deadlines", "{\"version\":\"" + next + "\",\"mandatoryAfter\":\"" + mandatoryAfter + "\"}");
            assertThat(mandatory.statusCode()).as(mandatory.body()).isEqualTo(200);
            try (LaunchedProduct updating = startClient(throughProxy, false)) {
                updating.awaitLine("Updates: version " + next + " is ready, mandatory after " + mandatoryAfter, START);
                updating.awaitLine("Updates: the technician is asked to restart into " + next + ", required since " + mandatoryAfter, START);
                assertThat(proxy.faultsInjected()).as("the syncs refused").isPositive();
                assertThat(travelingBookings(tech1)).as("the edit still waits on the device").isEqualTo(travelingBefore);
                acceptRestart(updating);
                updating.awaitLine("Updates: version " + next + " applied", START);
                updating.awaitLine("Updates: first start of version " + next + " (was " + releases.builtVersion() + ")", START);
                updating.awaitLine("Updates: version " + next + " reached its workbench; the update from "
                        + releases.builtVersion() + " is kept", START);
            }
            assertThat(travelingBookings(tech1)).as("the edit still waits on the device").isEqualTo(travelingBefore);

            proxy.heal();
            try (LaunchedProduct updated = startClient(throughProxy, false)) {
                SyncSummaries.Summary after = summaries.await(next, START);
                assertThat(after.rowsOnDevice()).as("the rows before, and the time entry the Travel tap started")
                        .isEqualTo(before.rowsOnDevice() + 1);
                assertThat(after.pendingEdits()).as("nothing left to send").isZero();
                assertThat(travelingBookings(tech1)).as("the old version's edit, sent by the new one").isEqualTo(travelingBefore + 1);
            }
        }
        assertThat(Files.readString(client.resolve(BUNDLES_INFO))).contains("org.fieldbook.app," + next + ",");
        assertThat(client.resolve(PENDING)).doesNotExist();
        assertThat(client.resolve(KEPT)).as("what going back would reinstall, gone once the update is kept").doesNotExist();
    }

    /**
     * A next release whose app bundle cannot resolve would never reach its workbench: its first start goes back to
     * the version before by itself, says so, and the launch script starts that version at once.
     */
    @Test
    void aReleaseThatCannotStartIsUndoneAtItsFirstStart() throws Exception {
        String broken = releaseNext("broken", NextRelease.unresolvable("org.fieldbook.app"));
        String wentBack = wentBack(broken, "org.fieldbook.app cannot resolve");
        try (LaunchedProduct office = startBackOffice(); LaunchedProduct updating = startClient(serviceRoot, false)) {
            updating.awaitLine("Updates: version " + broken + " is ready", START);
            acceptRestart(updating);
            updating.awaitLine(wentBack, START);
            updating.awaitLineAfter(wentBack, "Updates: this client is org.fieldbook.client " + releases.builtVersion(), START);
            updating.awaitLineAfter(wentBack, WORKBENCH_UP, START);
            assertThat(updating.output()).doesNotContain("first start of version " + broken);
        }
        assertThat(client.resolve(PENDING)).doesNotExist();
        assertThat(Files.readString(client.resolve(BUNDLES_INFO))).contains("org.fieldbook.app," + releases.builtVersion() + ",")
                .doesNotContain(broken);
    }

    /**
     * A next release that resolves but whose app bundle has no classes starts without its lifecycle, so it never
     * says its workbench is up; the technician gives up on it and starts Fieldbook again. That start goes back to
     * the version before by itself; its workbench tells the technician, and the same release is not offered again.
     */
    @Test
    void aReleaseWhoseFirstStartNeverReachedItsWorkbenchIsUndoneAtTheNextStartAndNotOfferedAgain() throws Exception {
        String hollow = releaseNext("hollow", NextRelease.withoutClasses("org.fieldbook.app"));
        String wentBack = wentBack(hollow, "its first start never reached its workbench");
        try (LaunchedProduct office = startBackOffice()) {
            try (LaunchedProduct updating = startClient(serviceRoot, false)) {
                updating.awaitLine("Updates: version " + hollow + " is ready", START);
                acceptRestart(updating);
                String firstStart = updating.awaitLine("Updates: first start of version " + hollow, START);
                updating.awaitLineAfter(firstStart, "FieldbookLifeCycle", START); // e4 cannot load it: Fieldbook's workbench never comes
            }
            assertThat(client.resolve(PENDING)).as("the update still waits for its workbench").exists();
            try (LaunchedProduct again = startClient(serviceRoot, false)) {
                again.awaitLine(wentBack, START);
                again.awaitLineAfter(wentBack, "Updates: this client is org.fieldbook.client " + releases.builtVersion(), START);
                again.awaitLineAfter(wentBack, "Updates: the technician is told: Fieldbook " + hollow + " could not start on this device", START);
                again.awaitLineAfter(wentBack, "Updates: The update to " + hollow + " at ", START);
                assertThat(again.output()).contains("is not installed again: this device went back from it");
                assertThat(again.output().substring(again.output().indexOf(wentBack))).doesNotContain("is ready");
            }
        }
        assertThat(client.resolve(PENDING)).doesNotExist();
        assertThat(Files.readString(client.resolve(BUNDLES_INFO))).contains("org.fieldbook.app," + releases.builtVersion() + ",")
                .doesNotContain(hollow);
    }

    /**
     * The connection breaks while the client downloads the next release's app bundle, every time p2 tries: the
     * update is refused with p2's reason, and nothing installed changed.
     */
    @Test
    void aDownloadCutHalfwayLeavesTheInstallationAsItWas() throws Exception {
        String next = releaseNext("next", UnaryOperator.identity());
        String bundlesInfo = Files.readString(client.resolve(BUNDLES_INFO));
        try (LaunchedProduct office = startBackOffice(); FaultProxy proxy = FaultProxy.to(port)) {
            proxy.inject(Fault.cutAfter(4096), Requests.matching("GET /updates/client/plugins/org\\.fieldbook\\.app_"));
            try (LaunchedProduct cut = startClient(proxy.route(URI.create(serviceRoot)).toString(), false)) {
                String refusal = cut.awaitLine("Updates: The update to " + next + " was refused, nothing changed", START);
                assertThat(proxy.faultsInjected()).isPositive();
                assertThat(refusal).contains("org.fieldbook.app");
                assertThat(cut.output()).doesNotContain("is ready");
            }
        }
        assertThat(Files.readString(client.resolve(BUNDLES_INFO))).isEqualTo(bundlesInfo);
        assertThat(newestProfileState()).contains("id='org.fieldbook.client' version='" + releases.builtVersion() + "'")
                .doesNotContain(next);
        assertThat(client.resolve(PENDING)).doesNotExist();
        assertThat(client.resolve("plugins").toFile().list()).noneMatch(jar -> jar.startsWith("org.fieldbook.app_" + next));
    }

    /**
     * The technician signs in and the first sync downloads their rows. That sync may fail once with a Derby
     * deadlock between its bulk load of booking statuses and the agenda's first query (a store bug, reported; it
     * has nothing to do with updates): then the client is started again and resumes the sync where it stopped.
     */
    private void syncFirst(String backOffice) throws Exception {
        for (int start = 1;; start++) {
            try (LaunchedProduct first = startClient(backOffice, true)) {
                first.awaitLine("is the newest at", START);
                String sync = first.awaitLine("ync f", START); // "Sync finished" or "The sync failed"
                if (sync.contains("Sync finished")) {
                    return;
                }
                assertThat(start).as("the first sync failed twice:%n%s", first.output()).isEqualTo(1);
                assertThat(first.output()).as("the first sync failed for another reason").contains("A lock could not be obtained due to a deadlock");
            }
        }
    }

    /**
     * As a technician taps, with the client offline: Work orders, the status filter on Scheduled (two steps down
     * from "All statuses"), the first of them, and Travel in its booking, an edit that waits in the outbox. The
     * places are those of the client covering a screen 1280 wide, as `./fieldbook test` gives it (docs/updates.md).
     */
    private void travelToTheFirstScheduledJob(String backOffice) throws Exception {
        try (LaunchedProduct offline = startClient(backOffice, false)) {
            offline.awaitLine(WORKBENCH_UP, START);
            String window = awaitWindow("^Fieldbook ?$", offline);
            xdotool("windowfocus", "--sync", window);
            click(132, 83); // the Work orders tab; its search field takes the keyboard
            xdotool("key", "--delay", "300", "Tab", "Down", "Down");
            Thread.sleep(1500); // the list reloads in a job
            click(60, 246); // its first row opens the work order form
            Thread.sleep(2000);
            click(676, 364); // Travel
            Thread.sleep(2000); // the status change is written to the store and the outbox
        }
    }

    /** @return how many of the technician's bookings the back office has as Traveling */
    private static int travelingBookings(WebApiAs technician) throws Exception {
        String traveling = WebApiAs.field(technician.get("bookingstatuses?$select=bookingstatusid&$filter="
                + URLEncoder.encode("name eq 'Traveling'", StandardCharsets.UTF_8)), "bookingstatusid", "\"([^\"]+)\"");
        String bookings = technician.get("bookableresourcebookings?$select=bookableresourcebookingid&$filter="
                + URLEncoder.encode("_bookingstatus_value eq " + traveling, StandardCharsets.UTF_8));
        return (int) Pattern.compile("\"bookableresourcebookingid\"").matcher(bookings).results().count();
    }

    private static void click(int x, int y) throws Exception {
        xdotool("mousemove", "--sync", String.valueOf(x), String.valueOf(y), "click", "1");
        Thread.sleep(300);
    }

    /** @return the newest state of the installation's p2 profile, the one it runs */
    private String newestProfileState() throws Exception {
        try (Stream<Path> states = Files.list(client.resolve("p2/org.eclipse.equinox.p2.engine/profileRegistry/DefaultProfile.profile"))) {
            Path newest = states.filter(state -> state.getFileName().toString().endsWith(".profile.gz"))
                    .max(Comparator.comparing(state -> state.getFileName().toString())).orElseThrow();
            try (InputStream in = new GZIPInputStream(Files.newInputStream(newest))) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    /** Publishes the next release with the qualifier suffix {@code -name} into a folder of that name, and releases it. */
    private String releaseNext(String name, UnaryOperator<Manifest> manifests) throws Exception {
        String version = releases.publish(folder.resolve("releases/" + name), "-" + name, manifests);
        release("releases/" + name);
        return version;
    }

    /** @return what a start logs when it went back from {@code version}, which cannot start because of {@code why} */
    private String wentBack(String version, String why) {
        return "Updates: version " + version + " cannot start (" + why + "); went back to " + releases.builtVersion() + ", which starts now";
    }

    /** Points the back office's update site at {@code name}, as an administrator releases (docs/updates.md). */
    private void release(String name) throws Exception {
        Path link = folder.resolve("current.new");
        Files.createSymbolicLink(link, folder.resolve(name));
        Files.move(link, current, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private LaunchedProduct startBackOffice(String... options) throws Exception {
        List<String> arguments = new ArrayList<>(List.of("--port", String.valueOf(port), "-data", folder.resolve("backoffice-data").toString(),
                "--client-updates", current.toString()));
        arguments.addAll(List.of(options));
        LaunchedProduct office = LaunchedProduct.start(backOfficeProduct.resolve("backoffice.sh"), Map.of("HOME", folder.toString()),
                arguments.toArray(String[]::new));
        office.awaitLine("listening on " + serviceRoot, Duration.ofSeconds(60));
        return office;
    }

    private LaunchedProduct startClient(String backOffice, boolean signIn) throws Exception {
        Map<String, String> environment = new HashMap<>(Map.of("HOME", folder.toString(), "FIELDBOOK_BACKOFFICE_URL", backOffice,
                "FIELDBOOK_VM_ARGS", "-Dfieldbook.noWindowManager=true"));
        if (signIn) {
            environment.putAll(Map.of("FIELDBOOK_SIGN_IN_USER", "tech1", "FIELDBOOK_SIGN_IN_PASSWORD", "fieldbook"));
        }
        return LaunchedProduct.start(client.resolve("fieldbook.sh"), environment, "-data", folder.resolve("workspace").toString());
    }

    /**
     * Presses Return in the restart offer, as a technician taps its default button "Restart now". Without a window
     * manager the dialog gets the keyboard only when given it.
     */
    private static void acceptRestart(LaunchedProduct client) throws Exception {
        xdotool("windowfocus", "--sync", awaitWindow("^Fieldbook update", client), "key", "Return");
    }

    /** @return the id of the visible window whose title matches {@code title}, once there is one */
    private static String awaitWindow(String title, LaunchedProduct client) throws Exception {
        long deadline = System.nanoTime() + START.toNanos();
        String window = "";
        while (window.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(250);
            window = xdotool("search", "--onlyvisible", "--name", title).lines().findFirst().orElse("");
        }
        assertThat(window).as("a window '%s' on screen; the client said:%n%s", title, client.output()).isNotEmpty();
        return window;
    }

    private static String xdotool(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("xdotool"));
        command.addAll(List.of(arguments));
        Process xdotool = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(xdotool.getInputStream().readAllBytes()).strip();
        assertThat(xdotool.waitFor()).as("xdotool %s: %s", arguments, output).isIn(0, 1);
        return output;
    }
}
