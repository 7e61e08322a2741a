package org.fieldbook.jdbc;

import java.util.List;

/**
 * Derby's memory for each database, sized to this JVM's heap; Derby reads both properties as a database boots,
 * and keeps its own small defaults whatever the heap.
 * <ul>
 * <li>{@code derby.storage.sortBufferMax}: how many rows a sort holds before it writes sorted runs to disk. Derby
 * starts at 1,024 rows and grows only while the heap looks idle, which a sync parsing pages beside it never does:
 * a bulk load then built its indexes by writing and merging runs on disk, a fifth of the first sync's Derby time.
 * A sorted row takes about 250 bytes, and a table has up to seven indexes sorted at once.</li>
 * <li>{@code derby.storage.pageCacheSize}: how many pages a database keeps in memory. With Derby's 1,000 pages the
 * back office read and decrypted the pages of a technician's row access again for every empty delta (a third of
 * its time). A page takes up to 32 KB (tables with long columns), so the cache stays within an eighth of the
 * heap: 1,024 pages in a 256 MB device, 4,096 in the 1 GB client and back office.</li>
 * </ul>
 * A size given to the JVM is kept.
 */
final class DerbyMemory {

    static final Share SORT_BUFFER = new Share("derby.storage.sortBufferMax", 1024, 16 * 1024);
    static final Share PAGE_CACHE = new Share("derby.storage.pageCacheSize", 1000, 256 * 1024);

    private DerbyMemory() {
    }

    /** Sizes what the JVM was not given a size for to its heap, before a database boots. */
    static synchronized void sizeToHeap() {
        long heap = Runtime.getRuntime().maxMemory();
        for (Share share : List.of(SORT_BUFFER, PAGE_CACHE)) {
            if (System.getProperty(share.property()) == null) {
                System.setProperty(share.property(), Long.toString(share.unitsFor(heap)));
            }
        }
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
