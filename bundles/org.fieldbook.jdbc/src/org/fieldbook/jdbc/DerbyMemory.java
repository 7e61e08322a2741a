package org.fieldbook.jdbc;

import java.sql.SQLException;

/**
 * Derby's memory, sized to this JVM's heap; Derby reads these properties as a database boots, and keeps its own small
 * defaults whatever the heap. A size given to the JVM is kept.
 * <ul>
 * <li>{@code derby.storage.sortBufferMax}, for every database: how many rows a sort holds before it writes sorted
 * runs to disk. Derby starts at 1,024 rows and grows only while the heap looks idle, which a sync parsing pages beside
 * it never does: a bulk load then built its indexes by writing and merging runs on disk, a fifth of the first sync's
 * Derby time. A sorted row takes about 250 bytes, and a table has up to seven indexes sorted at once.</li>
 * <li>{@code derby.storage.pageCacheSize}, for the databases that ask ({@link PageCache#HEAP_SIZED}).</li>
 * </ul>
 */
final class DerbyMemory {

    static final Share SORT_BUFFER = new Share("derby.storage.sortBufferMax", 1024, 16 * 1024);
    static final Share PAGE_CACHE = new Share("derby.storage.pageCacheSize", 1000, 256 * 1024);

    private DerbyMemory() {
    }

    /** Sizes the sort buffer of every database booted from now on to the heap, unless the JVM was given a size. */
    static synchronized void sizeToHeap() {
        if (System.getProperty(SORT_BUFFER.property()) == null) {
            System.setProperty(SORT_BUFFER.property(), Long.toString(SORT_BUFFER.unitsFor(Runtime.getRuntime().maxMemory())));
        }
    }

    /**
     * Boots a database with the page cache it asks for, for a heap of at most {@code maxHeapBytes}. The property is
     * the JVM's, so it is set only while this database boots, and every boot waits its turn here: tests and benchmarks
     * run a back office and devices in one JVM, and a device booting beside the back office would get its cache.
     */
    static synchronized <T> T booting(PageCache cache, long maxHeapBytes, Boot<T> boot) throws SQLException {
        if (cache != PageCache.HEAP_SIZED || System.getProperty(PAGE_CACHE.property()) != null) {
            return boot.run();
        }
        System.setProperty(PAGE_CACHE.property(), Long.toString(PAGE_CACHE.unitsFor(maxHeapBytes)));
        try {
            return boot.run();
        } finally {
            System.clearProperty(PAGE_CACHE.property());
        }
    }

    /** Work that boots a database. */
    @FunctionalInterface
    interface Boot<T> {
        T run() throws SQLException;
    }

    /**
     * A Derby property counted in units (rows, pages) that gets one unit per {@code heapPerUnit} bytes of heap.
     *
     * @param fewest Derby's own size, never gone below
     */
    record Share(String property, long fewest, long heapPerUnit) {

        /** @return the units for a heap of at most {@code maxHeapBytes} */
        long unitsFor(long maxHeapBytes) {
            return Math.max(fewest, Math.min(Integer.MAX_VALUE, maxHeapBytes / heapPerUnit));
        }
    }
}
