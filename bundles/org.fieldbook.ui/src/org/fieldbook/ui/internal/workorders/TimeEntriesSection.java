package org.fieldbook.ui.internal.workorders;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.TimeEntry;
import org.fieldbook.model.TimeEntryType;
import org.fieldbook.ui.WidgetIds;
import org.fieldbook.ui.internal.widgets.TouchSize;
import org.fieldbook.ui.internal.widgets.UiFonts;

/**
 * The time the status flow recorded on this work order (travel, work, breaks), each entry's kind, start, end
 * and note editable: a forgotten tap on Arrive is put right here. Times are typed as hours and minutes on the
 * entry's day; the duration follows them.
 */
final class TimeEntriesSection {

    static final String TITLE = "Time entries";
    static final List<TimeEntryType> KINDS = List.of(TimeEntryType.TRAVEL, TimeEntryType.WORK, TimeEntryType.ON_BREAK);
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");
    private static final int COLUMNS = 5;

    private final LocalEditor editor;
    private final ZoneId zone;

    private TimeEntriesSection(LocalEditor editor, ZoneId zone) {
        this.editor = editor;
        this.zone = zone;
    }

    static void create(Composite form, List<TimeEntry> entries, LocalEditor editor, ZoneId zone) {
        if (entries.isEmpty()) {
            return;
        }
        Composite section = FormWidgets.section(form, TITLE, COLUMNS);
        TimeEntriesSection rows = new TimeEntriesSection(editor, zone);
        entries.forEach(entry -> rows.row(section, entry));
    }

    private void row(Composite section, TimeEntry entry) {
        String id = "timeentry." + entry.getId();
        Combo kind = TouchSize.grid(WidgetIds.name(UiFonts.body(new Combo(section, SWT.READ_ONLY)), id + ".type"), false);
        KINDS.forEach(value -> kind.add(value.getLiteral()));
        Text start = timeField(section, id + ".start");
        Text end = timeField(section, id + ".end");
        Label duration = WidgetIds.name(FormWidgets.label(section, ""), id + ".duration");
        Text note = TouchSize.grid(WidgetIds.name(UiFonts.body(new Text(section, SWT.BORDER | SWT.SINGLE)), id + ".description"), true);
        note.setMessage("Note");
        FieldMessage message = new FieldMessage(section, id + ".message", COLUMNS);
        Runnable show = () -> show(entry, kind, start, end, duration, note);
        show.run();
        kind.addListener(SWT.Selection, event -> editor.set(entry, FieldbookPackage.Literals.TIME_ENTRY__TYPE,
                KINDS.get(kind.getSelectionIndex()), message, show));
        SaveWhileTyping.on(start, () -> times(entry, start.getText(), true, message, show));
        SaveWhileTyping.on(end, () -> times(entry, end.getText(), false, message, show));
        SaveWhileTyping.on(note, () -> editor.set(entry, FieldbookPackage.Literals.TIME_ENTRY__DESCRIPTION,
                note.getText().isEmpty() ? null : note.getText(), message, show));
    }

    private static Text timeField(Composite section, String id) {
        Text field = FormWidgets.numberField(section, id);
        field.setMessage("hh:mm");
        return field;
    }

    /** Sets the start or the end to the typed time on the entry's day, and the duration with it. */
    private void times(TimeEntry entry, String typed, boolean isStart, FieldMessage message, Runnable show) {
        Instant current = isStart ? entry.getStart() : entry.getEnd();
        if (typed.isBlank() || typed.equals(text(current))) {
            return;
        }
        Optional<Instant> time = parse(typed, entry.getStart());
        if (time.isEmpty()) {
            message.show(List.of((isStart ? "start" : "end") + " '" + typed + "' is not a time: type hours and minutes, e.g. 14:05"));
            return;
        }
        editor.change("change time entry " + (isStart ? "start" : "end"), entry, edited -> {
            TimeEntry changed = (TimeEntry) edited;
            if (isStart) {
                changed.setStart(time.get());
            } else {
                changed.setEnd(time.get());
            }
            if (changed.getEnd() != null) {
                changed.setDuration((int) Duration.between(changed.getStart(), changed.getEnd()).toMinutes());
            }
        }, message, show);
    }

    private Optional<Instant> parse(String typed, Instant day) {
        try {
            LocalTime time = LocalTime.parse(typed.trim(), HOURS);
            return Optional.of(day.atZone(zone).with(time).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private void show(TimeEntry entry, Combo kind, Text start, Text end, Label duration, Text note) {
        if (kind.isDisposed()) {
            return; // the form was drawn again (a sync) while the entry was saved: the new one shows it
        }
        kind.select(Math.max(0, KINDS.indexOf(entry.getType())));
        shown(start, text(entry.getStart()));
        shown(end, text(entry.getEnd()));
        duration.setText(entry.getEnd() == null ? "running" : entry.getDuration() + " min");
        duration.requestLayout();
        shown(note, entry.getDescription() == null ? "" : entry.getDescription());
        ((GridData) note.getLayoutData()).minimumWidth = TouchSize.MIN_HEIGHT * 3;
    }

    /** Sets a field's text only when it differs, so the caret of a field being typed in stays put. */
    private static void shown(Text field, String text) {
        if (!field.getText().equals(text)) {
            field.setText(text);
        }
    }

    private String text(Instant instant) {
        return instant == null ? "" : instant.atZone(zone).format(HOURS);
    }
}
