package org.fieldbook.bench;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.fieldbook.backoffice.demo.DemoData;
import org.fieldbook.jdbc.DerbyDatabase;
import org.fieldbook.jdbc.RecordTables;
import org.fieldbook.jdbc.TableMapping;
import org.fieldbook.model.Record;
import org.fieldbook.model.dataverse.DataverseSchema;
import org.fieldbook.store.StoreException;
import org.fieldbook.store.internal.DerbyLocalStore;

/**
 * The floor under a download: the same rows inserted with the store's own table mappings in JDBC batches,
 * no upsert, no word index, no JSON, no HTTP, into a fresh encrypted store with the store's schema.
 */
final class RawInsert {

    private static final int BATCH = 500;

    private final DemoData rows;
    private final RecordTables tables = new RecordTables(DataverseSchema.fieldbook());

    RawInsert(DemoData rows) {
        this.rows = rows;
    }

    /** @return rows inserted into a new store in {@code folder}, store creation included */
    long into(Path folder) {
        new DerbyLocalStore(folder, (database, mayCreate) -> BenchDevice.KEY).close(); // the schema, migrated
        long inserted = 0;
        try (DerbyDatabase database = DerbyDatabase.open(folder, BenchDevice.KEY, "benchmark database", StoreException::new)) {
            for (Map.Entry<EClass, List<Record>> table : rows.tables().entrySet()) {
                if (tables.all().stream().anyMatch(mapping -> mapping.eClass() == table.getKey())) {
                    inserted += insert(database, tables.of(table.getKey()), table.getValue());
                }
            }
        }
        return inserted;
    }

    private static int insert(DerbyDatabase database, TableMapping mapping, List<Record> table) {
        for (int from = 0; from < table.size(); from += BATCH) {
            List<Record> batch = table.subList(from, Math.min(table.size(), from + BATCH));
            database.transaction("insert " + mapping.logicalName(), connection -> {
                try (PreparedStatement insert = connection.prepareStatement(mapping.insertSql())) {
                    for (Record row : batch) {
                        mapping.bindRow(insert, row);
                        insert.addBatch();
                    }
                    return insert.executeBatch().length;
                }
            });
        }
        return table.size();
    }
}
