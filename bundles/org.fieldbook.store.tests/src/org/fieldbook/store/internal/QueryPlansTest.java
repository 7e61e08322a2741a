package org.fieldbook.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fieldbook.jdbc.JdbcValues;
import org.fieldbook.model.Account;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.Record;
import org.fieldbook.model.WorkOrder;
import org.fieldbook.model.WorkOrderSystemStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agenda and the work order list are answered from indexes, read from Derby's own plan of the query
 * (timings live in the benchmarks, not here).
 */
class QueryPlansTest {

    private static final int WORK_ORDERS = 20_000;
    private static final Instant START = Instant.parse("2026-11-01T00:00:00Z");

    @TempDir
    static Path workspace;

    private static DerbyLocalStore store;

    @BeforeAll
    static void manyWorkOrders() {
        store = StoreFixtures.open(workspace.resolve("db"));
        Account account = StoreFixtures.account("acc", "Contoso");
        store.downloads().apply(StoreFixtures.page(FieldbookPackage.Literals.ACCOUNT, List.of(account)));
        List<Record> workOrders = new ArrayList<>();
        List<Record> bookings = new ArrayList<>();
        for (int i = 0; i < WORK_ORDERS; i++) {
            WorkOrder workOrder = StoreFixtures.workOrder("wo-" + i, String.format("WO-%06d", i), account, i + " High Street", "Town",
                    WorkOrderSystemStatus.get(690970000 + i % 6));
            workOrders.add(workOrder);
            bookings.add(StoreFixtures.booking("b-" + i, START.plusSeconds(600L * i), 60, workOrder, null));
        }
        store.downloads().apply(StoreFixtures.page(FieldbookPackage.Literals.WORK_ORDER, workOrders));
        store.downloads().apply(StoreFixtures.page(FieldbookPackage.Literals.BOOKING, bookings));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void theAgendaOfADayReadsTheStartTimeIndexAndFetchesOnlyBookingsStillRunning() throws Exception {
        Instant from = START.plusSeconds(86_400 * 60);
        String plan = plan(JdbcBookings.AGENDA, statement -> {
            statement.setTimestamp(1, Timestamp.from(from.minus(JdbcBookings.LONGEST_BOOKING)), JdbcValues.utc());
            statement.setTimestamp(2, Timestamp.from(from.plusSeconds(86_400)), JdbcValues.utc());
            statement.setTimestamp(3, Timestamp.from(from), JdbcValues.utc());
        });

        assertThat(plan).contains("Index Scan ResultSet for BOOKABLERESOURCEBOOKING using index BOOKABLERESOURCEBOOKING_5")
                .doesNotContain("Table Scan ResultSet for BOOKABLERESOURCEBOOKING");
        // The scan goes back the longest booking's 31 days; the end time in the index leaves those that ended there.
        int fetched = number(plan, "Index Row to Base Row ResultSet for BOOKABLERESOURCEBOOKING:\\s+Number of opens = \\d+\\s+Rows seen = (\\d+)");
        int visited = number(plan, "using index BOOKABLERESOURCEBOOKING_5[\\s\\S]*?Number of rows visited=(\\d+)");
        assertThat(fetched).isPositive().isLessThan(visited / 10);
    }

    private static int number(String plan, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(plan);
        assertThat(matcher.find()).as(plan).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    @Test
    void theFirstPageOfWorkOrdersReadsTheNumberIndexAndStopsEarly() throws Exception {
        int pageSize = 50;
        String plan = plan(JdbcWorkOrders.PAGE_BY_NUMBER + JdbcWorkOrders.PAGE_BY_NUMBER_END, statement -> {
            statement.setInt(1, 0);
            statement.setInt(2, pageSize);
        });

        assertThat(plan).contains("Index Scan ResultSet for MSDYN_WORKORDER using index MSDYN_WORKORDER_2")
                .doesNotContain("Table Scan ResultSet for MSDYN_WORKORDER");
        int visited = number(plan, "using index MSDYN_WORKORDER_2[\\s\\S]*?Number of rows visited=(\\d+)");
        assertThat(visited).as("index rows visited for a page of " + pageSize + " among " + WORK_ORDERS).isPositive()
                .isLessThanOrEqualTo(2 * pageSize);
    }

    @Test
    void aSearchByAccountNameReadsTheAccountWordsAndThenTheAccountIndexOfWorkOrders() throws Exception {
        String plan = plan(WorkOrderSearchIndex.ACCOUNTS_WORK_ORDERS, statement -> {
            statement.setString(1, "contoso");
            statement.setString(2, "contoso" + Character.MAX_VALUE);
        });

        assertThat(plan).contains("FB_ACCOUNT_WORD").contains("Index Scan ResultSet for MSDYN_WORKORDER using index MSDYN_WORKORDER_3")
                .doesNotContain("Table Scan ResultSet");
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private static String plan(String sql, Binder binder) throws Exception {
        try (Connection connection = store.database().connect()) {
            try (CallableStatement on = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(1)")) {
                on.execute();
            }
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                binder.bind(query);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        // read every row: the statistics describe a finished execution
                    }
                }
            }
            try (PreparedStatement statistics = connection.prepareStatement("VALUES SYSCS_UTIL.SYSCS_GET_RUNTIMESTATISTICS()");
                    ResultSet text = statistics.executeQuery()) {
                text.next();
                return text.getString(1);
            }
        }
    }
}
