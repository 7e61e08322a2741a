package org.fieldbook.ui.internal.workorders;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Control;
import org.fieldbook.model.Record;
import org.fieldbook.store.InvalidRecordException;
import org.fieldbook.store.LocalEdits;
import org.fieldbook.store.LocalStore;
import org.fieldbook.store.OneAtATime;
import org.fieldbook.ui.internal.widgets.UiThread;

/**
 * Saves the form's changes at once through {@link LocalEdits} (each with its outbox entry), in jobs run
 * one after another in the order made, and remembers each so it can be undone by the opposite local
 * edit. Each change is based on the record as shown, so a sync landing while the technician types turns
 * into a conflict at upload instead of a silent overwrite of the office's values. The shown records change
 * only once the store took the change; a refused change leaves them and the store as they were and says
 * why next to the field. Used on the UI thread only.
 */
final class LocalEditor {

    /** A saved change and the local edit that takes it back, made from the shown records when undo is asked. */
    private record Saved(String label, Supplier<Consumer<LocalEdits>> revert) {
    }

    /** A field of a shown record (records are equal only to themselves). */
    private record Field(Record record, EStructuralFeature feature) {
    }

    private static final int SETTLE_MILLIS = 50;
    private static final Runnable NOTHING = () -> {
        // nothing to do
    };

    private final LocalStore store;
    private final Control owner;
    private final Runnable historyChanged;
    private final Deque<Saved> history = new ArrayDeque<>();
    /** Values on their way to the store, by field: the newest asked for. */
    private final Map<Field, Object> requested = new HashMap<>();
    /** Saves scheduled whose outcome the UI thread has not seen yet. */
    private int unsettled;
    private final ISchedulingRule oneAtATime = new OneAtATime();

    LocalEditor(LocalStore store, Control owner, Runnable historyChanged) {
        this.store = store;
        this.owner = owner;
        this.historyChanged = historyChanged;
    }

    /** Sets {@code feature} of {@code record} to {@code value}; {@code saved} runs once it is stored. */
    void set(Record record, EStructuralFeature feature, Object value, FieldMessage message, Runnable saved) {
        Object before = record.eGet(feature);
        Field field = new Field(record, feature);
        if (Objects.equals(requested.getOrDefault(field, before), value)) {
            if (!requested.containsKey(field)) {
                message.clear();
            }
            return; // shown, or on its way to the store: a pause in typing and then Enter save once
        }
        // The shown record is what the technician saw: the edit is based on it, not on a download since.
        Record seen = EcoreUtil.copy(record);
        Record edited = withValue(record, feature, value);
        requested.put(field, value);
        save(edits -> edits.update(seen, edited), message, () -> {
            record.eSet(feature, value);
            remember("change " + feature.getName(), () -> {
                Record shown = EcoreUtil.copy(record);
                Record reverted = withValue(record, feature, before);
                return edits -> edits.update(shown, reverted);
            });
            saved.run();
        }, () -> requested.remove(field, value), NOTHING);
    }

    /**
     * Changes several fields of {@code record} at once ({@code edit} applied to a copy, then to the shown record
     * once stored), e.g. a time entry's end and duration; undo restores the values shown before.
     */
    void change(String label, Record record, Consumer<Record> edit, FieldMessage message, Runnable saved) {
        Record seen = EcoreUtil.copy(record);
        Record edited = EcoreUtil.copy(record);
        edit.accept(edited);
        save(edits -> edits.update(seen, edited), message, () -> {
            edit.accept(record);
            remember(label, () -> {
                Record shown = EcoreUtil.copy(record);
                return edits -> edits.update(shown, EcoreUtil.copy(seen));
            });
            saved.run();
        });
    }

    /**
     * Stores several edits in one transaction (a status step); {@code revert} takes all of them back on undo.
     *
     * @param refused runs on the UI thread when the edits were refused, after the message says why
     */
    void together(String label, Consumer<LocalEdits> edit, Consumer<LocalEdits> revert, FieldMessage message, Runnable saved,
            Runnable refused) {
        save(edits -> edits.together(label, edit), message, () -> {
            remember(label, () -> edits -> edits.together("undo " + label, revert));
            saved.run();
        }, NOTHING, refused);
    }

    /**
     * @return the newest value asked for the field, stored or still on its way: a second tap on [+] before the
     *         first is stored steps from the first's value, so two taps count twice
     */
    Object latest(Record record, EStructuralFeature feature) {
        return requested.getOrDefault(new Field(record, feature), record.eGet(feature));
    }

    /** Stores a new record; undo deletes it. */
    void create(Record record, FieldMessage message, Runnable saved) {
        save(edits -> edits.create(record), message, () -> {
            remember("add " + record.eClass().getName(), () -> edits -> edits.delete(record.eClass(), record.getId()));
            saved.run();
        });
    }

    /** Deletes a stored record; undo stores it again. */
    void delete(Record record, FieldMessage message, Runnable saved) {
        Record copy = EcoreUtil.copy(record);
        save(edits -> edits.delete(record.eClass(), record.getId()), message, () -> {
            remember("remove " + record.eClass().getName(), () -> edits -> edits.create(EcoreUtil.copy(copy)));
            saved.run();
        });
    }

    boolean canUndo() {
        return !history.isEmpty();
    }

    /** @return what {@link #undo} takes back, e.g. "change instructions" */
    String undoLabel() {
        return history.isEmpty() ? "" : history.peek().label();
    }

    /** Takes back the latest change with another local edit; {@code undone} runs once it is stored. */
    void undo(FieldMessage message, Runnable undone) {
        if (owner.isDisposed()) {
            return;
        }
        if (unsettled > 0) { // e.g. the text saved as the tap on Undo took its focus: undo that, once it is stored
            owner.getDisplay().timerExec(SETTLE_MILLIS, () -> undo(message, undone));
            return;
        }
        if (history.isEmpty()) {
            return;
        }
        Saved latest = history.pop();
        historyChanged.run();
        save(latest.revert().get(), message, undone);
    }

    private void remember(String label, Supplier<Consumer<LocalEdits>> revert) {
        history.push(new Saved(label, revert));
        historyChanged.run();
    }

    private void save(Consumer<LocalEdits> edit, FieldMessage message, Runnable saved) {
        save(edit, message, saved, NOTHING, NOTHING);
    }

    /**
     * @param ended runs on the UI thread once the edit was stored or refused, before what either does
     * @param refused runs on the UI thread after a refusal was shown
     */
    private void save(Consumer<LocalEdits> edit, FieldMessage message, Runnable saved, Runnable ended, Runnable refused) {
        Job job = Job.create("Saving your change", monitor -> {
            try {
                edit.accept(store.edits());
                settled(ended, () -> {
                    message.clear();
                    saved.run();
                });
            } catch (InvalidRecordException e) {
                settled(ended, () -> {
                    message.show(e.problems());
                    refused.run();
                });
            } catch (RuntimeException e) {
                ILog.of(LocalEditor.class).error("Cannot save a change", e);
                settled(ended, () -> {
                    message.show(List.of(String.valueOf(e.getMessage())));
                    refused.run();
                });
            }
            return Status.OK_STATUS;
        });
        job.setRule(oneAtATime);
        job.setSystem(true);
        unsettled++;
        job.schedule();
    }

    private void settled(Runnable ended, Runnable outcome) {
        UiThread.later(owner, () -> {
            unsettled--;
            ended.run();
            outcome.run();
        });
    }

    private static Record withValue(Record record, EStructuralFeature feature, Object value) {
        Record copy = EcoreUtil.copy(record);
        copy.eSet(feature, value);
        return copy;
    }
}
