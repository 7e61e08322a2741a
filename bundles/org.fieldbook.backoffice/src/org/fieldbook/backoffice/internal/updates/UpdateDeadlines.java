package org.fieldbook.backoffice.internal.updates;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.fieldbook.backoffice.internal.BackOfficeDatabase;
import org.fieldbook.jdbc.JdbcValues;
import org.osgi.framework.Version;

/**
 * The administrator's "updates mandatory after" dates, one per client version: a device whose client is older than
 * the version, once it has downloaded an update that reaches it, may postpone the restart only until the date.
 * Per version rather than for the whole site, because the site's folder changes with every release: a date set
 * for one release must not make the next one mandatory at once, and "everyone on at least 0.2.0 by Friday" still
 * holds when 0.2.1 replaces 0.2.0 on the site.
 */
public final class UpdateDeadlines {

    /** The longest version text kept, the column's length. */
    static final int MAX_VERSION = 100;

    /**
     * @param version the client version, as OSGi writes it (e.g. {@code 0.2.0} or {@code 0.2.0.202612041337})
     * @param mandatoryAfter from when the update may no longer be postponed
     * @param setBy the administrator who set it
     */
    public record Deadline(String version, Instant mandatoryAfter, String setBy, Instant setOn) {
    }

    /** Input the rule refuses; {@link #field()} names the form field it belongs beside. */
    public static final class Refused extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String field;

        Refused(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    private final BackOfficeDatabase database;
    private final Clock clock;

    public UpdateDeadlines(BackOfficeDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** @return every date set, lowest version first */
    public List<Deadline> list() {
        List<Deadline> deadlines = database.read("read the mandatory update dates", connection -> {
            List<Deadline> rows = new ArrayList<>();
            try (ResultSet result = connection.createStatement().executeQuery(
                    "SELECT CLIENT_VERSION, MANDATORY_AFTER, SET_BY, SET_ON FROM FB_CLIENT_UPDATE_DEADLINE")) {
                while (result.next()) {
                    rows.add(new Deadline(result.getString(1), instant(result, 2), result.getString(3), instant(result, 4)));
                }
            }
            return rows;
        });
        deadlines.sort(Comparator.comparing(deadline -> Version.parseVersion(deadline.version())));
        return deadlines;
    }

    /**
     * Sets (or moves) the date from which an update reaching {@code version} is mandatory.
     *
     * @param mandatoryAfter ISO-8601 with its offset, e.g. {@code 2026-12-10T18:00+01:00}
     * @throws Refused for a version or date that cannot be read, naming the field
     */
    public Deadline set(String version, String mandatoryAfter, String userName) {
        Deadline deadline = new Deadline(version(version), instant(mandatoryAfter), userName, clock.instant());
        database.transaction("set the mandatory update date of " + deadline.version(), connection -> {
            if (write(connection, "UPDATE FB_CLIENT_UPDATE_DEADLINE SET MANDATORY_AFTER = ?, SET_ON = ?, SET_BY = ?"
                    + " WHERE CLIENT_VERSION = ?", deadline) == 0) {
                write(connection, "INSERT INTO FB_CLIENT_UPDATE_DEADLINE (MANDATORY_AFTER, SET_ON, SET_BY, CLIENT_VERSION)"
                        + " VALUES (?, ?, ?, ?)", deadline);
            }
            return null;
        });
        return deadline;
    }

    /** @return whether a date was set for {@code version} and is now gone */
    public boolean remove(String version) {
        String normalized = version(version);
        return database.transaction("remove the mandatory update date of " + normalized, connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM FB_CLIENT_UPDATE_DEADLINE WHERE CLIENT_VERSION = ?")) {
                delete.setString(1, normalized);
                return delete.executeUpdate() > 0;
            }
        });
    }

    private static int write(Connection connection, String sql, Deadline deadline) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setTimestamp(1, JdbcValues.utcTimestamp(deadline.mandatoryAfter()), JdbcValues.utc());
            statement.setTimestamp(2, JdbcValues.utcTimestamp(deadline.setOn()), JdbcValues.utc());
            statement.setString(3, deadline.setBy());
            statement.setString(4, deadline.version());
            return statement.executeUpdate();
        }
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        return JdbcValues.instant(row.getTimestamp(column, JdbcValues.utc()));
    }

    /** @return the version as OSGi writes it, so {@code 0.2} and {@code 0.2.0} are one */
    static String version(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new Refused("version", "Enter the client version, e.g. 0.2.0 or 0.2.0.202612041337.");
        }
        if (trimmed.length() > MAX_VERSION) {
            throw new Refused("version", "A client version has at most " + MAX_VERSION + " characters.");
        }
        try {
            return Version.parseVersion(trimmed).toString();
        } catch (IllegalArgumentException e) {
            throw new Refused("version", "\"" + trimmed + "\" is not a client version: write up to three numbers and a"
                    + " qualifier, separated by dots, e.g. 0.2.0 or 0.2.0.202612041337.");
        }
    }

    /** @return the moment {@code text} names; it must carry its offset, for a bare local time means nothing to a fleet */
    static Instant instant(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new Refused("mandatoryAfter", "Choose the date and time after which the update is mandatory.");
        }
        OffsetDateTime moment;
        try {
            moment = OffsetDateTime.parse(trimmed);
        } catch (DateTimeParseException e) {
            throw new Refused("mandatoryAfter", isLocal(trimmed)
                    ? "Give the date with its time zone (e.g. 2026-12-10T18:00+01:00): devices are in several zones."
                    : "\"" + trimmed + "\" is not a date and time; write it as 2026-12-10T18:00+01:00.");
        }
        if (moment.getYear() < 2000 || moment.getYear() > 9999) {
            throw new Refused("mandatoryAfter", "Choose a date between the years 2000 and 9999.");
        }
        return moment.toInstant();
    }

    private static boolean isLocal(String text) {
        try {
            LocalDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
