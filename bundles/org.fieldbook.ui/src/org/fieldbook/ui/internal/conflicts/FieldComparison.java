package org.fieldbook.ui.internal.conflicts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    private static final List<String> HEADINGS = List.of("Field", "Before", "Mine", "Office", "What changed", "Keep");

    private final Composite grid;
    private final Map<String, Button> keepMine = new HashMap<>();

    FieldComparison(Composite parent) {
        grid = WidgetIds.name(new Composite(parent, SWT.NONE), ID);
        grid.setLayout(new GridLayout(HEADINGS.size(), false));
        grid.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
    }

    /** Shows the fields of a conflict, each keeping my value until the technician picks the office's. */
    void show(List<FieldRow> rows) {
        for (Control child : grid.getChildren()) {
            child.dispose();
        }
        keepMine.clear();
        if (!rows.isEmpty()) {
            HEADINGS.forEach(this::label);
        }
        rows.forEach(this::row);
        grid.getParent().layout(true, true);
    }

    /** @return each field shown → the side its radio buttons pick */
    Map<String, ConflictChoice> choices() {
        Map<String, ConflictChoice> choices = new HashMap<>();
        keepMine.forEach((column, mine) -> choices.put(column, mine.getSelection() ? ConflictChoice.MINE : ConflictChoice.SERVER));
        return choices;
    }

    private void row(FieldRow row) {
        label(row.column());
        label(shown(row.base()));
        label(shown(row.mine()));
        label(shown(row.server()));
        Label change = WidgetIds.name(label(row.change().words()), "conflicts.change." + row.column());
        if (row.change() == FieldChange.BOTH) {
            change.setBackground(grid.getDisplay().getSystemColor(SWT.COLOR_INFO_BACKGROUND));
            change.setForeground(grid.getDisplay().getSystemColor(SWT.COLOR_INFO_FOREGROUND));
        }
        Composite keep = new Composite(grid, SWT.NONE);
        keep.setLayout(new GridLayout(2, true));
        keepMine.put(row.column(), Touch.button(keep, SWT.RADIO, "Mine", "conflicts.keep." + row.column() + ".mine"));
        Touch.button(keep, SWT.RADIO, "Office", "conflicts.keep." + row.column() + ".server");
        keepMine.get(row.column()).setSelection(true);
    }

    private Label label(String text) {
        Label label = new Label(grid, SWT.WRAP);
        label.setText(text);
        label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
        return label;
    }

    private static String shown(String value) {
        return value == null || value.isEmpty() ? "(empty)" : value;
    }
}
