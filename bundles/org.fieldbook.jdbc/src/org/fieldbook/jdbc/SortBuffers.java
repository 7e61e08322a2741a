package org.fieldbook.jdbc;

/**
 * How many rows Derby sorts in memory before it writes sorted runs to disk ({@code derby.storage.sortBufferMax},
 * read by each database as it boots). Derby starts at 1,024 rows and grows only while the heap looks idle, which a
 * sync parsing pages beside it never does: a bulk load then built its indexes by writing and merging runs on disk,
 * a fifth of the first sync's Derby time. Sized to the heap instead, so the sorts of one bulk load (every index of
 * its table at once) stay a small part of it; Derby still grows a full buffer only while memory allows.
 */
final class SortBuffers {

    static final String PROPERTY = "derby.storage.sortBufferMax";

    /** Derby's own start. */
    private static final long FEWEST_ROWS = 1024;

    /** Heap per row of buffer: a sorted row takes about 250 bytes, and a table has up to seven indexes to sort. */
    private static final long HEAP_PER_ROW = 16 * 1024;

    private SortBuffers() {
    }

    /** Sizes the buffer to this JVM's heap, unless the JVM was given a size. */
    static synchronized void sizeToHeap() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, Long.toString(rowsFor(Runtime.getRuntime().maxMemory())));
        }
    }

    /** @return rows of sort buffer for a heap of at most {@code maxHeapBytes} */
    static long rowsFor(long maxHeapBytes) {
        return Math.max(FEWEST_ROWS, Math.min(Integer.MAX_VALUE, maxHeapBytes / HEAP_PER_ROW));
    }
}
