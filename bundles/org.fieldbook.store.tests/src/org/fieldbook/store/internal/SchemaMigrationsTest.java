package org.fieldbook.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.fieldbook.jdbc.DerbyDatabase;
import org.fieldbook.jdbc.JdbcValues;
import org.fieldbook.jdbc.SchemaMigrations;
import org.fieldbook.jdbc.TableMapping;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.dataverse.DataverseSchema;
import org.fieldbook.store.AgendaEntry;
import org.fieldbook.store.StoreException;
import org.fieldbook.store.WorkOrderQuery;
import org.fieldbook.store.WorkOrderSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaMigrationsTest {

    @TempDir
    Path workspace;

    @Test
    void aNewDatabaseGetsEveryTableAndColumnTheModelMaps() throws Exception {
        DerbyLocalStore store = StoreFixtures.open(workspace.resolve("db"));
        assertThat(store.schemaVersion()).isEqualTo(StoreDatabase.MIGRATIONS.latestVersion()).isEqualTo(10);
        store.close();
        try (DerbyDatabase database = StoreDatabase.open(workspace.resolve("db"), StoreFixtures.KEY);
                Connection connection = database.connect()) {
            DatabaseMetaData metaData = connection.getMetaData();
            for (TableMapping table : new StoreSchema(DataverseSchema.fieldbook()).tables()) {
                Set<String> columns = columns(metaData, table.sqlTable());
                assertThat(columns).as(table.sqlTable()).contains("ID");
                table.columns().forEach(column -> assertThat(columns).as(table.sqlTable()).contains(column.sqlName()));
            }
            assertThat(columns(metaData, "FB_OUTBOX")).contains("SEQ", "CHANGED_FIELDS", "BASE_ETAG", "BASE_VALUES");
            assertThat(columns(metaData, "BOOKING")).as("schema 1's table is gone").isEmpty();
        }
    }

    @Test
    void aSchemaFourSearchIndexMovesTheAccountWordsToTheAccounts() throws Exception {
        Path folder = workspace.resolve("db");
        try (DerbyDatabase database = StoreDatabase.open(folder, StoreFixtures.KEY); Connection connection = database.connect()) {
            StoreDatabase.MIGRATIONS.migrate(connection, 4);
            execute(connection, "INSERT INTO ACCOUNT (ID, NAME) VALUES ('acc', 'Contoso Dairy')");
            execute(connection, "INSERT INTO MSDYN_WORKORDER (ID, MSDYN_NAME, MSDYN_SYSTEMSTATUS, MSDYN_ADDRESS1,"
                    + " MSDYN_SERVICEACCOUNT_VALUE) VALUES ('wo', 'WO-1', 690970001, '12 Mill Road', 'acc')");
            for (String word : List.of("wo", "1", "contoso", "dairy", "12", "mill", "road")) {
                execute(connection, "INSERT INTO FB_WORK_ORDER_WORD (WORD, WORK_ORDER_ID, NUMBER, STATUS) VALUES ('" + word
                        + "', 'wo', 'WO-1', 690970001)");
            }
        }

        DerbyLocalStore store = StoreFixtures.open(folder);
        try {
            assertThat(numbers(store, "contoso mill")).containsExactly("WO-1");
            store.downloads().apply(StoreFixtures.page(FieldbookPackage.Literals.ACCOUNT, List.of(StoreFixtures.account("acc", "Globex"))));
            assertThat(numbers(store, "contoso")).as("the old name's words left the work order's rows").isEmpty();
            assertThat(numbers(store, "globex road")).containsExactly("WO-1");
        } finally {
            store.close();
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private static List<String> numbers(DerbyLocalStore store, String text) {
        return store.workOrders().find(WorkOrderQuery.all(50).withText(text)).stream().map(WorkOrderSummary::number).toList();
    }

    @Test
    void aSchemaOneDatabaseIsMigratedWithItsBookings() throws Exception {
        Path folder = workspace.resolve("db");
        Instant start = Instant.parse("2026-11-27T08:00:00Z");
        try (DerbyDatabase database = StoreDatabase.open(folder, StoreFixtures.KEY); Connection connection = database.connect()) {
            assertThat(StoreDatabase.MIGRATIONS.migrate(connection, 1)).isEqualTo(1);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO BOOKING (ID, NAME, START_TIME, END_TIME, VERSION_NUMBER) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, "b-old");
                insert.setString(2, "Booked before the upgrade");
                insert.setTimestamp(3, Timestamp.from(start), JdbcValues.utc());
                insert.setTimestamp(4, Timestamp.from(start.plusSeconds(3600)), JdbcValues.utc());
                insert.setLong(5, 7);
                insert.executeUpdate();
            }
        }

        DerbyLocalStore store = StoreFixtures.open(folder);
        try {
            assertThat(store.schemaVersion()).isEqualTo(StoreDatabase.MIGRATIONS.latestVersion());
            assertThat(store.bookings().agenda(start.minusSeconds(60), start.plusSeconds(60)))
                    .extracting(AgendaEntry::bookingId, AgendaEntry::name, AgendaEntry::start, AgendaEntry::end)
                    .containsExactly(tuple("b-old", "Booked before the upgrade", start,
                            start.plusSeconds(3600)));
        } finally {
            store.close();
        }
    }

    @Test
    void aDatabaseFromANewerFieldbookIsRefusedAndLeftUntouched() throws Exception {
        Path folder = workspace.resolve("db");
        StoreFixtures.open(folder).close();
        int future = StoreDatabase.MIGRATIONS.latestVersion() + 1;
        try (DerbyDatabase database = StoreDatabase.open(folder, StoreFixtures.KEY);
                Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO FB_SCHEMA_VERSION (VERSION) VALUES (" + future + ")");
        }

        assertThatThrownBy(() -> StoreFixtures.open(folder))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("schema version " + future)
                .hasMessageContaining("update Fieldbook");

        try (DerbyDatabase database = StoreDatabase.open(folder, StoreFixtures.KEY); Connection connection = database.connect()) {
            assertThat(SchemaMigrations.currentVersion(connection)).isEqualTo(future);
        }
    }

    @Test
    void aWorkspaceThatIsAFileIsAClearError() throws Exception {
        Path notAFolder = Files.writeString(workspace.resolve("workspace"), "not a folder");

        assertThatThrownBy(() -> StoreFixtures.open(notAFolder.resolve("db")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("Cannot open the local database in " + notAFolder.resolve("db"));
    }

    @Test
    void aReadOnlyLocationIsAClearErrorNotAHang() {
        Path readOnly = Path.of("/proc/fieldbook-cannot-write-here/db"); // procfs refuses new files, even to root

        // The limit only catches a hang: the answer comes at once.
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> assertThatThrownBy(() -> StoreFixtures.open(readOnly))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("Cannot open the local database in " + readOnly));
    }

    private static Set<String> columns(DatabaseMetaData metaData, String table) throws Exception {
        Set<String> columns = new HashSet<>();
        try (ResultSet rows = metaData.getColumns(null, null, table, null)) {
            while (rows.next()) {
                columns.add(rows.getString("COLUMN_NAME"));
            }
        }
        return columns;
    }
}
