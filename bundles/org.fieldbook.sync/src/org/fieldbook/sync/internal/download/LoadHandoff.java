package org.fieldbook.sync.internal.download;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.EClass;
import org.fieldbook.model.Record;
import org.fieldbook.store.DownloadPage;
import org.fieldbook.sync.internal.json.PageConsumer;

/**
 * What the reading thread of a {@link BulkDownload} hands the writing one, in order: batches of rows, the checkpoint
 * after each page read whole, the end of each load, or that reading failed. Bounded, so the reader stays at most a
 * few batches ahead of Derby and a load is never held in memory.
 */
final class LoadHandoff implements PageConsumer {

    /** Batches waiting for the writer: enough to ride out a slow page or a slow commit. */
    private static final int QUEUED_BATCHES = 8;
    private static final long WAIT_MILLIS = 50;

    /** One thing handed over. */
    sealed interface Item {
    }

    record Rows(List<Record> rows) implements Item {
    }

    /** A page was read whole: the load may end here, with this checkpoint. */
    record PageRead(DownloadPage checkpoint) implements Item {
    }

    record LoadEnd(boolean last) implements Item {
    }

    record ReadingFailed() implements Item {
    }

    /** Thrown into the writer's load when reading failed: the load is dropped, the reader reports why. */
    static final class ReadingFailedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ReadingFailedException() {
            super("reading the pages failed", null, false, false);
        }
    }

    /** Thrown to the reader when the writer stopped: the download ends with the writer's failure. */
    static final class WriterStoppedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WriterStoppedException() {
            super("the store stopped taking rows", null, false, false);
        }
    }

    private final EClass table;
    private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
    private volatile boolean writerStopped;

    LoadHandoff(EClass table) {
        this.table = table;
    }

    @Override
    public void rows(List<Record> rows) {
        put(new Rows(rows));
    }

    /** A table's first listing has no deletions (change tracking sends none), and the device held none of its rows. */
    @Override
    public void deleted(List<String> ids) {
        // nothing to delete
    }

    void pageRead(String nextLink, String deltaToken, Long watermark) {
        put(new PageRead(new DownloadPage(table, List.of(), List.of(), nextLink, deltaToken, watermark)));
    }

    void endLoad(boolean last) {
        put(new LoadEnd(last));
    }

    /** Ends the download after the pages read whole so far, unless the writer already stopped. */
    void endQuietly() {
        try {
            put(new LoadEnd(true));
        } catch (WriterStoppedException e) {
            // the writer's failure is what the download ends with
        }
    }

    /** Drops the running load, unless the writer already stopped. */
    void failQuietly() {
        try {
            put(new ReadingFailed());
        } catch (WriterStoppedException e) {
            // the writer's failure is what the download ends with
        }
    }

    /** For the writer: the next thing handed over, waiting for it. */
    Item take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The bulk load of " + table.getName() + " was interrupted", e);
        }
    }

    /** For the writer, when it stops for whatever reason: the reader stops waiting for room. */
    void writerStopped() {
        writerStopped = true;
    }

    private void put(Item item) {
        try {
            while (!queue.offer(item, WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                if (writerStopped) {
                    throw new WriterStoppedException();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WriterStoppedException();
        }
    }
}
