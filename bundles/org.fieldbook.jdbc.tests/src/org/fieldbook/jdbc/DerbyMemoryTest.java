package org.fieldbook.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Derby's sort buffer and page cache follow the heap: in memory for a first sync's sorts and a back office's row
 * access, within a small device's heap.
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
    void aSizeGivenToTheJvmIsKept() {
        for (DerbyMemory.Share share : new DerbyMemory.Share[] { DerbyMemory.SORT_BUFFER, DerbyMemory.PAGE_CACHE }) {
            String given = System.getProperty(share.property());
            try {
                System.setProperty(share.property(), "5000");
                DerbyMemory.sizeToHeap();
                assertThat(System.getProperty(share.property())).isEqualTo("5000");

                System.clearProperty(share.property());
                DerbyMemory.sizeToHeap();
                assertThat(System.getProperty(share.property()))
                        .isEqualTo(Long.toString(share.unitsFor(Runtime.getRuntime().maxMemory())));
            } finally {
                if (given == null) {
                    System.clearProperty(share.property());
                } else {
                    System.setProperty(share.property(), given);
                }
            }
        }
    }
}
