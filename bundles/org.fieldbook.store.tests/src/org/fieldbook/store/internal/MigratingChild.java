package org.fieldbook.store.internal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.fieldbook.jdbc.DerbyDatabase;
import org.fieldbook.tests.common.ChildJvm;

/**
 * Run in a child JVM (plain class path, no OSGi) by the crash test: creates the encrypted local database, then
 * migrates it one schema version at a time, saying each version it reached, and waits to be killed at the
 * version the test names, so the kill lands there and nowhere else.
 * Arguments: the database folder, the schema version to be killed at (0: created, not yet migrated).
 */
public final class MigratingChild {

    private MigratingChild() {
    }

    static ChildJvm start(File folder, int killedAt) throws IOException {
        return ChildJvm.start(CrashingWriter.BUNDLES, MigratingChild.class, List.of(folder.getPath(), String.valueOf(killedAt)), 0);
    }

    public static void main(String[] args) throws SQLException, InterruptedException {
        int killedAt = Integer.parseInt(args[1]);
        DerbyDatabase database = StoreDatabase.open(Path.of(args[0]), StoreFixtures.KEY);
        try (Connection connection = database.connect()) {
            reached(0, killedAt);
            for (int version = 1; version <= StoreDatabase.MIGRATIONS.latestVersion(); version++) {
                StoreDatabase.MIGRATIONS.migrate(connection, version);
                reached(version, killedAt);
            }
        }
    }

    private static void reached(int version, int killedAt) throws InterruptedException {
        System.out.println(line(version));
        if (version == killedAt) {
            new CountDownLatch(1).await(); // until the SIGKILL
        }
    }

    static String line(int version) {
        return "at schema version " + version;
    }
}
