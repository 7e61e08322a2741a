package org.fieldbook.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.fieldbook.jdbc.DerbyDatabase;
import org.fieldbook.jdbc.JdbcValues;
import org.fieldbook.model.FieldServiceStatus;
import org.fieldbook.store.AgendaEntry;
import org.fieldbook.store.BookingRepository;

/** The agenda query: bookings overlapping a range, with status, work order and account, by start. */
final class JdbcBookings implements BookingRepository {

    /**
     * Bounds the start of bookings that can still be running, so that the query is a range of the start
     * time index rather than a scan of every booking.
     */
    static final Duration LONGEST_BOOKING = Duration.ofDays(31);

    static final String AGENDA = """
            SELECT B.ID, B.NAME, B.STARTTIME, B.ENDTIME, S.NAME AS STATUS_NAME, S.MSDYN_FIELDSERVICESTATUS,
                   B.MSDYN_WORKORDER_VALUE, W.MSDYN_NAME AS WORK_ORDER_NUMBER, A.NAME AS ACCOUNT_NAME,
                   W.MSDYN_ADDRESS1, W.MSDYN_CITY
            FROM BOOKABLERESOURCEBOOKING B
            LEFT JOIN BOOKINGSTATUS S ON S.ID = B.BOOKINGSTATUS_VALUE
            LEFT JOIN MSDYN_WORKORDER W ON W.ID = B.MSDYN_WORKORDER_VALUE
            LEFT JOIN ACCOUNT A ON A.ID = W.MSDYN_SERVICEACCOUNT_VALUE
            WHERE B.STARTTIME >= ? AND B.STARTTIME < ? AND B.ENDTIME >= ?
            ORDER BY B.STARTTIME, B.ID""";

    private final DerbyDatabase database;

    JdbcBookings(DerbyDatabase database) {
        this.database = database;
    }

    @Override
    public List<AgendaEntry> agenda(Instant from, Instant to) {
        return database.read("read the agenda", connection -> {
            try (PreparedStatement query = connection.prepareStatement(AGENDA)) {
                query.setTimestamp(1, JdbcValues.utcTimestamp(from.minus(LONGEST_BOOKING)), JdbcValues.utc());
                query.setTimestamp(2, JdbcValues.utcTimestamp(to), JdbcValues.utc());
                query.setTimestamp(3, JdbcValues.utcTimestamp(from), JdbcValues.utc());
                List<AgendaEntry> entries = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        entries.add(entry(rows));
                    }
                }
                return entries;
            }
        });
    }

    private static AgendaEntry entry(ResultSet row) throws SQLException {
        int status = row.getInt("MSDYN_FIELDSERVICESTATUS");
        FieldServiceStatus fieldServiceStatus = row.wasNull() ? null : FieldServiceStatus.get(status);
        return new AgendaEntry(row.getString("ID"), row.getString("NAME"),
                JdbcValues.instant(row.getTimestamp("STARTTIME", JdbcValues.utc())),
                JdbcValues.instant(row.getTimestamp("ENDTIME", JdbcValues.utc())), row.getString("STATUS_NAME"),
                fieldServiceStatus, row.getString("MSDYN_WORKORDER_VALUE"), row.getString("WORK_ORDER_NUMBER"),
                row.getString("ACCOUNT_NAME"), Addresses.line(row.getString("MSDYN_ADDRESS1"), row.getString("MSDYN_CITY")));
    }
}
