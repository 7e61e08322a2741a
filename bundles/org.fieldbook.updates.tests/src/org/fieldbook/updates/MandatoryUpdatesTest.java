package org.fieldbook.updates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.fieldbook.updates.MandatoryUpdates.Mandatory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.Version;

import com.sun.net.httpserver.HttpServer;

/** The administrator's dates as the update site serves them: which one an update meets, and what is not trusted. */
class MandatoryUpdatesTest {

    private static final Instant FRIDAY = Instant.parse("2026-12-11T17:00:00Z");
    private static final Instant MONDAY = Instant.parse("2026-12-14T08:00:00Z");
    private static final MandatoryUpdates DATES = new MandatoryUpdates(List.of(
            new Mandatory(Version.parseVersion("0.2.0"), MONDAY), new Mandatory(Version.parseVersion("0.3.0"), FRIDAY)));

    @Test
    void anUpdateMeetsTheDatesOfTheVersionsItReachesAndTheInstalledClientDoesNot() {
        assertThat(DATES.deadline("0.1.0.202612011200", "0.2.0.202612041340")).as("reaches 0.2.0 only").isEqualTo(MONDAY);
        assertThat(DATES.deadline("0.1.0.202612011200", "0.3.1.202612101000")).as("the earliest of both").isEqualTo(FRIDAY);
        assertThat(DATES.deadline("0.2.0.202612041340", "0.2.1.202612051000")).as("already at 0.2.0, not yet 0.3.0").isNull();
        assertThat(DATES.deadline("0.1.0.202612011200", "0.1.0.202612051000")).as("a rebuild of 0.1.0").isNull();
        assertThat(DATES.deadline("unknown", "0.2.0")).as("no p2 profile: every date up to the update").isEqualTo(MONDAY);
        assertThat(MandatoryUpdates.NONE.deadline("0.1.0", "0.3.0")).isNull();
    }

    @Test
    void aQualifiedVersionIsReachedByThatBuildAndLaterOnes() {
        MandatoryUpdates build = new MandatoryUpdates(List.of(new Mandatory(Version.parseVersion("0.2.0.202612041340"), FRIDAY)));

        assertThat(build.deadline("0.2.0.202612011200", "0.2.0.202612041340")).isEqualTo(FRIDAY);
        assertThat(build.deadline("0.2.0.202612011200", "0.2.0.202612041339")).as("an earlier build").isNull();
    }

    @Test
    void theFileIsReadWithItsInstantsWhateverOffsetTheyCarry() throws IOException {
        MandatoryUpdates read = read("{\"mandatory\":[{\"version\":\"0.2.0\",\"after\":\"2026-12-10T18:00:00+13:00\",\"note\":{}},"
                + "{\"after\":\"2026-12-10T05:00:00Z\",\"version\":\"0.2.1\"}],\"later\":[1,2]}");

        assertThat(read.dates()).extracting(Mandatory::after).as("Auckland's 18:00 and 05:00 UTC are one moment")
                .containsExactly(Instant.parse("2026-12-10T05:00:00Z"), Instant.parse("2026-12-10T05:00:00Z"));
        assertThat(read.dates()).extracting(date -> date.version().toString()).containsExactly("0.2.0", "0.2.1");
        assertThat(read("{}").dates()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "[]", "{\"mandatory\":{}}", "{\"mandatory\":[{\"version\":\"zero\",\"after\":\"2026-12-10T05:00:00Z\"}]}",
        "{\"mandatory\":[{\"version\":\"0.2.0\",\"after\":\"Friday\"}]}", "{\"mandatory\":[{\"version\":\"0.2.0\"}]}",
        "{\"mandatory\":[{\"version\":\"0.2.0\",\"after\":\"2026-12-10T18:00\"}]}", "{\"mandatory\":[" , "{\"mandatory\":[1]}" })
    void aFileThatIsNotTheSitesIsRefusedWhole(String json) {
        assertThatThrownBy(() -> read(json)).isInstanceOf(IOException.class);
    }

    @Test
    void theSameDateMeansTheSameMomentOnDevicesInEveryZone() {
        Instant setInAuckland = ZonedDateTime.of(2026, 12, 10, 18, 0, 0, 0, ZoneId.of("Pacific/Auckland")).toInstant();
        Instant sameInLosAngeles = ZonedDateTime.of(2026, 12, 9, 21, 0, 0, 0, ZoneId.of("America/Los_Angeles")).toInstant();
        MandatoryUpdates dates = new MandatoryUpdates(List.of(new Mandatory(Version.parseVersion("0.2.0"), setInAuckland)));

        assertThat(dates.deadline("0.1.0", "0.2.0")).isEqualTo(sameInLosAngeles).isEqualTo(Instant.parse("2026-12-10T05:00:00Z"));
    }

    @Test
    void theDatesAreFetchedFromTheSiteAndAMissingFileMeansNone() throws IOException {
        AtomicReference<String> body = new AtomicReference<>("{\"mandatory\":[{\"version\":\"0.2.0\",\"after\":\"2026-12-14T08:00:00Z\"}]}");
        AtomicInteger status = new AtomicInteger(200);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/updates/client/" + MandatoryUpdates.FILE, exchange -> {
            byte[] bytes = body.get().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status.get(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        URI site = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/updates/client/");
        try {
            assertThat(MandatoryUpdates.fetch(site)).hasValueSatisfying(dates -> assertThat(dates.deadline("0.1.0", "0.2.0")).isEqualTo(MONDAY));
            status.set(404);
            assertThat(MandatoryUpdates.fetch(site)).as("a back office from before the dates").hasValue(MandatoryUpdates.NONE);
            status.set(503);
            assertThat(MandatoryUpdates.fetch(site)).as("keep what was known").isEmpty();
            status.set(200);
            body.set("<html>a captive portal</html>");
            assertThat(MandatoryUpdates.fetch(site)).as("not the site's file").isEmpty();
        } finally {
            server.stop(0);
        }
        assertThat(MandatoryUpdates.fetch(site)).as("unreachable").isEmpty();
    }

    private static MandatoryUpdates read(String json) throws IOException {
        return MandatoryUpdates.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
