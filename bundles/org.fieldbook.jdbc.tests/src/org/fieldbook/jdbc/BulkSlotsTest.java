package org.fieldbook.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.dataverse.DataverseSchema;
import org.junit.jupiter.api.Test;

/** The slots of FB_BULK_ROWS: every table a device keeps fits, each column in a slot of its kind. */
class BulkSlotsTest {

    private final RecordTables tables = new RecordTables(DataverseSchema.fieldbook());

    @Test
    void everyRecordTableFitsTheFunctionsSlots() {
        for (TableMapping table : tables.all()) {
            BulkSlots slots = BulkSlots.of(table);
            for (int i = 0; i < table.columns().size(); i++) {
                assertThat(slots.kind(i)).isEqualTo(BulkSlots.Kind.of(table.columns().get(i)));
                assertThat(slots.functionColumn(i)).isBetween(2, BulkSlots.COLUMNS);
            }
        }
    }

    @Test
    void columnsTakeTheSlotsOfTheirKindInOrderAndInstantsAreCast() {
        String insert = BulkSlots.of(tables.of(FieldbookPackage.Literals.BOOKING)).insertSql();

        assertThat(insert).startsWith("INSERT INTO BOOKABLERESOURCEBOOKING (VERSIONNUMBER, CREATEDON, MODIFIEDON, NAME, ")
                .contains("SELECT R.L1, CAST(R.T1 AS TIMESTAMP), CAST(R.T2 AS TIMESTAMP), R.V1, ")
                .endsWith(", R.ID FROM TABLE(FB_BULK_ROWS(?)) R");
        assertThat(BulkSlots.Kind.TEXT.functionColumn(1)).isEqualTo(2);
        assertThat(BulkSlots.Kind.INTEGER.functionColumn(1)).isEqualTo(2 + BulkSlots.Kind.TEXT.slots);
        assertThat(BulkSlots.COLUMNS).isEqualTo(1 + 32 + 12 + 4 + 6 + 6 + 12);
    }
}
