package org.fieldbook.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.fieldbook.jdbc.DerbyDatabase;
import org.fieldbook.model.Booking;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.Record;
import org.fieldbook.model.TimeEntry;
import org.fieldbook.model.WorkOrder;
import org.fieldbook.model.WorkOrderIncident;
import org.fieldbook.model.WorkOrderPriority;
import org.fieldbook.model.WorkOrderProduct;
import org.fieldbook.model.WorkOrderService;
import org.fieldbook.model.WorkOrderServiceTask;
import org.fieldbook.model.WorkOrderSystemStatus;
import org.fieldbook.store.WorkOrderDetails;
import org.fieldbook.store.WorkOrderQuery;
import org.fieldbook.store.WorkOrderRepository;
import org.fieldbook.store.WorkOrderSummary;
import org.fieldbook.store.internal.WorkOrderSearchIndex.Match;

/** Work order lists (filtered, searched, paged by number) and details. */
final class JdbcWorkOrders implements WorkOrderRepository {


    /**
     * The page is cut from the number index first and only its rows are joined to their accounts: joining
     * first makes Derby sort every work order (a second with 100,000 of them). A search is answered from
     * the word index instead, and only the page's rows are read.
     */
    static final String PAGE_BY_NUMBER = "SELECT W.ID, W.MSDYN_NAME, W.MSDYN_SYSTEMSTATUS, W.MSDYN_PRIORITY, "
            + "A.NAME AS ACCOUNT_NAME, W.MSDYN_ADDRESS1, W.MSDYN_CITY FROM (SELECT * FROM MSDYN_WORKORDER W";
    private static final String SUMMARY = "SELECT W.ID, W.MSDYN_NAME, W.MSDYN_SYSTEMSTATUS, W.MSDYN_PRIORITY, "
            + "A.NAME AS ACCOUNT_NAME, W.MSDYN_ADDRESS1, W.MSDYN_CITY FROM MSDYN_WORKORDER W "
            + "LEFT JOIN ACCOUNT A ON A.ID = W.MSDYN_SERVICEACCOUNT_VALUE";
    static final String PAGE_BY_NUMBER_END = " ORDER BY W.MSDYN_NAME, W.ID OFFSET ? ROWS FETCH NEXT ? ROWS ONLY) W"
            + " LEFT JOIN ACCOUNT A ON A.ID = W.MSDYN_SERVICEACCOUNT_VALUE ORDER BY W.MSDYN_NAME, W.ID";

    private final DerbyDatabase database;
    private final StoreSchema schema;
    private final WorkOrderSearchIndex searchIndex;

    JdbcWorkOrders(DerbyDatabase database, StoreSchema schema, WorkOrderSearchIndex searchIndex) {
        this.database = database;
        this.schema = schema;
        this.searchIndex = searchIndex;
    }

