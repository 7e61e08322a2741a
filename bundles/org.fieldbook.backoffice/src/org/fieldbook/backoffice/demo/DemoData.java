package org.fieldbook.backoffice.demo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.fieldbook.model.Record;

/**
 * Generated field-service data, table by table, in an order in which every reference points to a row
 * of an earlier table (so it can be inserted as it is).
 *
 * @param tables rows per model class, referenced tables first
 * @param technicianUserIds the user id of each technician's bookable resource, in technician order
 */
public record DemoData(Map<EClass, List<Record>> tables, List<String> technicianUserIds) {

    public DemoData {
        tables = Collections.unmodifiableMap(new LinkedHashMap<>(tables));
        technicianUserIds = List.copyOf(technicianUserIds);
    }

    @SuppressWarnings("unchecked")
    public <T extends Record> List<T> rows(EClass table) {
        return (List<T>) tables.getOrDefault(table, List.of());
    }

    /** @return how many rows there are in all */
    public int size() {
        return tables.values().stream().mapToInt(List::size).sum();
    }
}
