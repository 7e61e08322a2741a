package org.fieldbook.ui.internal.workorders;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;

/**
 * Saves what is typed into a field while the technician types: a moment after the last keystroke, on Enter
 * and when the field loses focus. A tablet whose battery dies mid-note keeps the note; each pause is one
 * step of undo, so undo takes back a phrase rather than a letter.
 */
final class SaveWhileTyping {

    /** How long after the last keystroke the text is saved; under a second, so a cut-off loses at most that. */
    static final int PAUSE_MILLIS = 600;

    private SaveWhileTyping() {
    }

    /** @param save saves the field's text; it must do nothing when the text is what is stored */
    static void on(Text field, Runnable save) {
        Runnable saveIfShown = () -> {
            if (!field.isDisposed()) {
                save.run();
            }
        };
        field.addListener(SWT.Modify, event -> {
            if (field.isFocusControl()) { // typed, not the form showing a stored value
                field.getDisplay().timerExec(PAUSE_MILLIS, saveIfShown);
            }
        });
        field.addListener(SWT.DefaultSelection, event -> save.run());
        field.addListener(SWT.FocusOut, event -> save.run());
        field.addListener(SWT.Dispose, event -> field.getDisplay().timerExec(-1, saveIfShown));
    }
}