    @Override
    public List<WorkOrderSummary> find(WorkOrderQuery query) {
        if (!query.text().isEmpty()) {
            return database.read("search work orders", connection -> {
                List<WorkOrderSummary> page = new ArrayList<>();
                try (PreparedStatement row = connection.prepareStatement(SUMMARY + " WHERE W.ID = ?")) {
                    for (Match match : searched(connection, query).stream().skip(query.offset()).limit(query.limit()).toList()) {
                        row.setString(1, match.id());
                        try (ResultSet rows = row.executeQuery()) {
                            if (rows.next()) {
                                page.add(summary(rows));
                            }
                        }
                    }
                }
                return page;
            });
        }
        return database.read("list work orders", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(PAGE_BY_NUMBER + where(query) + PAGE_BY_NUMBER_END)) {
                int next = bind(statement, query);
                statement.setInt(next, query.offset());
                statement.setInt(next + 1, query.limit());
                List<WorkOrderSummary> page = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        page.add(summary(rows));
                    }
                }
                return page;
            }
        });
    }

    @Override
    public int count(WorkOrderQuery query) {
        if (!query.text().isEmpty()) {
            return database.read("search work orders", connection -> searched(connection, query).size());
        }
        return database.read("count work orders", connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM MSDYN_WORKORDER W" + where(query))) {
                bind(statement, query);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getInt(1);
                }
            }
        });
    }

    /** The searched work orders with the query's statuses, ordered as the list is: by number (empty last), then key. */
    private List<Match> searched(Connection connection, WorkOrderQuery query) throws SQLException {
        Set<Integer> statuses = query.statuses().stream().map(WorkOrderSystemStatus::getValue).collect(Collectors.toSet());
        return searchIndex.find(connection, query.text()).values().stream()
                .filter(match -> statuses.isEmpty() || statuses.contains(match.status()))
                .sorted(Comparator.comparing(Match::number, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Match::id))
                .toList();
    }

    @Override
    public Optional<WorkOrderDetails> details(String workOrderId) {
        return database.read("read work order " + workOrderId, connection -> {
            Optional<Record> found = JdbcRecords.find(connection, schema.table(FieldbookPackage.Literals.WORK_ORDER), workOrderId);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            WorkOrder workOrder = (WorkOrder) found.get();
            resolveReferences(connection, workOrder, workOrder);
            return Optional.of(new WorkOrderDetails(workOrder,
                    children(connection, FieldbookPackage.Literals.BOOKING, workOrder, "STARTTIME", Booking.class),
                    children(connection, FieldbookPackage.Literals.WORK_ORDER_INCIDENT, workOrder, "ID", WorkOrderIncident.class),
                    children(connection, FieldbookPackage.Literals.WORK_ORDER_SERVICE_TASK, workOrder, "MSDYN_LINEORDER",
                            WorkOrderServiceTask.class),
                    children(connection, FieldbookPackage.Literals.WORK_ORDER_PRODUCT, workOrder, "ID", WorkOrderProduct.class),
                    children(connection, FieldbookPackage.Literals.WORK_ORDER_SERVICE, workOrder, "ID", WorkOrderService.class),
                    children(connection, FieldbookPackage.Literals.TIME_ENTRY, workOrder, "MSDYN_START", TimeEntry.class)));
        });
    }

    private <T extends Record> List<T> children(Connection connection, EClass table, WorkOrder workOrder, String orderBy,
            Class<T> type) throws SQLException {
        List<T> children = new ArrayList<>();
        for (Record child : JdbcRecords.select(connection, schema.table(table),
                "WHERE MSDYN_WORKORDER_VALUE = ? ORDER BY " + orderBy + ", ID", workOrder.getId())) {
            resolveReferences(connection, child, workOrder);
            children.add(type.cast(child));
        }
        return children;
    }

    /** Replaces key-only stand-ins by the work order at hand or the stored rows they name, where the device holds them. */
    private void resolveReferences(Connection connection, Record record, WorkOrder workOrder) throws SQLException {
        for (EReference reference : record.eClass().getEAllReferences()) {
            if (!(record.eGet(reference) instanceof Record standIn)) {
                continue;
            }
            if (standIn.getId().equals(workOrder.getId()) && reference.getEReferenceType() == FieldbookPackage.Literals.WORK_ORDER) {
                record.eSet(reference, workOrder);
            } else {
                JdbcRecords.find(connection, schema.table(reference.getEReferenceType()), standIn.getId())
                        .ifPresent(stored -> record.eSet(reference, stored));
            }
        }
    }

    private static String where(WorkOrderQuery query) {
        return query.statuses().isEmpty() ? ""
                : " WHERE W.MSDYN_SYSTEMSTATUS IN (" + "?, ".repeat(query.statuses().size() - 1) + "?)";
    }

    private static int bind(PreparedStatement statement, WorkOrderQuery query) throws SQLException {
        int index = 1;
        for (WorkOrderSystemStatus status : query.statuses()) {
            statement.setInt(index++, status.getValue());
        }
        return index;
    }

    private static WorkOrderSummary summary(ResultSet row) throws SQLException {
        int status = row.getInt("MSDYN_SYSTEMSTATUS");
        WorkOrderSystemStatus systemStatus = row.wasNull() ? null : WorkOrderSystemStatus.get(status);
        int priority = row.getInt("MSDYN_PRIORITY");
        WorkOrderPriority workOrderPriority = row.wasNull() ? null : WorkOrderPriority.get(priority);
        return new WorkOrderSummary(row.getString("ID"), row.getString("MSDYN_NAME"), systemStatus, workOrderPriority,
                row.getString("ACCOUNT_NAME"), Addresses.line(row.getString("MSDYN_ADDRESS1"), row.getString("MSDYN_CITY")));
    }
}
