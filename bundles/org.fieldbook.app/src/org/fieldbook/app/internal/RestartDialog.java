package org.fieldbook.app.internal;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.fieldbook.ui.WidgetIds;

/**
 * The restart offer's windows: the question ("Restart now" and, unless the update is required, "Later") and the
 * note that a required restart waits for unsaved edits ("OK"); buttons named for tests.
 */
final class RestartDialog extends MessageDialog {

    /** The answer of "Restart now". */
    static final int RESTART = 0;
    static final String ID_RESTART = "update.restart";
    static final String ID_LATER = "update.later";
    static final String ID_OK = "update.ok";

    private final String[] ids;

    private RestartDialog(Shell parent, String text, int kind, String[] buttons, String[] ids) {
        super(parent, "Fieldbook update", null, text, kind, 0, buttons);
        this.ids = ids;
    }

    /** @return {@link #RESTART}, or another number for "Later" or a closed window */
    static int ask(Shell parent, String question, boolean required) {
        String[] buttons = required ? new String[] { "Restart now" } : new String[] { "Restart now", "Later" };
        String[] ids = required ? new String[] { ID_RESTART } : new String[] { ID_RESTART, ID_LATER };
        return new RestartDialog(parent, question, QUESTION, buttons, ids).open();
    }

    /** Tells {@code note}; blocks until read. */
    static void tell(Shell parent, String note) {
        new RestartDialog(parent, note, INFORMATION, new String[] { "OK" }, new String[] { ID_OK }).open();
    }

    @Override
    protected Button createButton(Composite parent, int id, String label, boolean defaultButton) {
        return WidgetIds.name(super.createButton(parent, id, label, defaultButton), ids[id]);
    }
}
