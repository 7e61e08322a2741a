package org.fieldbook.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.TimeZone;

import org.eclipse.emf.ecore.EAttribute;
import org.fieldbook.model.Account;
import org.fieldbook.model.FieldbookFactory;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.WorkOrder;
import org.fieldbook.model.WorkOrderPriority;
import org.fieldbook.model.WorkOrderSystemStatus;
import org.fieldbook.model.dataverse.DataverseSchema;
import org.fieldbook.model.dataverse.FieldText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A model record written to and read from a real (encrypted) Derby table through its mapping. */
class TableMappingTest {

    private static final String KEY = "table-mapping-test-key";
    private final TableMapping workOrders = new TableMapping(
            DataverseSchema.fieldbook().byClass(FieldbookPackage.Literals.WORK_ORDER).orElseThrow());

    @TempDir
    Path workspace;

    @Test
    void namesFollowDataverseWithoutTheLookupUnderscore() {
        assertThat(workOrders.sqlTable()).isEqualTo("MSDYN_WORKORDER");
        assertThat(workOrders.columns()).extracting(ColumnMapping::sqlName)
                .contains("MSDYN_NAME", "MSDYN_SYSTEMSTATUS", "MSDYN_SERVICEACCOUNT_VALUE", "VERSIONNUMBER")
                .doesNotContain("ID");
        assertThat(workOrders.updateSql()).startsWith("UPDATE MSDYN_WORKORDER SET ").endsWith(" WHERE ID = ?");
    }

    @Test
    void everyKindOfValueSurvivesTheRoundTripWhateverTheTimeZone() throws Exception {
        WorkOrder written = FieldbookFactory.eINSTANCE.createWorkOrder();
        written.setId("wo-1");
        written.setNumber("WO-00412");
        written.setSystemStatus(WorkOrderSystemStatus.IN_PROGRESS);
        written.setPriority(WorkOrderPriority.URGENT);
        written.setLatitude(52.52);
        written.setCreatedOn(Instant.parse("2026-03-29T01:30:00Z")); // the night clocks change in Europe
        written.setServiceAccount((Account) FieldText.reference(FieldbookPackage.Literals.ACCOUNT, "acc-1"));
        written.setVersionNumber(7);

        TimeZone original = TimeZone.getDefault();
        try (DerbyDatabase database = DerbyDatabase.open(workspace.resolve("db"), KEY, "test database", IllegalStateException::new)) {
            database.transaction("create the table", connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE TABLE MSDYN_WORKORDER (ID VARCHAR(36) PRIMARY KEY, " + columns() + ")");
                }
                try (PreparedStatement insert = connection.prepareStatement(workOrders.insertSql())) {
                    workOrders.bindRow(insert, written);
                    return insert.executeUpdate();
                }
            });
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Auckland"));
            WorkOrder read = (WorkOrder) database.read("read it back", connection -> {
                try (PreparedStatement query = connection.prepareStatement(workOrders.selectSql("WHERE ID = ?"))) {
                    query.setString(1, "wo-1");
                    try (ResultSet row = query.executeQuery()) {
                        row.next();
                        return workOrders.read(row);
                    }
                }
            });

            assertThat(read.getNumber()).isEqualTo("WO-00412");
            assertThat(read.getSystemStatus()).isEqualTo(WorkOrderSystemStatus.IN_PROGRESS);
            assertThat(read.getPriority()).isEqualTo(WorkOrderPriority.URGENT);
            assertThat(read.getLatitude()).isEqualTo(52.52);
            assertThat(read.getCreatedOn()).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
            assertThat(read.getServiceAccount().getId()).isEqualTo("acc-1");
            assertThat(read.getVersionNumber()).isEqualTo(7);
            assertThat(read.getInstructions()).isNull();
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @Test
    void failedWorkIsRolledBackAndReportedThroughTheOwnersFailures() {
        try (DerbyDatabase database = DerbyDatabase.open(workspace.resolve("db"), KEY, "test database", IllegalStateException::new)) {
            database.transaction("create", connection -> connection.createStatement().executeUpdate("CREATE TABLE T (N INT)"));

            assertThatThrownBy(() -> database.transaction("insert twice", connection -> {
                connection.createStatement().executeUpdate("INSERT INTO T VALUES (1)");
                return connection.createStatement().executeUpdate("INSERT INTO NO_SUCH_TABLE VALUES (1)");
            })).isInstanceOf(IllegalStateException.class).hasMessageStartingWith("Cannot insert twice: ");

            int rows = database.read("count", connection -> {
                try (ResultSet count = connection.createStatement().executeQuery("SELECT COUNT(*) FROM T")) {
                    count.next();
                    return count.getInt(1);
                }
            });
            assertThat(rows).isZero();
        }
    }

    private String columns() {
        StringBuilder sql = new StringBuilder();
        for (ColumnMapping column : workOrders.columns()) {
            int type = column.isLookup() ? Types.VARCHAR
                    : JdbcValues.sqlType(((EAttribute) column.feature()).getEAttributeType());
            sql.append(sql.isEmpty() ? "" : ", ").append(column.sqlName()).append(' ').append(switch (type) {
            case Types.TIMESTAMP -> "TIMESTAMP";
            case Types.INTEGER -> "INTEGER";
            case Types.BIGINT -> "BIGINT";
            case Types.DOUBLE -> "DOUBLE";
            case Types.BOOLEAN -> "BOOLEAN";
            default -> "VARCHAR(4000)";
            });
        }
        return sql.toString();
    }
}
