package org.fieldbook.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.fieldbook.model.Record;
import org.fieldbook.model.dataverse.DataverseTable;

/**
 * A model class stored in a table named after its Dataverse logical name, with its key in {@code ID}
 * and one column per Dataverse column. Holds the SQL that reads and writes whole rows.
 */
public final class TableMapping {

    private final DataverseTable table;
    private final String sqlTable;
    private final List<ColumnMapping> columns;
    private final String columnList;

    public TableMapping(DataverseTable table) {
        this(table, Set.of());
    }

    /** @param leftOut Dataverse columns this table does not keep (a device leaves out a note's file) */
    public TableMapping(DataverseTable table, Set<String> leftOut) {
        this.table = table;
        this.sqlTable = table.logicalName().toUpperCase(Locale.ROOT);
        this.columns = table.fields().stream().filter(field -> !leftOut.contains(field.name())).map(ColumnMapping::of).toList();
        this.columnList = columns.stream().map(ColumnMapping::sqlName).collect(Collectors.joining(", "));
    }

    public EClass eClass() {
        return table.eClass();
    }

    /** @return the Dataverse logical name, which the outbox and sync state use to name the table */
    public String logicalName() {
        return table.logicalName();
    }

    public String sqlTable() {
        return sqlTable;
    }

    public List<ColumnMapping> columns() {
        return columns;
    }

    public String selectSql(String where) {
        return "SELECT ID, " + columnList + " FROM " + sqlTable + " " + where;
    }

    public String insertSql() {
        return "INSERT INTO " + sqlTable + " (" + columnList + ", ID) VALUES ("
                + "?, ".repeat(columns.size()) + "?)";
    }

    public String updateSql() {
        return "UPDATE " + sqlTable + " SET "
                + columns.stream().map(column -> column.sqlName() + " = ?").collect(Collectors.joining(", "))
                + " WHERE ID = ?";
    }

    public String deleteSql() {
        return "DELETE FROM " + sqlTable + " WHERE ID = ?";
    }

    /** Binds every column and then the key, the parameter order of {@link #insertSql()} and {@link #updateSql()}. */
    public void bindRow(PreparedStatement statement, Record record) throws SQLException {
        int index = 1;
        for (ColumnMapping column : columns) {
            JdbcValues.set(statement, index++, column.feature(), record.eGet(column.feature()));
        }
        statement.setString(index, record.getId());
    }

    /**
     * @param where the SQL after the column list, e.g. {@code "WHERE ID = ?"}
     * @param parameters the values of its markers, in order
     * @return the rows it selects
     */
    public List<Record> select(Connection connection, String where, List<?> parameters) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(selectSql(where))) {
            JdbcValues.bindAll(query, parameters);
            List<Record> records = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    records.add(read(rows));
                }
            }
            return records;
        }
    }

    /** Reads a row selected with {@link #selectSql(String)}. */
    public Record read(ResultSet row) throws SQLException {
        Record record = (Record) EcoreUtil.create(eClass());
        record.setId(row.getString("ID"));
        for (ColumnMapping column : columns) {
            record.eSet(column.feature(), JdbcValues.get(row, column.sqlName(), column.feature()));
        }
        return record;
    }
}
