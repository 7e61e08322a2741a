package org.fieldbook.sync.internal.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.fieldbook.model.dataverse.DataverseSchema;
import org.fieldbook.model.dataverse.DataverseTable;
import org.fieldbook.store.internal.DerbyLocalStore;
import org.fieldbook.sync.internal.upload.SyncUntilKilled;
import org.fieldbook.tests.common.ChildJvm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The client JVM killed (SIGKILL) at many points of a sync cycle, then restarted for a second sync: afterwards
 * the device holds exactly the rows and versions the server has for the technician's profile, every edit made
 * on the device is on the server exactly once, and nothing is left in the outbox, as a sync error or as a
 * conflict (nobody else edits these rows, so a conflict would be the device colliding with its own upload).
 * <p>
 * The device runs in a child JVM ({@link SyncUntilKilled}) against a real back office on loopback; the restart
 * is this JVM opening the killed device's store, which Derby recovers, and syncing it. The child numbers
 * every request it sends and every answer it gets; the test kills it at a chosen one of those events, where it
 * waits, so most kills are exact: before a request leaves, or after the server did what it asked but before the
 * device read the answer. Some kills come a seeded random delay after an event instead, to land while a page
 * streams into the store. Two kinds of device are killed: a new one (its first sync downloads everything) and
 * one that synced before (its sync is mostly the upload and the reconciliation); a new device is also killed inside
 * the bulk loads of its empty all-records tables, where Derby holds a load's transaction. The points are drawn from a
 * measured, unkilled run of each kind with a seed that the test's name shows; building with
 * {@code -Dfieldbook.test.vmargs="-Xmx1g -Dfieldbook.killSeed=<seed>"} replays a run's points.
 */
class KilledSyncTest {

    private static final Duration PATIENCE = Duration.ofSeconds(120);
    /** The client (sync, store) and what it needs outside OSGi; no back office. */
    private static final List<String> BUNDLES = List.of("org.fieldbook.sync", "org.fieldbook.sync.tests", "org.fieldbook.store",
            "org.fieldbook.model", "org.fieldbook.jdbc", "org.eclipse.emf.ecore", "org.eclipse.emf.common", "derby", "derbyshared",
            "com.fasterxml.jackson.core.jackson-core", "org.apache.httpcomponents.client5.httpclient5",
            "org.apache.httpcomponents.core5.httpcore5", "org.apache.httpcomponents.core5.httpcore5-h2", "slf4j.api",
            "org.eclipse.osgi", "org.eclipse.equinox.common", "org.eclipse.core.runtime", "org.eclipse.equinox.security");
    private static final Pattern EVENT = Pattern.compile("^event (\\d+) (.*)$", Pattern.MULTILINE);
    private static final Pattern EXPECT = Pattern.compile("^expect (\\S+) (\\S+) (\\S+) (\\S+)$", Pattern.MULTILINE);
    private static final long SEED = Long.getLong("fieldbook.killSeed", System.nanoTime());
    private static final String NEW_DEVICE = "new device";
    private static final String SYNCED_DEVICE = "synced device";
    private static final int NEW_DEVICE_POINTS = 10;
    private static final int SYNCED_DEVICE_POINTS = 12;
    /** Kills inside a new device's bulk loads (its empty all-records tables), while Derby holds the load's transaction. */
    private static final int BULK_LOAD_POINTS = 4;
    private static final String BULK_LOAD = "bulk load of ";

    @TempDir
    static Path shared;
    private static DemoBackOffice backOffice;
    private static Device reference;
    /** The synced device the next point starts from: the last one checked equal to the server. */
    private static Path synced;
    private static List<String> newDeviceEvents;
    private static List<String> syncedDeviceEvents;
    private static int runs;

    @BeforeAll
    static void startTheBackOfficeAndMeasureAnUnkilledSyncOfEachKind() throws Exception {
        backOffice = DemoBackOffice.startIn(shared);
        reference = Device.signedIn(backOffice.serviceRoot(), shared.resolve("reference"));
        // A device's empty database, made once: creating an encrypted database costs seconds each time
        Device.openStore(shared.resolve("empty")).close();
        Path fresh = copyOf(shared.resolve("empty"));
        newDeviceEvents = measure(fresh);
        synced = fresh;
        Path again = copyOf(synced);
        syncedDeviceEvents = measure(again);
        synced = again;
    }

