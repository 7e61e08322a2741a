package org.fieldbook.updates.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an installation remembers of the updates it went back from: not installed again, told once. */
class UndoneUpdatesTest {

    private static final Instant WHEN = Instant.parse("2026-12-04T19:02:00Z");

    @TempDir
    Path configuration;

    @Test
    void aVersionGoneBackFromIsKnownAndTheTechnicianIsToldOnce() {
        Path file = configuration.resolve("org.fieldbook.updates/undone-updates.properties");
        UndoneUpdates undone = new UndoneUpdates(file);
        undone.add("0.1.0.v2", "0.1.0.v1", "org.fieldbook.app cannot resolve", WHEN);

        UndoneUpdates afterARestart = new UndoneUpdates(file);
        assertThat(afterARestart.undone("0.1.0.v2")).hasValue("2026-12-04T19:02:00Z org.fieldbook.app cannot resolve");
        assertThat(afterARestart.undone("0.1.0.v3")).as("a newer release").isEmpty();
        assertThat(afterARestart.untold()).hasValueSatisfying(message -> assertThat(message)
                .contains("Fieldbook 0.1.0.v2 could not start on this device (org.fieldbook.app cannot resolve)")
                .contains("went back to 0.1.0.v1").contains("0.1.0.v2 is not installed again"));
        assertThat(afterARestart.untold()).as("told once").isEmpty();
        assertThat(afterARestart.undone("0.1.0.v2")).as("still not installed again once told").isPresent();
    }

    @Test
    void aSecondVersionGoneBackFromKeepsTheFirstAndTellsOfTheLast() {
        UndoneUpdates undone = new UndoneUpdates(configuration.resolve("undone-updates.properties"));
        undone.add("0.1.0.v2", "0.1.0.v1", "its first start never reached its workbench", WHEN);
        undone.add("0.1.0.v3", "0.1.0.v1", "org.fieldbook.sync cannot resolve", WHEN.plusSeconds(3600));

        assertThat(undone.undone("0.1.0.v2")).isPresent();
        assertThat(undone.undone("0.1.0.v3")).isPresent();
        assertThat(undone.untold()).hasValueSatisfying(message -> assertThat(message).startsWith("Fieldbook 0.1.0.v3 "));
    }

    @Test
    void whenBeingToldCannotBeWrittenTheTechnicianIsToldAgainAtTheNextStart() throws Exception {
        Path file = configuration.resolve("undone-updates.properties");
        UndoneUpdates undone = new UndoneUpdates(file);
        undone.add("0.1.0.v2", "0.1.0.v1", "org.fieldbook.app cannot resolve", WHEN);
        Files.createDirectory(configuration.resolve("undone-updates.properties.new")); // where the file is written first

        assertThat(undone.untold()).isPresent();
        assertThat(undone.untold()).as("not noted as told, so told again rather than never").isPresent();
        assertThat(undone.undone("0.1.0.v2")).isPresent();
    }

    @Test
    void withoutAFileNothingIsUndoneAndNothingIsWritten() throws Exception {
        UndoneUpdates undone = new UndoneUpdates(configuration.resolve("org.fieldbook.updates/undone-updates.properties"));

        assertThat(undone.undone("0.1.0.v2")).isEmpty();
        assertThat(undone.untold()).isEmpty();
        try (var files = Files.list(configuration)) {
            assertThat(files).isEmpty();
        }
    }
}
