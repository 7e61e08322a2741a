package org.fieldbook.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.fieldbook.jdbc.RecordTables;
import org.fieldbook.jdbc.TableMapping;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.WorkOrder;
import org.fieldbook.model.WorkOrderServiceTask;
import org.fieldbook.model.dataverse.DataverseSchema;

/**
 * After the load and a quiet sync of every device: is each technician's device what the server holds for
 * them, and did every write survive? The server's side is what a new device of the same technician
 * downloads now that nothing changes any more, so a delta a device missed (or a row it kept that it should
 * have lost) shows as a difference of keys or versions, table by table. On top: the outbox must be empty,
 * every task a device created must be on the server with its name, and every work order column written
 * must hold a value {@link FieldWrites} allows.
 */
final class LoadVerification {

    /** Differences listed in the report; the rest are counted. */
    private static final int EXAMPLES = 8;

    private final ServerProcess server;
    private final DeviceTemplate template;
    private final Path folder;
    private final List<TableMapping> tables = new RecordTables(DataverseSchema.fieldbook()).all();
    private final Map<FieldWrites.Field, String> serverValues = new ConcurrentHashMap<>();
    private final List<String> examples = new ArrayList<>();
    private final LongAdder rowsCompared = new LongAdder();
    private final LongAdder rowDifferences = new LongAdder();
    private final LongAdder devicesDiffering = new LongAdder();
    private final LongAdder pendingEdits = new LongAdder();
    private final LongAdder missingTasks = new LongAdder();
    private int lostUpdates;
    private int fieldsChecked;

    LoadVerification(ServerProcess server, DeviceTemplate template, Path folder) {
        this.server = server;
        this.template = template;
        this.folder = folder;
    }

    /** Checks every technician, {@code parallel} at a time, then the written columns. */
    void check(List<LoadTechnician> technicians, FieldWrites writes, int parallel) throws Exception {
        Parallel.forEach(technicians, parallel, this::check);
        for (FieldWrites.Field field : writes.fields()) {
            fieldsChecked++;
            String value = serverValues.get(field);
            Set<String> possible = writes.possible(field);
            if (!possible.contains(value)) {
                lostUpdates++;
                example("lost update: work order " + field.workOrderId() + " " + field.column().name + " is '" + value
                        + "' on the server, expected one of " + possible);
            }
        }
    }

    private void check(LoadTechnician technician) throws Exception {
        Path checkFolder = folder.resolve("check-" + technician.user());
        try (BenchDevice fresh = new BenchDevice(technician.http(), server.serviceRoot(), template.copyTo(checkFolder))) {
            fresh.download();
            compareRows(technician, fresh);
            pendingEdits.add(technician.pending());
            technician.createdTasks().forEach((id, name) -> {
                Optional<WorkOrderServiceTask> task = fresh.store().records().find(FieldbookPackage.Literals.WORK_ORDER_SERVICE_TASK, id);
                if (task.isEmpty() || !name.equals(task.get().getName())) {
                    missingTasks.increment();
                    example("task '" + name + "' (" + id + ") of " + technician.user() + " is " + (task.isEmpty() ? "missing" : "renamed")
                            + " on the server");
                }
            });
            for (String id : technician.hotWorkOrders()) {
                WorkOrder workOrder = fresh.store().records().<WorkOrder>find(FieldbookPackage.Literals.WORK_ORDER, id).orElseThrow();
                for (FieldWrites.Column column : FieldWrites.Column.values()) {
                    serverValues.put(new FieldWrites.Field(id, column), String.valueOf(column.value.apply(workOrder)));
                }
            }
        }
        DeviceTemplate.delete(checkFolder);
    }

    private void compareRows(LoadTechnician technician, BenchDevice fresh) {
        long differences = 0;
        for (TableMapping table : tables) {
            Map<String, Long> local = technician.device().store().records().versions(table.eClass());
            Map<String, Long> onServer = fresh.store().records().versions(table.eClass());
            rowsCompared.add(onServer.size());
            Set<String> keys = new HashSet<>(local.keySet());
            keys.addAll(onServer.keySet());
            for (String key : keys) {
                if (!Objects.equals(local.get(key), onServer.get(key))) {
                    differences++;
                    example(technician.user() + ": " + table.logicalName() + " " + key + " version " + local.get(key)
                            + " on the device, " + onServer.get(key) + " on the server");
                }
            }
        }
        rowDifferences.add(differences);
        if (differences > 0) {
            devicesDiffering.increment();
        }
    }

    private synchronized void example(String text) {
        if (examples.size() < EXAMPLES) {
            examples.add(text);
        }
    }

    private boolean passed() {
        return rowDifferences.sum() == 0 && pendingEdits.sum() == 0 && missingTasks.sum() == 0 && lostUpdates == 0;
    }

    /** @return the outcome in one table cell */
    String summary() {
        return String.format("%s: %,d rows compared, %d devices differ (%d rows), %d edits unsent, %d tasks missing, "
                + "%,d columns written, %d lost updates", passed() ? "passed" : "FAILED", rowsCompared.sum(), devicesDiffering.sum(),
                rowDifferences.sum(), pendingEdits.sum(), missingTasks.sum(), fieldsChecked, lostUpdates);
    }

    List<String> examples() {
        return examples;
    }
}
