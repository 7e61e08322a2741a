package org.fieldbook.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.fieldbook.model.Record;
import org.fieldbook.model.dataverse.FieldText;
import org.fieldbook.model.dataverse.ValueKind;

/**
 * Moves model values in and out of JDBC. Instants are stored as UTC timestamps, so moving the tablet
 * to another time zone does not move the bookings; choices as their integer option values; lookups as
 * the target's key.
 */
public final class JdbcValues {

    private static final ThreadLocal<Calendar> UTC = ThreadLocal.withInitial(() -> Calendar.getInstance(TimeZone.getTimeZone("UTC")));

    private JdbcValues() {
    }

    public static void set(PreparedStatement statement, int index, EStructuralFeature feature, Object value) throws SQLException {
        if (feature instanceof EReference) {
            setNullable(statement, index, value == null ? null : ((Record) value).getId(), Types.VARCHAR);
        } else if (value instanceof Instant instant) {
            statement.setTimestamp(index, Timestamp.from(instant), UTC.get());
        } else if (value instanceof Enumerator choice) {
            statement.setInt(index, choice.getValue());
        } else {
            setNullable(statement, index, value, sqlType(((EAttribute) feature).getEAttributeType()));
        }
    }

    /** Binds plain values to a statement's markers; timestamps as UTC, as instants are stored. */
    public static void bindAll(PreparedStatement statement, List<?> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) instanceof Timestamp timestamp) {
                statement.setTimestamp(i + 1, timestamp, UTC.get());
            } else {
                statement.setObject(i + 1, values.get(i));
            }
        }
    }

    public static Object get(ResultSet row, String column, EStructuralFeature feature) throws SQLException {
        if (feature instanceof EReference reference) {
            String id = row.getString(column);
            return id == null ? null : FieldText.reference(reference.getEReferenceType(), id);
        }
        EDataType type = ((EAttribute) feature).getEAttributeType();
        Object value = switch (sqlType(type)) {
        case Types.TIMESTAMP -> instant(row.getTimestamp(column, UTC.get()));
        case Types.INTEGER -> row.getInt(column);
        case Types.BIGINT -> row.getLong(column);
        case Types.DOUBLE -> row.getDouble(column);
        case Types.BOOLEAN -> row.getBoolean(column);
        default -> row.getString(column);
        };
        if (row.wasNull()) {
            return type.getDefaultValue();
        }
        return type instanceof EEnum choice ? literal(choice, (Integer) value, column) : value;
    }

    public static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    public static Timestamp utcTimestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    public static Calendar utc() {
        return UTC.get();
    }

    private static Enumerator literal(EEnum choice, int value, String column) throws SQLDataException {
        EEnumLiteral literal = choice.getEEnumLiteral(value);
        if (literal == null) {
            throw new SQLDataException("Unknown value " + value + " in column " + column + " (" + choice.getName() + ")");
        }
        return literal.getInstance();
    }

    private static void setNullable(PreparedStatement statement, int index, Object value, int sqlType) throws SQLException {
        if (value == null) {
            statement.setNull(index, sqlType);
        } else {
            statement.setObject(index, value, sqlType);
        }
    }

    public static int sqlType(EDataType type) {
        return switch (ValueKind.of(type)) {
        case CHOICE, WHOLE_NUMBER -> Types.INTEGER;
        case BIG_INTEGER -> Types.BIGINT;
        case DECIMAL -> Types.DOUBLE;
        case YES_NO -> Types.BOOLEAN;
        case DATE_TIME -> Types.TIMESTAMP;
        case TEXT -> Types.VARCHAR;
        };
    }
}
