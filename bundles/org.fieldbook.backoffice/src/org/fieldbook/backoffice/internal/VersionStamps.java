package org.fieldbook.backoffice.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Row versions, drawn from the database's one sequence, and the change-tracking watermark: the newest version
 * up to which every drawn version is committed or rolled back. A writer draws its version before it writes
 * the row and commits later, so the sequence alone could end a delta past a row still being written, and no
 * later delta would report that row.
 */
final class VersionStamps {

    /** The oldest version each open transaction has drawn and not yet settled, by its connection. */
    private final Map<Connection, Long> unsettled = new IdentityHashMap<>();
    private long newest;

    private VersionStamps(long newest) {
        this.newest = newest;
    }

    /** @return stamps that go on from the sequence's state in the database */
    static VersionStamps of(Connection connection) throws SQLException {
        try (ResultSet next = connection.createStatement()
                .executeQuery("VALUES SYSCS_UTIL.SYSCS_PEEK_AT_SEQUENCE('APP', 'FB_VERSION')")) {
            next.next();
            return new VersionStamps(next.getLong(1) - 1);
        }
    }

    /** @return a new version for a row written in {@code connection}'s open transaction */
    synchronized long draw(Connection connection) throws SQLException {
        try (ResultSet next = connection.createStatement().executeQuery("VALUES NEXT VALUE FOR FB_VERSION")) {
            next.next();
            long version = next.getLong(1);
            unsettled.putIfAbsent(connection, version);
            newest = Math.max(newest, version);
            return version;
        }
    }

    /** Called once {@code connection}'s transaction has committed or rolled back. */
    synchronized void settled(Connection connection) {
        unsettled.remove(connection);
    }

    /** @return the newest version below which no write is still open */
    synchronized long watermark() {
        return unsettled.values().stream().mapToLong(version -> version - 1).min().orElse(newest);
    }
}
