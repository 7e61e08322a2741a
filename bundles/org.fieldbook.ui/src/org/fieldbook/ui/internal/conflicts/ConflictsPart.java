package org.fieldbook.ui.internal.conflicts;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.fieldbook.model.Conflict;
import org.fieldbook.model.ConflictResolution;
import org.fieldbook.model.dataverse.DataverseSchema;
import org.fieldbook.store.LocalStore;
import org.fieldbook.sync.ConflictChoice;
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
 * The conflicts to review: those waiting for the technician's choice and those the device won (so the
 * technician can see what the office had). The selected one is compared field by field; keeping mine, taking
 * the office's or choosing per field becomes an edit the next upload sends, written off the UI thread.
 */
public final class ConflictsPart {

    static final String ID_MESSAGE = "conflicts.message";
    static final String ID_LIST = "conflicts.list";
    static final String ID_KEEP_MINE = "conflicts.keepMine";
    static final String ID_TAKE_SERVER = "conflicts.takeServer";
    static final String ID_APPLY = "conflicts.apply";

    /** The conflicts worth a look; those the technician answered are done. */
    private static final Set<ConflictResolution> TO_REVIEW = Set.of(ConflictResolution.OPEN, ConflictResolution.CLIENT_WON);

    /** A conflict and the record it is about, in words read from the store. */
    private record Listed(Conflict conflict, String record) {
    }

    /** Rows the list shows before it scrolls, leaving the rest of the part to the field comparison. */
    private static final int LIST_ROWS = 4;

    private final LocalStore store;
    private final SyncService sync;
    private final ConflictLabels labels = new ConflictLabels(DataverseSchema.fieldbook());
    private final SyncListener listener = new SyncSettled(this::load);
    private Label message;
    private RecordTable<Listed> list;
    private FieldComparison fields;
    private List<Button> actions;
    private String shownId;

    @Inject
    public ConflictsPart(LocalStore store, SyncService sync) {
        this.store = store;
        this.sync = sync;
    }

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        message = PartMessage.create(parent, ID_MESSAGE, "Reading conflicts\u2026");
        ZoneId zone = ZoneId.systemDefault();
        list = new RecordTable<>(parent, ID_LIST, ConflictTexts.COLUMNS, listed -> listed.conflict().getId(),
                listed -> ConflictTexts.cells(listed.conflict(), listed.record(), zone));
        GridData listSize = (GridData) list.widget().getLayoutData();
        listSize.grabExcessVerticalSpace = false;
        listSize.heightHint = list.widget().getHeaderHeight() + LIST_ROWS * Touch.MIN_HEIGHT;
        list.onSelect(this::showSelected);
        fields = new FieldComparison(parent);
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayout(new GridLayout(3, false));
        actions = List.of(action(bar, "Keep mine", ID_KEEP_MINE, conflict -> everyField(conflict, ConflictChoice.MINE)),
                action(bar, "Take the office's", ID_TAKE_SERVER, conflict -> everyField(conflict, ConflictChoice.SERVER)),
                action(bar, "Apply my choice per field", ID_APPLY, conflict -> fields.choices()));
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

    private Button action(Composite bar, String text, String id, Function<Conflict, Map<String, ConflictChoice>> choices) {
        Button button = Touch.button(bar, SWT.PUSH, text, id);
        button.setEnabled(false);
        button.addListener(SWT.Selection,
                event -> list.selected().map(Listed::conflict).ifPresent(conflict -> resolve(conflict, choices.apply(conflict))));
        return button;
    }

    private void load() {
        Background.run("Reading conflicts", message, this::toReview, this::show, this::failed);
    }

    private void resolve(Conflict conflict, Map<String, ConflictChoice> choices) {
        enable(false);
        Background.run("Resolving a conflict", message, () -> {
            sync.resolveConflict(conflict.getId(), choices);
            return toReview();
        }, this::show, this::failed);
    }

    private List<Listed> toReview() {
        return store.conflicts().all().stream().filter(conflict -> TO_REVIEW.contains(conflict.getResolution()))
                .map(conflict -> new Listed(conflict, labels.record(store.records(), conflict.getTableName(), conflict.getRecordId())))
                .toList();
    }

    private void show(List<Listed> conflicts) {
        list.show(conflicts);
        message.setText(ConflictTexts.summary(conflicts.stream().map(Listed::conflict).toList()));
        showSelected();
    }

    /** A refresh that keeps the same conflict selected keeps the technician's choices per field. */
    private void showSelected() {
        Optional<Conflict> selected = list.selected().map(Listed::conflict);
        String id = selected.map(Conflict::getId).orElse(null);
        if (!Objects.equals(id, shownId)) {
            fields.show(selected.map(FieldRow::of).orElse(List.of()),
                    column -> selected.map(conflict -> labels.column(conflict.getTableName(), column)).orElse(column));
            shownId = id;
        }
        enable(selected.isPresent());
    }

    private void failed(Exception e) {
        ILog.of(ConflictsPart.class).error("Cannot read or resolve conflicts", e);
        message.setText("Something went wrong with the conflicts: " + e.getMessage());
        showSelected();
    }

    private void enable(boolean enabled) {
        actions.forEach(button -> button.setEnabled(enabled));
    }

    private static Map<String, ConflictChoice> everyField(Conflict conflict, ConflictChoice side) {
        return FieldRow.of(conflict).stream().collect(Collectors.toMap(FieldRow::column, row -> side));
    }
}
