package org.fieldbook.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TimeZone;
import java.util.stream.IntStream;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.fieldbook.jdbc.ColumnMapping;
import org.fieldbook.jdbc.RecordTables;
import org.fieldbook.jdbc.TableMapping;
import org.fieldbook.model.Account;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.Record;
import org.fieldbook.model.WorkOrderSystemStatus;
import org.fieldbook.model.dataverse.DataverseSchema;
import org.fieldbook.model.dataverse.FieldText;
import org.fieldbook.store.ApplyResult;
import org.fieldbook.store.DownloadPage;
import org.fieldbook.store.StoreException;
import org.fieldbook.store.TableSyncState;
import org.fieldbook.store.WorkOrderQuery;
import org.fieldbook.store.WorkOrderSummary;
import org.junit.jupiter.api.Test;

/** Tables loaded whole through Derby's bulk insert: the same rows as page by page, all or nothing, indexed. */
class BulkLoadTest extends StoreTestCase {

    /**
     * 02:30 on the day Berlin skips from 02:00 to 03:00: written while the JVM is in Berlin, an instant whose UTC
     * fields fall in the gap is where a load that went through the JVM's zone differently from a page would differ.
     */
    private static final Instant IN_A_SUMMER_TIME_GAP = Instant.parse("2026-03-29T02:30:00.123456789Z");

    private final RecordTables tables = new RecordTables(DataverseSchema.fieldbook());

