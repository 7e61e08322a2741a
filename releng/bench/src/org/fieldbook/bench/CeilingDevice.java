package org.fieldbook.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.file.Path;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.fieldbook.sync.internal.AuthorizedHttp;
import org.fieldbook.sync.internal.PooledHttpClients;

/**
 * The device half of {@link CeilingBench}, run in its own small-heap JVM: signs in as the dispatcher, syncs
 * every row of an all-records profile into a fresh store and prints the rows, the time, the heap's peak and the most
 * heap in use after a collection.
 * Exits with 3 on an OutOfMemoryError.
 */
public final class CeilingDevice {

    private static final int OUT_OF_MEMORY = 3;

    private CeilingDevice() {
    }

    /** @param args service root, token endpoint, store folder */
    public static void main(String[] args) throws Exception {
        HeapAfterCollections afterCollections = HeapAfterCollections.watch();
        try (CloseableHttpClient client = PooledHttpClients.create()) {
            AuthorizedHttp dispatcher = BenchBackOffice.signIn(URI.create(args[1]), client, "dispatcher");
            try (BenchDevice device = new BenchDevice(dispatcher, URI.create(args[0]), Path.of(args[2]))) {
                long start = System.nanoTime();
                int rows = device.download(HeavyBench.allRecords(device.profile()), new TablesSaid(start));
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.println("| rows | seconds | rows/s | peak heap MB | most heap after a collection MB | heap limit MB"
                        + " | OutOfMemoryError |");
                System.out.println("|---|---|---|---|---|---|---|");
                System.out.printf("| %,d | %.0f | %,.0f | %d | %d | %d | none |%n", rows, seconds, rows / seconds, peakHeap() >> 20,
                        afterCollections.most() >> 20, Runtime.getRuntime().maxMemory() >> 20);
            }
        } catch (OutOfMemoryError e) {
            System.out.println("OutOfMemoryError: " + e.getMessage());
            System.exit(OUT_OF_MEMORY);
        }
    }

    /** Says when each table's download starts, so a long run shows where it is. */
    private static final class TablesSaid extends NullProgressMonitor {

        private final long start;

        TablesSaid(long start) {
            this.start = start;
        }

        @Override
        public void setTaskName(String name) {
            System.out.printf("%6.0f s  %s (heap peak so far %d MB)%n", (System.nanoTime() - start) / 1e9, name, peakHeap() >> 20);
        }

        @Override
        public void subTask(String name) {
            setTaskName(name);
        }
    }

    /** @return the sum of the heap pools' peaks, an upper bound of the heap ever in use */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }
}
