package org.fieldbook.backoffice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.fieldbook.backoffice.Role;
import org.fieldbook.backoffice.demo.DemoData;
import org.fieldbook.backoffice.demo.DemoDataGenerator;
import org.fieldbook.backoffice.demo.DemoSize;
import org.fieldbook.backoffice.internal.auth.Principal;
import org.fieldbook.jdbc.JdbcValues;
import org.fieldbook.jdbc.TableMapping;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A technician's row access is answered per row through indexes, never by scanning the tables it goes
 * through, read from Derby's own plan with an office of 20 technicians (timings live in the sync benchmark).
 */
class RowAccessPlansTest {

    private static final DemoSize OFFICE = new DemoSize(20, 3_000, 600, 100);

    @TempDir
    static Path folder;

    private static BackOfficeDatabase database;
    private static RowAccess technician;

    @BeforeAll
    static void office() {
        database = BackOfficeDatabase.open(folder.resolve("db"));
        DemoData demo = new DemoDataGenerator(7, LocalDate.now(ZoneOffset.UTC), ZoneOffset.UTC).generate(OFFICE);
        database.insert(demo.tables());
        technician = RowAccess.of(new Principal("tech1", Role.TECHNICIAN, demo.technicianUserIds().getFirst()));
        database.transaction("add the technicians", connection -> {
            try (PreparedStatement user = connection.prepareStatement("INSERT INTO FB_USER (USERNAME, SYSTEMUSERID, ROLE,"
                    + " PASSWORD_HASH, CREATED) VALUES (?, ?, 'technician', 'unused', CURRENT_TIMESTAMP)")) {
                for (String userId : demo.technicianUserIds()) {
                    JdbcValues.bindAll(user, List.of("tech-" + userId, userId));
                    user.executeUpdate();
                }
            }
            return null;
        });
    }

    @AfterAll
    static void close() {
        database.close();
    }

    /** Plans compiled right after a load see the tables' sizes, not those of the empty tables the indexes were made on. */
    @ParameterizedTest
    @ValueSource(strings = { "bookableresourcebooking", "bookableresource", "msdyn_workorder", "msdyn_workorderservicetask",
        "account" })
    void aLoadLeavesStatisticsForEveryIndexOfTheTablesItFilled(String table) {
        String sqlTable = database.tables().of(table).sqlTable();
        Map<String, Integer> statistics = database.read("count the statistics of each index", connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT C.CONGLOMERATENAME, (SELECT COUNT(*) FROM"
                    + " SYS.SYSSTATISTICS S WHERE S.REFERENCEID = C.CONGLOMERATEID) FROM SYS.SYSCONGLOMERATES C JOIN SYS.SYSTABLES T"
                    + " ON C.TABLEID = T.TABLEID WHERE T.TABLENAME = ? AND C.ISINDEX AND C.CONGLOMERATENAME LIKE ?")) {
                JdbcValues.bindAll(query, List.of(sqlTable, sqlTable + "_%"));
                Map<String, Integer> counts = new TreeMap<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        counts.put(rows.getString(1), rows.getInt(2));
                    }
                }
                return counts;
            }
        });

        assertThat(statistics).as("the indexes made on %s", sqlTable).isNotEmpty();
        assertThat(statistics).as("statistics of each index of %s", sqlTable)
                .allSatisfy((index, count) -> assertThat(count).as(index).isPositive());
    }

    @ParameterizedTest
    @ValueSource(strings = { "msdyn_workorder", "msdyn_workorderservicetask", "account", "contact", "msdyn_customerasset" })
    void everyRowOfATableIsCheckedByIndexProbes(String table) throws Exception {
        TableMapping mapping = database.tables().of(table);
        SqlFilter reach = technician.rows(mapping);

        String plan = plan("SELECT ID FROM " + mapping.sqlTable() + " WHERE " + reach.sql(), reach.parameters());

        assertNoScans(table, plan);
    }

    /** Who reaches the rows a deletion or a handed-over booking touches, asked of all technicians at once. */
    @ParameterizedTest
    @ValueSource(strings = { "bookableresourcebooking", "msdyn_workorder", "msdyn_workorderservicetask", "account", "contact",
        "msdyn_customerasset" })
    void whoReachesARowIsAnsweredByIndexProbes(String table) throws Exception {
        TableMapping mapping = database.tables().of(table);
        SqlFilter mine = technician.rows(mapping);
        List<Object> parameters = new ArrayList<>(database.read("pick rows", connection -> mapping.select(connection, "WHERE "
                + mine.sql() + " FETCH FIRST 10 ROWS ONLY", mine.parameters())).stream().map(row -> row.getId()).toList());
        SqlFilter anyTechnician = RowAccess.ofUserRow().rows(mapping);
        String sql = ReachLoss.reachersSql(mapping, anyTechnician).replace("%s", "?, ".repeat(parameters.size() - 1) + "?");
        parameters.addAll(anyTechnician.parameters());

        String plan = plan(sql, parameters);

        assertNoScans(table, plan);
        assertThat(plan).as(plan).doesNotContain("Table Scan ResultSet for MSDYN_WORKORDER")
                .doesNotContain("Table Scan ResultSet for " + mapping.sqlTable() + " ");
    }

    private static void assertNoScans(String table, String plan) {
        assertThat(plan).as(plan)
                .doesNotContain("Table Scan ResultSet for BOOKABLERESOURCEBOOKING")
                .doesNotContain("Table Scan ResultSet for BOOKABLERESOURCE ")
                .doesNotContain("Table Scan ResultSet for FB_OWNED");
        if (!table.startsWith("msdyn_workorder")) {
            assertThat(plan).doesNotContain("Table Scan ResultSet for MSDYN_WORKORDER ");
        }
    }

    private static String plan(String sql, List<Object> parameters) {
        return database.read("read the plan", connection -> {
            collectStatistics(connection);
            List<String> reached = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                JdbcValues.bindAll(query, parameters);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        reached.add(rows.getString(1));
                    }
                }
            }
            assertThat(reached).as("the technician reaches some rows").isNotEmpty();
            try (PreparedStatement statistics = connection.prepareStatement("VALUES SYSCS_UTIL.SYSCS_GET_RUNTIMESTATISTICS()");
                    ResultSet text = statistics.executeQuery()) {
                text.next();
                return text.getString(1);
            }
        });
    }

    private static void collectStatistics(Connection connection) throws SQLException {
        try (CallableStatement call = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(1)")) {
            call.execute();
        }
    }
}
