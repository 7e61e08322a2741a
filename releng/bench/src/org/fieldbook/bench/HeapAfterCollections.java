package org.fieldbook.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The most heap in use right after a garbage collection: what the program held at that moment plus what the
 * collection left for a later one, closer to what a heap limit must hold than the pools' peaks, which count garbage.
 */
final class HeapAfterCollections {

    private final AtomicLong most = new AtomicLong();
    private final Set<String> heapPools;

    private HeapAfterCollections(Set<String> heapPools) {
        this.heapPools = heapPools;
    }

    /** @return a listener on every collector of this JVM */
    static HeapAfterCollections watch() {
        HeapAfterCollections watched = new HeapAfterCollections(ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet()));
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    watched.collected(GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()));
                }
            }, null, null);
        }
        return watched;
    }

    private void collected(GarbageCollectionNotificationInfo info) {
        long after = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                .filter(pool -> heapPools.contains(pool.getKey())).map(pool -> pool.getValue()).mapToLong(MemoryUsage::getUsed).sum();
        most.accumulateAndGet(after, Math::max);
    }

    /** @return the most heap in use after any collection so far, in bytes */
    long most() {
        return most.get();
    }
}