    @AfterAll
    static void stop() throws IOException {
        reference.close();
        backOffice.close();
    }

    /** Exact kills at events drawn per part of the cycle, and a few delayed ones while a new device downloads. */
    static Stream<Arguments> killPoints() {
        Random random = new Random(SEED);
        List<Arguments> points = new ArrayList<>();
        for (int event : draw(random, newDeviceEvents, NEW_DEVICE_POINTS)) {
            boolean delayed = points.size() % 3 == 2;
            points.add(Arguments.of(NEW_DEVICE, event, delayed ? 1 + random.nextInt(250) : 0, describe(newDeviceEvents, event)));
        }
        for (int event : drawBulkLoads(random, newDeviceEvents)) {
            points.add(Arguments.of(NEW_DEVICE, event, 0, describe(newDeviceEvents, event)));
        }
        for (int event : draw(random, syncedDeviceEvents, SYNCED_DEVICE_POINTS)) {
            points.add(Arguments.of(SYNCED_DEVICE, event, 0, describe(syncedDeviceEvents, event)));
        }
        return points.stream();
    }

    @ParameterizedTest(name = "{0} killed at event {1} + {2} ms: {3}")
    @MethodSource("killPoints")
    void killedAndRestartedTheDeviceEqualsTheServerAndEachEditReachedItOnce(String device, int event, int delayMillis,
            String what) throws Exception {
        boolean newDevice = device.equals(NEW_DEVICE);
        Path folder = copyOf(newDevice ? shared.resolve("empty") : synced);
        String output;
        try (ChildJvm child = start(folder, event)) {
            if (delayMillis == 0) {
                child.awaitLine("waiting to be killed", PATIENCE);
            } else {
                child.awaitLine("event " + event + " ", PATIENCE);
                Thread.sleep(delayMillis);
            }
            child.kill();
            output = child.output();
        }
        try {
            syncAgainAndAssertEqualsServerWithEditsSentOnce(folder, expectations(output));
        } finally {
            if (!newDevice) {
                // the next device starts from this one even if it failed, not from an older copy whose rows it changed
                synced = folder;
            }
        }
    }

    /** @return the event as the test's name shows it, with the seed that drew it */
    private static String describe(List<String> events, int event) {
        return events.get(event - 1) + " (of " + events.size() + "; seed " + SEED + ")";
    }

    /**
     * A run that is not killed, then the check, whose sync sends the edits made during the run's download.
     *
     * @return the run's events
     */
    private static List<String> measure(Path folder) throws Exception {
        String output;
        try (ChildJvm child = start(folder, 0)) {
            int exit = child.awaitExit(PATIENCE);
            output = child.output();
            assertThat(exit).as(output).isZero();
            assertThat(output).as(output).contains("synced\noutbox ");
        }
        syncAgainAndAssertEqualsServerWithEditsSentOnce(folder, expectations(output));
        return events(output);
    }

    private static ChildJvm start(Path folder, int stopAt) throws Exception {
        runs++;
        return ChildJvm.start(BUNDLES, SyncUntilKilled.class, List.of(folder.toString(), backOffice.serviceRoot().toString(),
                reference.account().accessToken(), "k" + runs, String.valueOf(runs), String.valueOf(stopAt)), 0);
    }

    /**
     * Restarts the device (opens its store in this JVM) and syncs it once more; then its tables equal what a
     * device that syncs now gets, its outbox, sync errors and conflicts are empty, and each value it committed is
     * on the server once, on the row it was for.
     */
    private static void syncAgainAndAssertEqualsServerWithEditsSentOnce(Path folder, List<Expected> expected) throws Exception {
        DerbyLocalStore store = Device.openStore(folder);
        try {
            SyncUntilKilled.cycle(reference.http(), reference.serviceRoot(), store, new NullProgressMonitor());
            reference.download();
            assertThat(Device.contents(store)).as("the device's rows and versions").isEqualTo(reference.contents());
            assertThat(store.outbox().pending()).as("outbox").isEmpty();
            assertThat(store.syncErrors().unresolved()).as("sync errors").isEmpty();
            assertThat(store.conflicts().all()).as("conflicts").isEmpty();
        } finally {
            store.close();
        }
        for (Expected value : expected) {
            assertThat(serverKeysHolding(value)).as(value.toString()).containsExactly(value.key());
        }
    }

