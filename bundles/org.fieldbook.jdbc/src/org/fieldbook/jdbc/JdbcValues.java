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
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.fieldbook.model.Record;

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
            return id == null ? null : reference(reference.getEReferenceType(), id);
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

    /** A stand-in for a referenced row: only its key is set, so it can be written back or looked up. */
    public static Record reference(EClass type, String id) {
        Record record = (Record) EcoreUtil.create(type);
        record.setId(id);
        return record;
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
        if (type instanceof EEnum) {
            return Types.INTEGER;
        }
        Class<?> javaType = type.getInstanceClass();
        if (javaType == Instant.class) {
            return Types.TIMESTAMP;
        } else if (javaType == int.class || javaType == Integer.class) {
            return Types.INTEGER;
        } else if (javaType == long.class || javaType == Long.class) {
            return Types.BIGINT;
        } else if (javaType == double.class || javaType == Double.class) {
            return Types.DOUBLE;
        } else if (javaType == boolean.class || javaType == Boolean.class) {
            return Types.BOOLEAN;
        }
        return Types.VARCHAR;
    }
}