    @Test
    void everyTableLoadsTheValuesAPageWouldStore() {
        DerbyLocalStore paged = StoreFixtures.open(workspace.resolve("paged"));
        TimeZone zone = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Europe/Berlin"));
            for (TableMapping table : tables.all()) {
                List<Record> rows = List.of(filled(table, "11111111-0000-0000-0000-000000000001"),
                        bare(table, "11111111-0000-0000-0000-000000000002"));
                store.downloads().load(table.eClass(), rows.iterator(), () -> checkpoint(table.eClass(), null, "token"));
                paged.downloads().apply(StoreFixtures.page(table.eClass(), rows));
            }
            for (TableMapping table : tables.all()) {
                for (String id : List.of("11111111-0000-0000-0000-000000000001", "11111111-0000-0000-0000-000000000002")) {
                    Record loaded = store.records().find(table.eClass(), id).orElseThrow();
                    assertThat(EcoreUtil.equals(loaded, paged.records().find(table.eClass(), id).orElseThrow()))
                            .as(table.sqlTable() + " " + id).isTrue();
                }
            }
        } finally {
            TimeZone.setDefault(zone);
            paged.close();
        }
    }

    @Test
    void aLoadIntoAnEmptyTableIsWrittenInBulkAndSavesItsCheckpoint() {
        long heapBefore = heapOf("ACCOUNT");

        ApplyResult result = store.downloads().load(FieldbookPackage.Literals.ACCOUNT, accounts(0, 3000).iterator(),
                () -> checkpoint(FieldbookPackage.Literals.ACCOUNT, "https://bo/accounts?$skiptoken=3000", null));

        assertThat(result.upserted()).isEqualTo(3000);
        // Derby's bulk insert writes a new heap and swaps it in: the table's conglomerate changes.
        assertThat(heapOf("ACCOUNT")).isNotEqualTo(heapBefore);
        assertThat(store.records().count(FieldbookPackage.Literals.ACCOUNT)).isEqualTo(3000);
        TableSyncState state = store.syncStates().get("account");
        assertThat(state.nextLink()).isEqualTo("https://bo/accounts?$skiptoken=3000");
        assertThat(state.rowsApplied()).isEqualTo(3000);

        long heapAfterFirst = heapOf("ACCOUNT");
        store.downloads().load(FieldbookPackage.Literals.ACCOUNT, accounts(3000, 4000).iterator(),
                () -> checkpoint(FieldbookPackage.Literals.ACCOUNT, null, "token-1"));

        // A load into a table that holds rows is an ordinary insert, into the same heap.
        assertThat(heapOf("ACCOUNT")).isEqualTo(heapAfterFirst);
        assertThat(store.records().count(FieldbookPackage.Literals.ACCOUNT)).isEqualTo(4000);
        assertThat(store.syncStates().get("account").deltaToken()).isEqualTo("token-1");
        assertThat(store.syncStates().get("account").rowsApplied()).isEqualTo(4000);
    }

    @Test
    void loadedWorkOrdersAndAccountsAreFoundByTheirWords() {
        Account account = StoreFixtures.account("a1", "Zebulon Dairy");
        store.downloads().load(FieldbookPackage.Literals.ACCOUNT, List.of(account).iterator(),
                () -> checkpoint(FieldbookPackage.Literals.ACCOUNT, null, "t"));
        List<Record> workOrders = new ArrayList<>();
        IntStream.range(0, 1200).forEach(i -> workOrders.add(StoreFixtures.workOrder("w" + i, String.format("WO-%05d", i),
                account, i + " Elm Street", "Springfield", WorkOrderSystemStatus.UNSCHEDULED)));

        long wordsHeap = heapOf("FB_WORK_ORDER_WORD");

        store.downloads().load(FieldbookPackage.Literals.WORK_ORDER, workOrders.subList(0, 1000).iterator(),
                () -> checkpoint(FieldbookPackage.Literals.WORK_ORDER, "next", null));
        assertThat(heapOf("FB_WORK_ORDER_WORD")).as("the empty word index filled in bulk").isNotEqualTo(wordsHeap);
        store.downloads().load(FieldbookPackage.Literals.WORK_ORDER, workOrders.subList(1000, 1200).iterator(),
                () -> checkpoint(FieldbookPackage.Literals.WORK_ORDER, null, "t"));

        assertThat(numbers("WO-00999")).containsExactly("WO-00999");
        assertThat(numbers("999 elm")).containsExactly("WO-00999");
        assertThat(numbers("WO-01199")).as("a later load's words").containsExactly("WO-01199");
        assertThat(numbers("1199 elm")).containsExactly("WO-01199");
        assertThat(store.workOrders().find(WorkOrderQuery.all(2000).withText("zebulon"))).hasSize(1200);
        assertThat(store.workOrders().find(WorkOrderQuery.all(2000).withText("springfield"))).hasSize(1200);
    }

    @Test
    void aLoadWhoseRowsFailKeepsNothingAndThrowsTheirFailure() {
        IllegalStateException cut = new IllegalStateException("the connection dropped");
        Iterator<Record> failing = new Iterator<>() {
            private final Iterator<Record> rows = accounts(0, 2000).iterator();

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Record next() {
                if (!rows.hasNext()) {
                    throw cut;
                }
                return rows.next();
            }
        };

        assertThatThrownBy(() -> store.downloads().load(FieldbookPackage.Literals.ACCOUNT, failing,
                () -> checkpoint(FieldbookPackage.Literals.ACCOUNT, "next", null))).isSameAs(cut);

        assertThat(store.records().count(FieldbookPackage.Literals.ACCOUNT)).isZero();
        assertThat(store.syncStates().get("account").nextLink()).isNull();
        assertThat(store.syncStates().get("account").rowsApplied()).isZero();
        assertThat(numbers("account")).isEmpty();
    }

    @Test
    void aKeyAlreadyThereOrAValueTooLongFailsTheLoadAndLeavesTheTableAsItWas() {
        store.downloads().apply(StoreFixtures.page(FieldbookPackage.Literals.ACCOUNT, accounts(5, 6)));

        assertThatThrownBy(() -> store.downloads().load(FieldbookPackage.Literals.ACCOUNT, accounts(0, 10).iterator(),
                () -> checkpoint(FieldbookPackage.Literals.ACCOUNT, null, "t"))).isInstanceOf(StoreException.class)
                .hasMessageContaining("load rows of account");
        List<Account> tooLong = List.of(StoreFixtures.account("long", "x".repeat(401)));
        assertThatThrownBy(() -> store.downloads().load(FieldbookPackage.Literals.ACCOUNT, tooLong.iterator(),
                () -> checkpoint(FieldbookPackage.Literals.ACCOUNT, null, "t"))).isInstanceOf(StoreException.class);

        assertThat(store.records().count(FieldbookPackage.Literals.ACCOUNT)).isEqualTo(1);
        assertThat(store.syncStates().get("account").deltaToken()).isNull();
    }

    @Test
    void rowsWithPendingLocalEditsAreHeldBack() {
        store.edits().create(StoreFixtures.account("account-3", "Made on the device"));

        ApplyResult result = store.downloads().load(FieldbookPackage.Literals.ACCOUNT, accounts(0, 5).iterator(),
                () -> checkpoint(FieldbookPackage.Literals.ACCOUNT, null, "t"));

        assertThat(result.heldBack()).containsExactly("account-3");
        assertThat(result.upserted()).isEqualTo(4);
        assertThat(store.records().<Account>find(FieldbookPackage.Literals.ACCOUNT, "account-3").orElseThrow().getName())
                .isEqualTo("Made on the device");
    }

    private static DownloadPage checkpoint(EClass table, String nextLink, String deltaToken) {
        return new DownloadPage(table, List.of(), List.of(), nextLink, deltaToken, null);
    }

    private static List<Record> accounts(int from, int to) {
        return IntStream.range(from, to).<Record>mapToObj(i -> StoreFixtures.account("account-" + i, "Account " + i)).toList();
    }

    private List<String> numbers(String text) {
        return store.workOrders().find(WorkOrderQuery.all(50).withText(text)).stream().map(WorkOrderSummary::number).toList();
    }

    private long heapOf(String table) {
        return store.database().read("read the heap", connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT C.CONGLOMERATENUMBER FROM SYS.SYSCONGLOMERATES C,"
                    + " SYS.SYSTABLES T WHERE C.TABLEID = T.TABLEID AND T.TABLENAME = ? AND C.ISINDEX = FALSE")) {
                query.setString(1, table);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        });
    }

    /** A row of the table with a value in every column, of every kind the store keeps. */
    private static Record filled(TableMapping table, String id) {
        Record row = bare(table, id);
        for (ColumnMapping column : table.columns()) {
            if (column.feature() instanceof EReference reference) {
                row.eSet(reference, FieldText.reference(reference.getEReferenceType(), "22222222-0000-0000-0000-000000000001"));
            } else {
                row.eSet(column.feature(), sample((EAttribute) column.feature()));
            }
        }
        return row;
    }

    private static Object sample(EAttribute attribute) {
        if (attribute.getEAttributeType() instanceof EEnum choice) {
            return choice.getELiterals().get(choice.getELiterals().size() - 1).getInstance();
        }
        Class<?> type = attribute.getEAttributeType().getInstanceClass();
        if (type == Instant.class) {
            return IN_A_SUMMER_TIME_GAP;
        } else if (type == int.class || type == Integer.class) {
            return -7;
        } else if (type == long.class || type == Long.class) {
            return 1L << 40;
        } else if (type == double.class || type == Double.class) {
            return 48.137154;
        } else if (type == boolean.class || type == Boolean.class) {
            return true;
        }
        return "é" + attribute.getName().length();
    }

    /** A row with its key only: every column unset. */
    private static Record bare(TableMapping table, String id) {
        Record row = (Record) EcoreUtil.create(table.eClass());
        row.setId(id);
        return row;
    }
}
