package org.fieldbook.updates.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * A small properties file in the installation's configuration folder, replaced atomically: a power cut leaves the
 * old content or the new, never half of it.
 */
final class PropertiesFile {

    private final Path file;
    private final String comment;

    /** @param comment the first line of the file, saying what it is for whoever opens it */
    PropertiesFile(Path file, String comment) {
        this.file = file;
        this.comment = comment;
    }

    void write(Properties properties) {
        try {
            Files.createDirectories(file.getParent());
            Path next = file.resolveSibling(file.getFileName() + ".new");
            try (Writer out = Files.newBufferedWriter(next, StandardCharsets.UTF_8)) {
                properties.store(out, comment);
            }
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /** @return the properties, or empty when there is no file or it cannot be read */
    Optional<Properties> read() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
            return Optional.of(properties);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + file, e);
        }
    }
}
