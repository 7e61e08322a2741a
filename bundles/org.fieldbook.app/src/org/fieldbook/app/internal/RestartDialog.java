package org.fieldbook.app.internal;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.fieldbook.ui.WidgetIds;

/** The restart offer's question: "Restart now" and, unless the update is required, "Later"; buttons named for tests. */
final class RestartDialog extends MessageDialog {

    /** The answer (and the widget id) of "Restart now". */
    static final int RESTART = 0;
    static final String ID_RESTART = "update.restart";
    static final String ID_LATER = "update.later";

    private RestartDialog(Shell parent, String question, String[] buttons) {
        super(parent, "Fieldbook update", null, question, QUESTION, RESTART, buttons);
    }

    /** @return {@link #RESTART}, or another number for "Later" or a closed window */
    static int ask(Shell parent, String question, boolean required) {
        String[] buttons = required ? new String[] { "Restart now" } : new String[] { "Restart now", "Later" };
        return new RestartDialog(parent, question, buttons).open();
    }

    @Override
    protected Button createButton(Composite parent, int id, String label, boolean defaultButton) {
        return WidgetIds.name(super.createButton(parent, id, label, defaultButton), id == RESTART ? ID_RESTART : ID_LATER);
    }
}
