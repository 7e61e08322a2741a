package org.fieldbook.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Derby's sort buffer follows the heap: in memory for a first sync's tables, within a small device's heap. */
class SortBuffersTest {

    private static final long MB = 1024 * 1024;

    @Test
    void theBufferGrowsWithTheHeapFromDerbysOwnStart() {
        assertThat(SortBuffers.rowsFor(64 * MB)).isEqualTo(4_096);
        assertThat(SortBuffers.rowsFor(256 * MB)).as("the ceiling's device").isEqualTo(16_384);
        assertThat(SortBuffers.rowsFor(1024 * MB)).as("the client product").isEqualTo(65_536);
        assertThat(SortBuffers.rowsFor(8 * MB)).as("never below Derby's own start").isEqualTo(1_024);
        assertThat(SortBuffers.rowsFor(Long.MAX_VALUE)).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void aSizeGivenToTheJvmIsKept() {
        String given = System.getProperty(SortBuffers.PROPERTY);
        try {
            System.setProperty(SortBuffers.PROPERTY, "5000");
            SortBuffers.sizeToHeap();
            assertThat(System.getProperty(SortBuffers.PROPERTY)).isEqualTo("5000");

            System.clearProperty(SortBuffers.PROPERTY);
            SortBuffers.sizeToHeap();
            assertThat(System.getProperty(SortBuffers.PROPERTY))
                    .isEqualTo(Long.toString(SortBuffers.rowsFor(Runtime.getRuntime().maxMemory())));
        } finally {
            if (given == null) {
                System.clearProperty(SortBuffers.PROPERTY);
            } else {
                System.setProperty(SortBuffers.PROPERTY, given);
            }
        }
    }
}
