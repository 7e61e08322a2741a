package org.fieldbook.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.fieldbook.store.internal.DerbyLocalStore;

/**
 * An empty device database made once and copied for every simulated device: creating an encrypted Derby
 * database with the store's schema takes seconds of CPU, hundreds of times over, while a copy of the closed
 * one (same key, {@link BenchDevice#KEY}) takes milliseconds.
 */
final class DeviceTemplate {

    private final Path database;

    DeviceTemplate(Path folder) {
        database = folder.resolve("db");
        new DerbyLocalStore(database, (db, mayCreate) -> BenchDevice.KEY).close();
    }

    /** @return the database folder of a new device, a copy of the empty one in {@code folder} */
    Path copyTo(Path folder) throws IOException {
        Path copy = Files.createDirectories(folder).resolve("db");
        try (Stream<Path> files = Files.walk(database)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(database.relativize(file).toString()));
            }
        }
        return copy;
    }

    /** Deletes a device's folder once it is closed. */
    static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> deepestFirst = files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList();
            for (Path file : deepestFirst) {
                Files.delete(file);
            }
        }
    }
}
