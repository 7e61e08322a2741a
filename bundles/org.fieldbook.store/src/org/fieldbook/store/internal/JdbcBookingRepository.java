package org.fieldbook.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.fieldbook.model.Booking;
import org.fieldbook.model.FieldbookFactory;
import org.fieldbook.store.BookingRepository;
import org.fieldbook.store.StoreException;

/** Bookings in the BOOKING table. */
final class JdbcBookingRepository implements BookingRepository {

    private static final String FIND_STARTING_BETWEEN = """
            SELECT ID, NAME, START_TIME, END_TIME, VERSION_NUMBER FROM BOOKING
            WHERE START_TIME >= ? AND START_TIME < ? ORDER BY START_TIME, ID""";
    private static final String UPDATE = """
            UPDATE BOOKING SET NAME = ?, START_TIME = ?, END_TIME = ?, VERSION_NUMBER = ? WHERE ID = ?""";
    private static final String INSERT = """
            INSERT INTO BOOKING (NAME, START_TIME, END_TIME, VERSION_NUMBER, ID) VALUES (?, ?, ?, ?, ?)""";

    private final DerbyDatabase database;

    JdbcBookingRepository(DerbyDatabase database) {
        this.database = database;
    }

    @Override
    public List<Booking> findStartingBetween(Instant from, Instant to) {
        try (Connection connection = database.connect();
                PreparedStatement query = connection.prepareStatement(FIND_STARTING_BETWEEN)) {
            query.setTimestamp(1, Timestamp.from(from));
            query.setTimestamp(2, Timestamp.from(to));
            List<Booking> bookings = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    bookings.add(toBooking(rows));
                }
            }
            return bookings;
        } catch (SQLException e) {
            throw new StoreException("Cannot read bookings: " + e.getMessage(), e);
        }
    }

    @Override
    public void save(Booking booking) {
        try (Connection connection = database.connect()) {
            if (write(connection, UPDATE, booking) == 0) {
                write(connection, INSERT, booking);
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot save booking " + booking.getId() + ": " + e.getMessage(), e);
        }
    }

    /** Both statements bind the same columns in the same order, the key last. */
    private static int write(Connection connection, String sql, Booking booking) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, booking.getName());
            statement.setTimestamp(2, Timestamp.from(booking.getStartTime()));
            statement.setTimestamp(3, Timestamp.from(booking.getEndTime()));
            statement.setLong(4, booking.getVersionNumber());
            statement.setString(5, booking.getId());
            return statement.executeUpdate();
        }
    }

    private static Booking toBooking(ResultSet row) throws SQLException {
        Booking booking = FieldbookFactory.eINSTANCE.createBooking();
        booking.setId(row.getString("ID"));
        booking.setName(row.getString("NAME"));
        booking.setStartTime(row.getTimestamp("START_TIME").toInstant());
        booking.setEndTime(row.getTimestamp("END_TIME").toInstant());
        booking.setVersionNumber(row.getLong("VERSION_NUMBER"));
        return booking;
    }
}
