package org.fieldbook.backoffice.internal;

import static org.fieldbook.jdbc.ColumnMapping.sqlName;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fieldbook.jdbc.TableMapping;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.SyncSummary;

/**
 * The fleet's sync health, for people who read every row: per technician, the latest summary their device
 * uploaded to the Web API's {@code fieldbook_syncsummaries} and the latest of a cycle that succeeded. Who
 * uploaded a summary is who owns it ({@code FB_OWNED}), never what the device wrote.
 */
public final class SyncHealth {

    /** A device without a successful sync for longer than this is stale. */
    public static final Duration STALE_AFTER = Duration.ofDays(1);

    private final BackOfficeDatabase database;
    private final TableMapping table;

    public SyncHealth(BackOfficeDatabase database) {
        this.database = database;
        this.table = database.tables().of(FieldbookPackage.Literals.SYNC_SUMMARY);
    }

    /**
     * @param lastSuccess the summary of the technician's latest successful cycle, if any
     * @param latest the summary of their latest cycle, if any (the same one when it succeeded)
     */
    public record Technician(String user, Optional<SyncSummary> lastSuccess, Optional<SyncSummary> latest) {

        /** @return whether the device has not synced successfully since {@link SyncHealth#STALE_AFTER} before {@code now} */
        public boolean staleAt(Instant now) {
            return lastSuccess.map(SyncSummary::getFinishedOn).map(finished -> finished.plus(STALE_AFTER).isBefore(now)).orElse(true);
        }
    }

    /** @return every technician, by user name, with what their device last reported */
    public List<Technician> technicians() {
        return database.read("read the fleet's sync health", connection -> {
            List<Technician> technicians = new ArrayList<>();
            for (String user : technicianNames(connection)) {
                technicians.add(new Technician(user, latest(connection, user, true), latest(connection, user, false)));
            }
            return technicians;
        });
    }

    private Optional<SyncSummary> latest(Connection connection, String user, boolean succeeded) throws SQLException {
        String where = "WHERE EXISTS (SELECT 1 FROM FB_OWNED O WHERE O.TABLE_NAME = 'fieldbook_syncsummary'"
                + " AND O.ID = " + table.sqlTable() + ".ID AND O.USERNAME = ?)" + (succeeded ? " AND " + sqlName("fieldbook_succeeded") + " = TRUE" : "")
                + " ORDER BY " + sqlName("fieldbook_finishedon") + " DESC, ID FETCH FIRST 1 ROWS ONLY";
        return table.select(connection, where, List.of(user)).stream().map(SyncSummary.class::cast).findFirst();
    }

    private static List<String> technicianNames(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT USERNAME FROM FB_USER WHERE ROLE = 'technician' ORDER BY USERNAME");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
