package org.fieldbook.updates.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.fieldbook.updates.internal.PendingUpdate.Note;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The note that decides, at the start after an update, whether to keep it or go back. */
class PendingUpdateTest {

    @TempDir
    Path configuration;

    @Test
    void withoutANoteAStartChangesNothing() {
        PendingUpdate pending = new PendingUpdate(configuration.resolve("org.fieldbook.updates/pending-update.properties"));

        assertThat(pending.countStart()).isEmpty();
        assertThat(configuration.resolve("org.fieldbook.updates")).doesNotExist();
    }

    @Test
    void theFirstStartOfTheNewVersionIsCountedAndASecondSeesIt() {
        PendingUpdate pending = new PendingUpdate(configuration.resolve("org.fieldbook.updates/pending-update.properties"));
        pending.write(new Note(1_733_300_000_000L, "0.1.0.v1", "0.1.0.v2", 0));

        assertThat(pending.countStart()).hasValue(new Note(1_733_300_000_000L, "0.1.0.v1", "0.1.0.v2", 0));
        // That start never said its workbench was up: the next one finds a start counted, so it goes back.
        assertThat(pending.countStart()).hasValue(new Note(1_733_300_000_000L, "0.1.0.v1", "0.1.0.v2", 1));
    }

    @Test
    void aWorkbenchThatCameUpClearsTheNote() {
        Path file = configuration.resolve("org.fieldbook.updates/pending-update.properties");
        PendingUpdate pending = new PendingUpdate(file);
        pending.write(new Note(42L, "a", "b", 0));
        pending.countStart();

        pending.clear();

        assertThat(file).doesNotExist();
        assertThat(pending.countStart()).isEmpty();
    }

    @Test
    void aDamagedNoteRevertsNothing() throws Exception {
        Path file = configuration.resolve("pending-update.properties");
        Files.writeString(file, "previousState=not a number\n");

        assertThat(new PendingUpdate(file).countStart()).isEmpty();
        assertThat(configuration).isDirectoryNotContaining("glob:**.new");
    }
}
