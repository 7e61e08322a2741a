package org.fieldbook.sync.internal.json;

import java.util.ArrayList;
import java.util.List;

import org.fieldbook.model.Record;

/** Keeps the batches a reader hands over, in order. */
final class CollectingConsumer implements PageConsumer {

    final List<List<Record>> rowBatches = new ArrayList<>();
    final List<List<String>> deletedBatches = new ArrayList<>();
    final List<String> order = new ArrayList<>();

    @Override
    public void rows(List<Record> rows) {
        rowBatches.add(rows);
        order.add("rows " + rows.size());
    }

    @Override
    public void deleted(List<String> ids) {
        deletedBatches.add(ids);
        order.add("deleted " + ids.size());
    }

    List<Record> rows() {
        return rowBatches.stream().flatMap(List::stream).toList();
    }
}
