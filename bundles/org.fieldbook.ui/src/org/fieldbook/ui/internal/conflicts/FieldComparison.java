package org.fieldbook.ui.internal.conflicts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.fieldbook.sync.ConflictChoice;
import org.fieldbook.ui.WidgetIds;
import org.fieldbook.ui.internal.Touch;

/**
 * A conflict field by field: before, mine and the office's value side by side, which side changed it, and
 * the side the technician keeps for that field. A field both sides changed is highlighted and says so.
 */
final class FieldComparison {

    static final String ID = "conflicts.fields";
    private static final List<String> HEADINGS = List.of("Before", "Mine", "Office");

    /**
     * Width a value asks for before the three columns share the part's width equally; small, so a long text
     * wraps inside its column rather than pushing the others off screen on a 1280-pixel tablet.
     */
    private static final int VALUE_WIDTH = 60;

    private final Composite grid;
    private final Map<String, Button> keepMine = new HashMap<>();

    FieldComparison(Composite parent) {
        grid = WidgetIds.name(new Composite(parent, SWT.NONE), ID);
        grid.setLayout(new GridLayout(HEADINGS.size(), true));
        grid.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
    }

    /**
     * Shows the fields of a conflict, each keeping my value until the technician picks the office's.
     *
     * @param label a field's name in words, by its column
     */
    void show(List<FieldRow> rows, Function<String, String> label) {
        for (Control child : grid.getChildren()) {
            child.dispose();
        }
        keepMine.clear();
        rows.forEach(row -> row(row, label.apply(row.column())));
        grid.getParent().layout(true, true);
    }

    /** @return each field shown → the side its radio buttons pick */
    Map<String, ConflictChoice> choices() {
        Map<String, ConflictChoice> choices = new HashMap<>();
        keepMine.forEach((column, mine) -> choices.put(column, mine.getSelection() ? ConflictChoice.MINE : ConflictChoice.SERVER));
        return choices;
    }

    /** A field: its name and which side changed it, the three values under their own headings, then the choice. */
    private void row(FieldRow row, String name) {
        WidgetIds.name(label(name, 1), "conflicts.field." + row.column());
        Label change = WidgetIds.name(label(row.change().words(), 2), "conflicts.change." + row.column());
        if (row.change() == FieldChange.BOTH) {
            change.setBackground(grid.getDisplay().getSystemColor(SWT.COLOR_INFO_BACKGROUND));
            change.setForeground(grid.getDisplay().getSystemColor(SWT.COLOR_INFO_FOREGROUND));
        }
        HEADINGS.forEach(heading -> label(heading, 1));
        value(row.base());
        value(row.mine());
        value(row.server());
        Composite keep = new Composite(grid, SWT.NONE);
        keep.setLayout(new GridLayout(2, false));
        keep.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, HEADINGS.size(), 1));
        keepMine.put(row.column(), Touch.button(keep, SWT.RADIO, "Keep mine", "conflicts.keep." + row.column() + ".mine"));
        Touch.button(keep, SWT.RADIO, "Keep the office's", "conflicts.keep." + row.column() + ".server");
        keepMine.get(row.column()).setSelection(true);
    }

    private Label label(String text, int columns) {
        Label label = new Label(grid, SWT.WRAP);
        label.setText(text);
        label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false, columns, 1));
        return label;
    }

    /** A value under its heading: the three share the width and wrap, so long texts stay side by side. */
    private void value(String value) {
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = VALUE_WIDTH;
        label(shown(value), 1).setLayoutData(data);
    }

    private static String shown(String value) {
        return value == null || value.isEmpty() ? "(empty)" : value;
    }
}
