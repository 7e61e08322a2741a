package org.fieldbook.sync.internal.upload;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EClass;
import org.fieldbook.model.Record;
import org.fieldbook.store.ApplyResult;
import org.fieldbook.store.BookingRepository;
import org.fieldbook.store.ConfigurationDocuments;
import org.fieldbook.store.Conflicts;
import org.fieldbook.store.DownloadPage;
import org.fieldbook.store.Downloads;
import org.fieldbook.store.LocalEdits;
import org.fieldbook.store.LocalStore;
import org.fieldbook.store.NoteFileTransfers;
import org.fieldbook.store.Outbox;
import org.fieldbook.store.Records;
import org.fieldbook.store.SyncErrors;
import org.fieldbook.store.SyncStates;
import org.fieldbook.store.Uploads;
import org.fieldbook.store.WorkOrderNotes;
import org.fieldbook.store.WorkOrderRepository;

/**
 * A store that says when a bulk load reaches points inside its transaction, for {@link SyncUntilKilled} to be
 * killed there: Derby has read the load's first row, has read its last (its indexes and the search index are
 * then built), and the checkpoint is about to be written with the commit.
 */
final class LoadsObserved implements LocalStore {

    private final LocalStore store;
    private final Consumer<String> events;

    LoadsObserved(LocalStore store, Consumer<String> events) {
        this.store = store;
        this.events = events;
    }

    @Override
    public Downloads downloads() {
        Downloads downloads = store.downloads();
        return new Downloads() {
            @Override
            public ApplyResult apply(DownloadPage page) {
                return downloads.apply(page);
            }

            @Override
            public ApplyResult load(EClass table, Iterator<? extends Record> rows, Supplier<DownloadPage> after) {
                String load = "bulk load of " + table.getName();
                return downloads.load(table, new Observed(rows, load), () -> {
                    events.accept(load + ": checkpoint, before the commit");
                    return after.get();
                });
            }
        };
    }

    /** The rows of a load, saying when Derby took the first and found no more. */
    private final class Observed implements Iterator<Record> {

        private final Iterator<? extends Record> rows;
        private final String load;
        private int taken;
        private boolean ended;

        Observed(Iterator<? extends Record> rows, String load) {
            this.rows = rows;
            this.load = load;
        }

        @Override
        public boolean hasNext() {
            boolean more = rows.hasNext();
            if (!more && !ended) {
                ended = true;
                events.accept(load + ": all " + taken + " rows read by Derby");
            }
            return more;
        }

        @Override
        public Record next() {
            Record row = rows.next();
            if (++taken == 1) {
                events.accept(load + ": first row read by Derby");
            }
            return row;
        }
    }

    @Override
    public BookingRepository bookings() {
        return store.bookings();
    }

    @Override
    public WorkOrderRepository workOrders() {
        return store.workOrders();
    }

    @Override
    public WorkOrderNotes notes() {
        return store.notes();
    }

    @Override
    public NoteFileTransfers noteFiles() {
        return store.noteFiles();
    }

    @Override
    public Records records() {
        return store.records();
    }

    @Override
    public LocalEdits edits() {
        return store.edits();
    }

    @Override
    public Outbox outbox() {
        return store.outbox();
    }

    @Override
    public Uploads uploads() {
        return store.uploads();
    }

    @Override
    public SyncStates syncStates() {
        return store.syncStates();
    }

    @Override
    public Conflicts conflicts() {
        return store.conflicts();
    }

    @Override
    public SyncErrors syncErrors() {
        return store.syncErrors();
    }

    @Override
    public ConfigurationDocuments configuration() {
        return store.configuration();
    }

    @Override
    public int schemaVersion() {
        return store.schemaVersion();
    }

    @Override
    public Path location() {
        return store.location();
    }
}
