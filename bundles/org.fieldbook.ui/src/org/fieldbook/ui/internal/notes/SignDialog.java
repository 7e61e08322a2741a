package org.fieldbook.ui.internal.notes;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.fieldbook.ui.WidgetIds;
import org.fieldbook.ui.internal.widgets.TouchSize;
import org.fieldbook.ui.internal.widgets.UiFonts;

/**
 * The customer reads what was done, signs on the pad and gives their name. Save is offered only once there is
 * a signature and a name; nothing is saved on Cancel, Escape or closing the window. The window fills most of the
 * screen: the pad wants all the room a finger can get.
 */
public final class SignDialog {

    public static final String ID_PAD = "sign.pad";
    public static final String ID_NAME = "sign.name";
    public static final String ID_SAVE = "sign.save";
    public static final String ID_CANCEL = "sign.cancel";
    public static final String ID_CLEAR = "sign.clear";
    public static final String ID_UNDO = "sign.undo";
    public static final String ID_REDO = "sign.redo";
    public static final String ID_SUMMARY = "sign.summary";
    static final String TITLE = "Customer signature";
    private static final int PAD_WIDTH = 900;

    private final Shell shell;
    private final SignaturePad pad;
    private final Text name;
    private final Button save;

    private SignDialog(Shell parent, CompletionSummary summary, Consumer<Signature> signed) {
        shell = new Shell(parent, SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL | SWT.RESIZE);
        shell.setText(TITLE + " \u2013 " + summary.workOrder());
        shell.setLayout(new GridLayout(1, false));
        Label read = WidgetIds.name(UiFonts.body(new Label(shell, SWT.WRAP)), ID_SUMMARY);
        read.setText(String.join("\n", summary.lines()));
        read.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        UiFonts.body(new Label(shell, SWT.NONE)).setText("Please sign here:");
        pad = new SignaturePad(shell);
        WidgetIds.name(pad.control(), ID_PAD);
        GridData padSize = new GridData(SWT.FILL, SWT.FILL, true, true);
        padSize.widthHint = PAD_WIDTH;
        padSize.heightHint = PAD_WIDTH * SignaturePad.HEIGHT / SignaturePad.WIDTH;
        pad.control().setLayoutData(padSize);
        Composite strokes = row(shell, 3, false);
        Button undo = button(strokes, "Undo", ID_UNDO, pad::undo);
        Button redo = button(strokes, "Redo", ID_REDO, pad::redo);
        button(strokes, "Clear", ID_CLEAR, pad::clear);
        Composite signer = row(shell, 2, false);
        UiFonts.body(new Label(signer, SWT.NONE)).setText("Signer's name");
        name = TouchSize.grid(WidgetIds.name(UiFonts.body(new Text(signer, SWT.BORDER | SWT.SINGLE)), ID_NAME), true);
        Composite answer = row(shell, 2, true);
        button(answer, "Cancel", ID_CANCEL, this::close);
        save = button(answer, "Save signature", ID_SAVE, () -> {
            signed.accept(new Signature(name.getText().strip(), pad.png(), summary));
            close();
        });
        Runnable enable = () -> {
            undo.setEnabled(pad.canUndo());
            redo.setEnabled(pad.canRedo());
            save.setEnabled(!pad.isEmpty() && !name.getText().isBlank());
        };
        pad.onChange(enable);
        name.addListener(SWT.Modify, event -> enable.run());
        enable.run();
    }

    /**
     * Shows {@code summary} to sign and blocks, running the event loop, until the customer saved or cancelled.
     * {@code signed} gets the signature if they saved.
     */
    public static void open(Shell parent, CompletionSummary summary, Consumer<Signature> signed) {
        Modal.run(new SignDialog(parent, summary, signed).shell);
    }

    private void close() {
        shell.close();
    }

    /** @param equal whether the row's buttons share its width (Cancel and Save: both big, apart) */
    private static Composite row(Composite parent, int columns, boolean equal) {
        Composite row = new Composite(parent, SWT.NONE);
        row.setLayout(new GridLayout(columns, equal));
        row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return row;
    }

    /** A touch-sized button of the notes' windows; equal in width to its siblings in a row of equal columns. */
    static Button button(Composite parent, String text, String id, Runnable action) {
        Button button = WidgetIds.name(UiFonts.body(new Button(parent, SWT.PUSH)), id);
        button.setText(text);
        button.addListener(SWT.Selection, event -> action.run());
        return TouchSize.grid(button, parent.getLayout() instanceof GridLayout grid && grid.makeColumnsEqualWidth);
    }
}
