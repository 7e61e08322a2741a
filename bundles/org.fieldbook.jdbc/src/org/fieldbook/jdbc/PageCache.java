package org.fieldbook.jdbc;

/** How many pages of a database Derby keeps in memory ({@code derby.storage.pageCacheSize}, read as it boots). */
public enum PageCache {

    /**
     * Derby's 1,000 pages: a device's store, which a sync mostly writes (the heavy first sync took 8.1 and 9.0 s with
     * 8,192 pages, 7.0 s with 1,000) and whose screens read few pages.
     */
    DERBY_DEFAULT,

    /**
     * One page per 256 KB of heap: a server's database, read by many users at once. With Derby's 1,000 pages the back
     * office read and decrypted the pages of a technician's row access again for each empty delta. A page takes up to
     * 32 KB (tables with long columns), so the cache stays within an eighth of the heap: 4,096 pages in 1 GB.
     */
    HEAP_SIZED
}
