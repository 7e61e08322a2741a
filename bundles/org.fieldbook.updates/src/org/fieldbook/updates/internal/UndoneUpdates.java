package org.fieldbook.updates.internal;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

import org.eclipse.core.runtime.ILog;

/**
 * The versions this installation went back from, in its configuration folder. Such a version is not installed
 * again (a technician would otherwise be offered the same broken release after every sync, and go back at every
 * restart); a newer release is. The technician is told once, when the version gone back to has its workbench up.
 */
final class UndoneUpdates {

    private static final String UNTOLD = "untold";

    private final PropertiesFile file;

    UndoneUpdates(Path file) {
        this.file = new PropertiesFile(file, "Fieldbook: updates this installation went back from (docs/updates.md)");
    }

    /**
     * Records that {@code version} was undone.
     *
     * @param backTo the version gone back to
     * @param failure what went wrong, in words for the technician, e.g. "it did not reach its workbench"
     */
    void add(String version, String backTo, String failure, Instant when) {
        Properties properties = file.read().orElseGet(Properties::new);
        properties.setProperty(version, when + " " + failure);
        properties.setProperty(UNTOLD, "Fieldbook " + version + " could not start on this device (" + failure
                + "), so it went back to " + backTo + " by itself. Your data and unsent changes are as they were. "
                + version + " is not installed again; your administrator can release a newer version.");
        file.write(properties);
    }

    /** @return when and why {@code version} was undone here, or empty when it never was */
    Optional<String> undone(String version) {
        return file.read().map(properties -> properties.getProperty(version));
    }

    /**
     * @return what the technician has not been told yet of the last version undone, once: it counts as told (when
     *         that cannot be written, e.g. on a full disk, they are told again at the next start rather than never)
     */
    Optional<String> untold() {
        Optional<Properties> properties = file.read();
        Optional<String> untold = properties.map(read -> read.getProperty(UNTOLD));
        untold.ifPresent(told -> {
            properties.get().remove(UNTOLD);
            try {
                file.write(properties.get());
            } catch (UncheckedIOException e) {
                ILog.of(UndoneUpdates.class).warn("Updates: " + e.getMessage() + "; the technician is told again at the next start");
            }
        });
        return untold;
    }
}
