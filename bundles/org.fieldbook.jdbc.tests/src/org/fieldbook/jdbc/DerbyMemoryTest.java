package org.fieldbook.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Derby's sort buffer follows the heap, and so does the page cache of a database that asks: in memory for a first
 * sync's sorts and a back office's row access, within a small device's heap.
 */
class DerbyMemoryTest {

    private static final long MB = 1024 * 1024;

    @Test
    void theSortBufferGrowsWithTheHeapFromDerbysOwnStart() {
        assertThat(DerbyMemory.SORT_BUFFER.unitsFor(64 * MB)).isEqualTo(4_096);
        assertThat(DerbyMemory.SORT_BUFFER.unitsFor(256 * MB)).as("the ceiling's device").isEqualTo(16_384);
        assertThat(DerbyMemory.SORT_BUFFER.unitsFor(1024 * MB)).as("the client product").isEqualTo(65_536);
        assertThat(DerbyMemory.SORT_BUFFER.unitsFor(8 * MB)).as("never below Derby's own start").isEqualTo(1_024);
        assertThat(DerbyMemory.SORT_BUFFER.unitsFor(Long.MAX_VALUE)).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void thePageCacheTakesAtMostAnEighthOfTheHeapInThirtyTwoKilobytePages() {
        assertThat(DerbyMemory.PAGE_CACHE.unitsFor(256 * MB)).as("the ceiling's device").isEqualTo(1_024);
        assertThat(DerbyMemory.PAGE_CACHE.unitsFor(1024 * MB)).as("the client and the back office").isEqualTo(4_096);
        assertThat(DerbyMemory.PAGE_CACHE.unitsFor(1024 * MB) * 32 * 1024).isLessThanOrEqualTo(1024 * MB / 8);
        assertThat(DerbyMemory.PAGE_CACHE.unitsFor(64 * MB)).as("never below Derby's default").isEqualTo(1_000);
    }

    @Test
    void onlyADatabaseThatAsksBootsWithAHeapSizedPageCache() throws Exception {
        String property = DerbyMemory.PAGE_CACHE.property();
        assertThat(System.getProperty(property)).as("the tests' JVM was given no page cache").isNull();

        assertThat(DerbyMemory.booting(PageCache.HEAP_SIZED, 1024 * MB, () -> System.getProperty(property))).isEqualTo("4096");
        assertThat(System.getProperty(property)).as("after the boot").isNull();
        assertThat(DerbyMemory.booting(PageCache.DERBY_DEFAULT, 1024 * MB, () -> System.getProperty(property))).isNull();
    }

    @Test
    void aSizeGivenToTheJvmIsKept() throws Exception {
        String sortBuffer = System.getProperty(DerbyMemory.SORT_BUFFER.property());
        try {
            System.setProperty(DerbyMemory.SORT_BUFFER.property(), "5000");
            System.setProperty(DerbyMemory.PAGE_CACHE.property(), "300");
            DerbyMemory.sizeToHeap();
            assertThat(System.getProperty(DerbyMemory.SORT_BUFFER.property())).isEqualTo("5000");
            assertThat(DerbyMemory.booting(PageCache.HEAP_SIZED, 1024 * MB,
                    () -> System.getProperty(DerbyMemory.PAGE_CACHE.property()))).isEqualTo("300");
            assertThat(System.getProperty(DerbyMemory.PAGE_CACHE.property())).isEqualTo("300");

            System.clearProperty(DerbyMemory.SORT_BUFFER.property());
            DerbyMemory.sizeToHeap();
            assertThat(System.getProperty(DerbyMemory.SORT_BUFFER.property()))
                    .isEqualTo(Long.toString(DerbyMemory.SORT_BUFFER.unitsFor(Runtime.getRuntime().maxMemory())));
        } finally {
            System.clearProperty(DerbyMemory.PAGE_CACHE.property());
            if (sortBuffer == null) {
                System.clearProperty(DerbyMemory.SORT_BUFFER.property());
            } else {
                System.setProperty(DerbyMemory.SORT_BUFFER.property(), sortBuffer);
            }
        }
    }
}
