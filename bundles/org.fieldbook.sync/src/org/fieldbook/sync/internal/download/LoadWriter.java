package org.fieldbook.sync.internal.download;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.eclipse.emf.ecore.EClass;
import org.fieldbook.model.Record;
import org.fieldbook.store.ApplyResult;
import org.fieldbook.store.DownloadPage;
import org.fieldbook.store.Downloads;

/**
 * The writing thread of a {@link BulkDownload}: one {@link Downloads#load} per load handed over, each ending with
 * the checkpoint of the last page read whole in it.
 */
final class LoadWriter implements Runnable {

    private final Downloads downloads;
    private final LoadHandoff handoff;
    /** Where the download stands after the last page read whole: nowhere yet until the first. */
    private DownloadPage checkpoint;
    private int rows;
    private volatile RuntimeException failure;
    private volatile Error error;

    LoadWriter(Downloads downloads, EClass table, LoadHandoff handoff) {
        this.downloads = downloads;
        this.handoff = handoff;
        this.checkpoint = new DownloadPage(table, List.of(), List.of(), null, null, null);
    }

    @Override
    public void run() {
        try {
            boolean last = false;
            while (!last) {
                LoadRows load = new LoadRows();
                ApplyResult result = downloads.load(checkpoint.table(), load, () -> checkpoint);
                rows += result.upserted();
                last = load.last;
            }
        } catch (LoadHandoff.ReadingFailedException e) {
            // the load was dropped; the reader throws why
        } catch (RuntimeException e) {
            failure = e;
        } catch (Error e) {
            error = e;
        } finally {
            handoff.writerStopped();
        }
    }

    /**
     * Waits for the writer to end (it ends once handed the last load's end or a failure).
     *
     * @throws RuntimeException what made the writer stop, as it was
     */
    void await(Thread writer) {
        boolean interrupted = false;
        while (writer.isAlive()) {
            try {
                writer.join();
            } catch (InterruptedException e) {
                // a load cannot be cut off from outside its transaction: it ends with the reader's end or failure
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (error != null) {
            throw error;
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** @return rows written, once {@link #await} returned */
    int rows() {
        return rows;
    }

    /** The rows of one load, as they are handed over; noting each page's checkpoint on the way. */
    private final class LoadRows implements Iterator<Record> {

        private Iterator<Record> batch = Collections.emptyIterator();
        private boolean ended;
        private boolean last;

        @Override
        public boolean hasNext() {
            while (!batch.hasNext() && !ended) {
                switch (handoff.take()) {
                case LoadHandoff.Rows handed -> batch = handed.rows().iterator();
                case LoadHandoff.PageRead page -> checkpoint = page.checkpoint();
                case LoadHandoff.LoadEnd end -> {
                    ended = true;
                    last = end.last();
                }
                case LoadHandoff.ReadingFailed failed -> throw new LoadHandoff.ReadingFailedException();
                }
            }
            return batch.hasNext();
        }

        @Override
        public Record next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return batch.next();
        }
    }
}
