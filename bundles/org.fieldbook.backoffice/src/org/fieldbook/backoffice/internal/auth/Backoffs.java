package org.fieldbook.backoffice.internal.auth;

import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Backoffs by key, bounded so that many names or addresses cannot exhaust the heap: idle ones are dropped
 * as they come to the front, and beyond {@code capacity} the least recently used goes. Not thread-safe.
 */
final class Backoffs {

    private final int free;
    private final int capacity;
    private final LinkedHashMap<String, Backoff> byKey;

    Backoffs(int free, int capacity) {
        this.free = free;
        this.capacity = capacity;
        this.byKey = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Backoff> eldest) {
                return size() > Backoffs.this.capacity;
            }
        };
    }

    /** @return the key's backoff, if it has one */
    Optional<Backoff> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** @return the key's backoff, a new one if it has none */
    Backoff of(String key, Instant now) {
        forgetIdle(now);
        return byKey.computeIfAbsent(key, unused -> new Backoff(free));
    }

    void remove(String key) {
        byKey.remove(key);
    }

    int size() {
        return byKey.size();
    }

    /** Drops idle backoffs from the least recently used end, up to the first that still counts. */
    private void forgetIdle(Instant now) {
        Iterator<Backoff> eldest = byKey.values().iterator();
        while (eldest.hasNext() && eldest.next().idleAt(now)) {
            eldest.remove();
        }
    }
}
