package org.fieldbook.ui.internal.errors;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.fieldbook.model.SyncError;
import org.fieldbook.store.LocalStore;
import org.fieldbook.sync.SyncListener;
import org.fieldbook.sync.SyncService;
import org.fieldbook.ui.internal.Background;
import org.fieldbook.ui.internal.RecordTable;
import org.fieldbook.ui.internal.SyncSettled;
import org.fieldbook.ui.internal.Touch;
import org.fieldbook.ui.internal.widgets.PartMessage;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * What the sync could not send or apply. Retry marks an error handled and syncs again; Dismiss only marks
 * it handled. Either way the error record keeps what was tried (it is uploaded for the office to see).
 */
public final class SyncErrorsPart {

    static final String ID_MESSAGE = "syncerrors.message";
    static final String ID_LIST = "syncerrors.list";
    static final String ID_RETRY = "syncerrors.retry";
    static final String ID_DISMISS = "syncerrors.dismiss";
    static final List<String> COLUMNS = List.of("When", "Table", "Record", "Message");

    private static final String HOW = "Retry syncs the record again; Dismiss keeps the record of what was tried.";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm");

    private final LocalStore store;
    private final SyncService sync;
    private final SyncListener listener = new SyncSettled(this::load);
    private Label message;
    private RecordTable<SyncError> list;
    private Button retry;
    private Button dismiss;

    @Inject
    public SyncErrorsPart(LocalStore store, SyncService sync) {
        this.store = store;
        this.sync = sync;
    }

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        message = PartMessage.create(parent, ID_MESSAGE, "Reading sync errors\u2026");
        ZoneId zone = ZoneId.systemDefault();
        list = new RecordTable<>(parent, ID_LIST, COLUMNS, SyncError::getId, error -> new String[] {
                WHEN.format(error.getOccurredAt().atZone(zone)), error.getTableName(), error.getRecordId(), error.getMessage() });
        list.onSelect(this::enable);
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayout(new GridLayout(2, false));
        retry = Touch.button(bar, SWT.PUSH, "Retry", ID_RETRY);
        retry.addListener(SWT.Selection, event -> handle(true));
        dismiss = Touch.button(bar, SWT.PUSH, "Dismiss", ID_DISMISS);
        dismiss.addListener(SWT.Selection, event -> handle(false));
        enable();
        sync.addListener(listener);
        load();
    }

    @Focus
    public void setFocus() {
        list.widget().setFocus();
    }

    @PreDestroy
    public void dispose() {
        sync.removeListener(listener);
    }

    private void load() {
        Background.run("Reading sync errors", message, store.syncErrors()::unresolved, this::show, this::failed);
    }

    /** @param again whether a sync follows, to try the record once more */
    private void handle(boolean again) {
        list.selected().ifPresent(error -> {
            retry.setEnabled(false);
            dismiss.setEnabled(false);
            Background.run("Handling a sync error", message, () -> {
                store.syncErrors().resolve(error.getId());
                if (again) {
                    sync.syncNow();
                }
                return store.syncErrors().unresolved();
            }, this::show, this::failed);
        });
    }

    private void show(List<SyncError> errors) {
        list.show(errors);
        message.setText(errors.isEmpty() ? "No sync errors." : errors.size() + " to look at. " + HOW);
        enable();
    }

    private void failed(Exception e) {
        ILog.of(SyncErrorsPart.class).error("Cannot read or update sync errors", e);
        message.setText("Cannot read or update the sync errors: " + e.getMessage());
        enable();
    }

    private void enable() {
        boolean selected = list.selected().isPresent();
        retry.setEnabled(selected);
        dismiss.setEnabled(selected);
    }
}
