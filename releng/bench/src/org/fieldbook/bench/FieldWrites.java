package org.fieldbook.bench;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fieldbook.model.WorkOrder;

/**
 * The values written to work order columns during a load run, and which of them the server may hold at the
 * end. Each writer (a technician, the dispatcher) writes one value at a time, so only its last value of a
 * column can be on the server: the rest it overwrote itself. Of the writers' last values, one is out when
 * another writer's write began after it had been acknowledged: that write came later and replaced it. With
 * the device winning conflicts, a technician's change sent over a newer server version replaces it too, so
 * no exception is made for conflicts. The server must hold one of the values left; anything else is a lost
 * update (or a value nobody wrote).
 */
final class FieldWrites {

    /** The work order columns the run writes: the technicians and the dispatcher both write the instructions. */
    enum Column {
        INSTRUCTIONS("msdyn_instructions", WorkOrder::getInstructions),
        /** Written by the dispatcher alone: a device that wins a conflict on the instructions must not undo it. */
        POSTAL_CODE("msdyn_postalcode", WorkOrder::getPostalCode);

        final String name;
        final Function<WorkOrder, String> value;

        Column(String name, Function<WorkOrder, String> value) {
            this.name = name;
            this.value = value;
        }
    }

    /**
     * One write as the writer saw it.
     *
     * @param start when the request that carried it was sent (nanoTime)
     * @param end when it was acknowledged (nanoTime)
     * @param acknowledged false when the request failed: the server may or may not have applied it, so it
     *        may be the final value but cannot be taken to have replaced another
     */
    record Write(String writer, String value, long start, long end, boolean acknowledged) {

        /** @return when it was applied at the latest: a failed request may still be applied after the client gave up */
        long latestEnd() {
            return acknowledged ? end : Long.MAX_VALUE;
        }
    }

    /** A column of one work order. */
    record Field(String workOrderId, Column column) {
    }

    private final Map<Field, Map<String, Write>> lastWrites = new ConcurrentHashMap<>();

    /** Records {@code write} as its writer's last of {@code field}: call in the order the writer wrote. */
    void record(Field field, Write write) {
        lastWrites.computeIfAbsent(field, key -> new ConcurrentHashMap<>()).put(write.writer(), write);
    }

    Set<Field> fields() {
        return lastWrites.keySet();
    }

    /** @return the values {@code field} may have on the server now */
    Set<String> possible(Field field) {
        Collection<Write> writes = lastWrites.getOrDefault(field, Map.of()).values();
        return writes.stream().filter(write -> writes.stream().noneMatch(other -> other.acknowledged() && other.start() > write.latestEnd()))
                .map(Write::value).collect(Collectors.toSet());
    }
}
