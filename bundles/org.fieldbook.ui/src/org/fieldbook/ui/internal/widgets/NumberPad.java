package org.fieldbook.ui.internal.widgets;

import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.fieldbook.ui.WidgetIds;

/**
 * A number typed without a keyboard: chips for the common amounts (one tap answers), and a pad of finger-sized
 * digits with a decimal point, delete and OK. Cancel, Escape or closing the window changes nothing.
 */
public final class NumberPad {

    public static final String ID_DISPLAY = "numberpad.display";
    public static final String ID_OK = "numberpad.ok";
    public static final String ID_CANCEL = "numberpad.cancel";
    /** Widget id prefix of a key, e.g. "numberpad.key.7", and of a chip, e.g. "numberpad.chip.30". */
    public static final String ID_KEY = "numberpad.key.";
    public static final String ID_CHIP = "numberpad.chip.";
    private static final String[] KEYS = { "7", "8", "9", "4", "5", "6", "1", "2", "3", ".", "0", "\u232b" };
    private static final int COLUMNS = 3;
    private static final int KEY_SIZE = 72;
    private static final int MAX_LENGTH = 9;

    private final Shell shell;
    private final Label display;
    private String answer;
    /** The first key replaces the amount shown; then each adds to it. */
    private boolean fresh = true;

    private NumberPad(Shell parent, String title, String start, String unit, List<Integer> chips) {
        shell = new Shell(parent, SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL);
        shell.setText(title);
        shell.setLayout(new GridLayout(COLUMNS, true));
        display = WidgetIds.name(UiFonts.body(new Label(shell, SWT.RIGHT | SWT.BORDER)), ID_DISPLAY);
        display.setFont(UiFonts.title(display));
        display.setText(start);
        display.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, COLUMNS - 1, 1));
        UiFonts.body(new Label(shell, SWT.NONE)).setText(unit);
        Composite row = new Composite(shell, SWT.NONE);
        row.setLayout(new GridLayout(chips.size(), true));
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, COLUMNS, 1));
        chips.forEach(chip -> key(row, chip + " " + unit, ID_CHIP + chip, () -> close(String.valueOf(chip))));
        for (String key : KEYS) {
            key(shell, key, ID_KEY + key, () -> press(key));
        }
        key(shell, "Cancel", ID_CANCEL, () -> close(null));
        Button ok = key(shell, "OK", ID_OK, () -> close(display.getText()));
        ((GridData) ok.getLayoutData()).horizontalSpan = 2;
        shell.setDefaultButton(ok);
    }

    /**
     * @param start the amount now, which the first digit replaces
     * @return the number chosen, empty when the technician cancelled; blocks, running the event loop
     */
    public static Optional<String> ask(Shell parent, String title, String start, String unit, List<Integer> chips) {
        return new NumberPad(parent, title, start, unit, chips).open();
    }

    private Button key(Composite parent, String text, String id, Runnable action) {
        Button key = WidgetIds.name(UiFonts.body(new Button(parent, SWT.PUSH)), id);
        key.setText(text);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
        data.heightHint = parent == shell ? KEY_SIZE : TouchSize.MIN_HEIGHT;
        data.widthHint = parent == shell ? KEY_SIZE : SWT.DEFAULT;
        key.setLayoutData(data);
        key.addListener(SWT.Selection, event -> action.run());
        return key;
    }

    private void press(String key) {
        String now = fresh ? "" : display.getText();
        fresh = false;
        if (key.equals("\u232b")) {
            now = now.isEmpty() ? "" : now.substring(0, now.length() - 1);
        } else if (now.length() < MAX_LENGTH && !(key.equals(".") && now.contains("."))) {
            now = now + key;
        }
        display.setText(now);
    }

    private void close(String chosen) {
        answer = chosen == null || chosen.isEmpty() ? null : chosen;
        shell.close();
    }

    private Optional<String> open() {
        Display shown = shell.getDisplay();
        shell.pack();
        Rectangle area = shell.getParent().getBounds();
        Point size = shell.getSize();
        shell.setLocation(area.x + (area.width - size.x) / 2, area.y + (area.height - size.y) / 2);
        shell.open();
        while (!shell.isDisposed()) {
            if (!shown.readAndDispatch()) {
                shown.sleep();
            }
        }
        return Optional.ofNullable(answer);
    }
}
