package org.fieldbook.backoffice.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;

import org.fieldbook.backoffice.BackOfficeException;
import org.fieldbook.jdbc.DerbyDatabase;

/**
 * Where the back office database's work runs: each unit in a transaction of its own, or, while the calling
 * thread has a {@link ChangeSet} open, on that change set's connection, so that the writes of a
 * {@code $batch} change set commit or roll back together. Inside a change set each write runs to a
 * savepoint, so a refused write undoes just itself, as it would on its own.
 */
final class Transactions {

    private final DerbyDatabase database;
    private final VersionStamps versions;
    /** The connection of the change set open on each thread: a thread serves one request at a time. */
    private final ThreadLocal<Connection> changeSets = new ThreadLocal<>();

    Transactions(DerbyDatabase database) {
        this.database = database;
        this.versions = database.read("read the version sequence", VersionStamps::of);
    }

    /** @return a new row version for a write in {@code connection}'s transaction */
    long nextVersion(Connection connection) throws SQLException {
        return versions.draw(connection);
    }

    /** @return the change-tracking watermark: every version up to it is committed or rolled back */
    long watermark() {
        return versions.watermark();
    }

    /** Runs {@code work} in its own transaction, or atomically within the open change set. */
    <T> T write(String what, DerbyDatabase.Work<T> work) {
        Connection changeSet = changeSets.get();
        if (changeSet == null) {
            Connection[] used = new Connection[1];
            try {
                return database.transaction(what, connection -> {
                    used[0] = connection;
                    return work.run(connection);
                });
            } finally {
                versions.settled(used[0]);
            }
        }
        return failing(what, () -> {
            Savepoint before = changeSet.setSavepoint();
            try {
                T result = work.run(changeSet);
                changeSet.releaseSavepoint(before);
                return result;
            } catch (SQLException | RuntimeException e) {
                changeSet.rollback(before);
                throw e;
            }
        });
    }

    /** Runs read-only {@code work}; inside a change set it sees the change set's own writes. */
    <T> T read(String what, DerbyDatabase.Work<T> work) {
        Connection changeSet = changeSets.get();
        return changeSet == null ? database.read(what, work) : failing(what, () -> work.run(changeSet));
    }

    /**
     * Opens a change set on the calling thread: until it is closed, the thread's work shares one transaction.
     *
     * @throws IllegalStateException when the thread has one open already
     */
    ChangeSet begin() {
        if (changeSets.get() != null) {
            throw new IllegalStateException("A change set is open on this thread already.");
        }
        Connection connection = failing("begin a change set", () -> {
            Connection opened = database.connect();
            opened.setAutoCommit(false);
            return opened;
        });
        changeSets.set(connection);
        return new ChangeSet(connection);
    }

    private static <T> T failing(String what, Step<T> step) {
        try {
            return step.run();
        } catch (SQLException e) {
            throw new BackOfficeException("Cannot " + what + ": " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface Step<T> {
        T run() throws SQLException;
    }

    /** One change set's transaction: rolled back on {@link #close()} unless {@link #commit() committed}. */
    final class ChangeSet implements AutoCloseable {

        private final Connection connection;
        private boolean committed;

        private ChangeSet(Connection connection) {
            this.connection = connection;
        }

        void commit() {
            failing("commit a change set", () -> {
                connection.commit();
                return null;
            });
            committed = true;
        }

        @Override
        public void close() {
            changeSets.remove();
            try {
                failing("end a change set", () -> {
                    try (Connection closing = connection) {
                        if (!committed) {
                            closing.rollback();
                        }
                    }
                    return null;
                });
            } finally {
                versions.settled(connection);
            }
        }
    }
}
