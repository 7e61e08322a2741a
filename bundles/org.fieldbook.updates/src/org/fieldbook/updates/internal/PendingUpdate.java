package org.fieldbook.updates.internal;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * The note an applied update leaves in the installation's configuration folder (not a bundle's data area: the new
 * version's bundles get new ids and data areas): which p2 profile state to go back to, and how many starts of
 * the new version began. A start that finds a note whose new version already began once, and never reached its
 * workbench, goes back. Written atomically: a power cut leaves the old note or the new one.
 */
final class PendingUpdate {

    /**
     * @param previousState the p2 profile timestamp before the update
     * @param fromVersion the version before, to report
     * @param toVersion the version applied
     * @param starts how many starts of the new version began
     */
    record Note(long previousState, String fromVersion, String toVersion, int starts) {
    }

    private final PropertiesFile file;

    PendingUpdate(Path file) {
        this.file = new PropertiesFile(file, "Fieldbook: an applied update, until its workbench is up (docs/updates.md)");
    }

    void write(Note note) {
        Properties properties = new Properties();
        properties.setProperty("previousState", Long.toString(note.previousState()));
        properties.setProperty("fromVersion", note.fromVersion());
        properties.setProperty("toVersion", note.toVersion());
        properties.setProperty("starts", Integer.toString(note.starts()));
        file.write(properties);
    }

    /** @return the note, or empty when there is none or it cannot be read (then nothing is reverted) */
    Optional<Note> read() {
        return file.read().flatMap(PendingUpdate::note);
    }

    private static Optional<Note> note(Properties properties) {
        try {
            return Optional.of(new Note(Long.parseLong(properties.getProperty("previousState")),
                    properties.getProperty("fromVersion", "?"), properties.getProperty("toVersion", "?"),
                    Integer.parseInt(properties.getProperty("starts", "0"))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Counts a start. Returns the note as it was before: a note whose new version already started once means
     * that start never reached its workbench.
     */
    Optional<Note> countStart() {
        Optional<Note> note = read();
        note.ifPresent(found -> write(new Note(found.previousState(), found.fromVersion(), found.toVersion(), found.starts() + 1)));
        return note;
    }

    void clear() {
        file.delete();
    }
}