    /** @return the keys of the server's rows whose column holds the value, as the technician reads them */
    private static List<String> serverKeysHolding(Expected value) throws Exception {
        DataverseTable table = DataverseSchema.fieldbook().byEntitySet(value.entitySet()).orElseThrow();
        String filter = URLEncoder.encode(value.column() + " eq '" + value.value() + "'", StandardCharsets.UTF_8).replace("+", "%20");
        return reference.http().execute(ClassicRequestBuilder.get(reference.serviceRoot().resolve(table.entitySet() + "?$select="
                + table.keyColumn() + "&$filter=" + filter)).setHeader("Accept", "application/json").build(), response -> {
                    try (InputStream body = response.getEntity().getContent()) {
                        List<String> keys = new ArrayList<>();
                        new ObjectMapper().readTree(body).path("value").forEach(row -> keys.add(row.path(table.keyColumn()).asText()));
                        return keys;
                    }
                });
    }

    /** The last value the device committed for each row and column. */
    private record Expected(String entitySet, String key, String column, String value) {
    }

    private static List<Expected> expectations(String output) {
        Map<String, Expected> last = new LinkedHashMap<>();
        Matcher line = EXPECT.matcher(output);
        while (line.find()) {
            Expected value = new Expected(line.group(1), line.group(2), line.group(3), line.group(4));
            last.put(value.entitySet() + " " + value.key() + " " + value.column(), value);
        }
        return List.copyOf(last.values());
    }

    /** @return the events of a run, in order: event n is at n - 1 */
    private static List<String> events(String output) {
        List<String> events = new ArrayList<>();
        Matcher line = EVENT.matcher(output);
        while (line.find()) {
            assertThat(Integer.parseInt(line.group(1))).isEqualTo(events.size() + 1);
            events.add(line.group(2));
        }
        return events;
    }

    /**
     * @return {@code count} distinct events (all when fewer), 1-based: up to a third from the {@code $batch}es (the
     *         upload's, with the child's four changes every one of its events, and the reads a synced device asks
     *         ahead), the rest from the profile and download requests, and from more batches where those are fewer
     */
    private static List<Integer> draw(Random random, List<String> events, int count) {
        List<Integer> upload = new ArrayList<>();
        List<Integer> other = new ArrayList<>();
        IntStream.rangeClosed(1, events.size()).filter(n -> !events.get(n - 1).startsWith(BULK_LOAD))
                .forEach(n -> (events.get(n - 1).contains("$batch") ? upload : other).add(n));
        Collections.shuffle(upload, random);
        Collections.shuffle(other, random);
        List<Integer> drawn = new ArrayList<>(upload.subList(0, Math.min(upload.size(), count / 3)));
        List<Integer> rest = new ArrayList<>(other);
        rest.addAll(upload.subList(drawn.size(), upload.size()));
        drawn.addAll(rest.subList(0, Math.min(rest.size(), count - drawn.size())));
        Collections.sort(drawn);
        return drawn;
    }

    /** @return up to {@link #BULK_LOAD_POINTS} events inside bulk loads, 1-based; the run must have some */
    private static List<Integer> drawBulkLoads(Random random, List<String> events) {
        List<Integer> inside = new ArrayList<>(IntStream.rangeClosed(1, events.size())
                .filter(n -> events.get(n - 1).startsWith(BULK_LOAD)).boxed().toList());
        assertThat(inside).as("a new device's first sync loads its all-records tables in bulk").isNotEmpty();
        Collections.shuffle(inside, random);
        List<Integer> drawn = new ArrayList<>(inside.subList(0, Math.min(inside.size(), BULK_LOAD_POINTS)));
        Collections.sort(drawn);
        return drawn;
    }

    /** @return a new folder holding a copy of a device's folder (closed, so its files are whole) */
    private static Path copyOf(Path device) throws IOException {
        Path copy = Files.createDirectories(shared.resolve("device-" + (runs + 1)));
        try (Stream<Path> files = Files.walk(device).skip(1)) {
            files.forEach(file -> {
                try {
                    Files.copy(file, copy.resolve(device.relativize(file).toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return copy;
    }
}
