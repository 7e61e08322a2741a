package org.fieldbook.backoffice.internal.updates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.fieldbook.backoffice.internal.BackOfficeDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The administrator's mandatory update dates on a real back office database (one for the class: an encrypted
 * database takes seconds to create): what is kept, and what is refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class UpdateDeadlinesTest {

    @TempDir
    static Path data;

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-04T12:00:00Z"), ZoneOffset.UTC);
    private BackOfficeDatabase database;
    private UpdateDeadlines deadlines;

    @BeforeAll
    void open() {
        database = BackOfficeDatabase.open(data.resolve("db"));
        deadlines = new UpdateDeadlines(database, clock);
    }

    @AfterEach
    void removeAll() {
        deadlines.list().forEach(deadline -> deadlines.remove(deadline.version()));
    }

    @AfterAll
    void close() {
        database.close();
    }

    @Test
    void aDateIsKeptAsTheInstantItsOffsetNamesPerVersionLowestFirst() {
        deadlines.set("0.10.0", "2026-12-20T09:00Z", "admin");
        deadlines.set("0.2", "2026-12-10T18:00+13:00", "admin2");

        assertThat(deadlines.list()).extracting(UpdateDeadlines.Deadline::version).as("by version, not by text")
                .containsExactly("0.2.0", "0.10.0");
        UpdateDeadlines.Deadline first = deadlines.list().get(0);
        assertThat(first.mandatoryAfter()).as("Auckland's evening is the morning in UTC").isEqualTo(Instant.parse("2026-12-10T05:00:00Z"));
        assertThat(first.setBy()).isEqualTo("admin2");
        assertThat(first.setOn()).isEqualTo(clock.instant());
    }

    @Test
    void settingAVersionAgainMovesItsDateAndRemovingItEndsIt() {
        deadlines.set("0.2.0.202612041337", "2026-12-10T18:00-05:00", "admin");
        deadlines.set("0.2.0.202612041337", "2026-12-11T08:00+01:00", "admin");

        assertThat(deadlines.list()).singleElement().extracting(UpdateDeadlines.Deadline::mandatoryAfter)
                .isEqualTo(Instant.parse("2026-12-11T07:00:00Z"));
        assertThat(deadlines.remove("0.2.0.202612041337")).isTrue();
        assertThat(deadlines.remove("0.2.0.202612041337")).as("already gone").isFalse();
        assertThat(deadlines.list()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''          | 2026-12-10T18:00Z | version        | Enter the client version",
        "0.2.x.1     | 2026-12-10T18:00Z | version        | is not a client version",
        "-1.0        | 2026-12-10T18:00Z | version        | is not a client version",
        "0.2.0       | ''                | mandatoryAfter | Choose the date and time",
        "0.2.0       | 2026-12-10T18:00  | mandatoryAfter | Give the date with its time zone",
        "0.2.0       | next friday       | mandatoryAfter | is not a date and time",
        "0.2.0       | 2026-13-10T18:00Z | mandatoryAfter | is not a date and time",
        "0.2.0       | +10000-01-01T00:00Z | mandatoryAfter | between the years 2000 and 9999",
        "0.2.0       | 1999-12-31T23:00Z | mandatoryAfter | between the years 2000 and 9999" })
    void badInputIsRefusedBesideItsFieldAndNothingIsKept(String version, String after, String field, String message) {
        assertThatThrownBy(() -> deadlines.set(version, after, "admin")).isInstanceOfSatisfying(UpdateDeadlines.Refused.class,
                refused -> {
                    assertThat(refused.field()).isEqualTo(field);
                    assertThat(refused.getMessage()).contains(message);
                });
        assertThat(deadlines.list()).isEmpty();
    }

    @Test
    void aVersionLongerThanItsColumnIsRefused() {
        assertThatThrownBy(() -> deadlines.set("1.0.0." + "q".repeat(UpdateDeadlines.MAX_VERSION), "2026-12-10T18:00Z", "admin"))
                .isInstanceOf(UpdateDeadlines.Refused.class).hasMessageContaining("at most 100 characters");
    }

    @Test
    void theServedVersionIsTheClientProductsUnitInTheRepository() throws IOException {
        Path site = Files.createDirectories(data.resolve("site"));
        assertThat(new ServedRelease(null).served()).isFalse();
        assertThat(new ServedRelease(site).version()).as("no repository yet").isEmpty();

        contentJar(site, "<?xml version='1.0'?><repository><units size='2'>"
                + "<unit id='org.fieldbook.app' version='0.2.0.202612041337'/>"
                + "<unit id='org.fieldbook.client' version='0.2.0.202612041340'/></units></repository>");
        assertThat(new ServedRelease(site).version()).hasValue("0.2.0.202612041340");

        contentJar(site, "<?xml version='1.0'?><repository><units><unit id='org.fieldbook.backoffice' version='1.0.0'/></units></repository>");
        assertThat(new ServedRelease(site).version()).as("another product's repository").isEmpty();

        Files.writeString(site.resolve("content.jar"), "not a jar");
        assertThat(new ServedRelease(site).version()).as("unreadable: the admin types the version").isEmpty();
    }

    /** Writes a p2 {@code content.jar} holding {@code xml} as its {@code content.xml}. */
    public static void contentJar(Path site, String xml) throws IOException {
        try (OutputStream file = Files.newOutputStream(site.resolve("content.jar")); ZipOutputStream jar = new ZipOutputStream(file)) {
            jar.putNextEntry(new ZipEntry("content.xml"));
            jar.write(xml.getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
    }
}
