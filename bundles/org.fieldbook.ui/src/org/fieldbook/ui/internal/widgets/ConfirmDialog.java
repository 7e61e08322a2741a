package org.fieldbook.ui.internal.widgets;

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
 * Asks before a step that cannot be taken back (cancelling or completing a booking): a modal question with
 * large text and two finger-sized buttons, the safe one first and focused, so a stray tap or Enter keeps
 * things as they are. Escape or closing the window is the safe answer too.
 */
public final class ConfirmDialog {

    /** Widget id of the button that goes ahead. */
    public static final String ID_PROCEED = "confirm.proceed";
    /** Widget id of the button that keeps things as they are. */
    public static final String ID_KEEP = "confirm.keep";

    private static final int WIDTH = 520;

    private final Shell shell;
    private boolean proceed;

    private ConfirmDialog(Shell parent, String title, String question, String proceedText, String keepText) {
        shell = new Shell(parent, SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL);
        shell.setText(title);
        shell.setLayout(new GridLayout(2, true));
        Label text = UiFonts.body(new Label(shell, SWT.WRAP));
        text.setText(question);
        GridData textData = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        textData.widthHint = WIDTH;
        text.setLayoutData(textData);
        Button keep = button(shell, keepText, ID_KEEP, false);
        button(shell, proceedText, ID_PROCEED, true);
        shell.setDefaultButton(keep);
        keep.setFocus();
    }

    /** @return whether the technician chose to go ahead; blocks, running the event loop, until they answer */
    public static boolean ask(Shell parent, String title, String question, String proceedText, String keepText) {
        return new ConfirmDialog(parent, title, question, proceedText, keepText).open();
    }

    private Button button(Composite parent, String text, String id, boolean proceeds) {
        Button button = WidgetIds.name(UiFonts.body(new Button(parent, SWT.PUSH)), id);
        button.setText(text);
        TouchSize.grid(button, true);
        button.addListener(SWT.Selection, event -> {
            proceed = proceeds;
            shell.close();
        });
        return button;
    }

    private boolean open() {
        Display display = shell.getDisplay(); // before open: a tap can answer while the window maps
        shell.pack();
        centre();
        shell.open();
        while (!shell.isDisposed()) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        return proceed;
    }

    private void centre() {
        Rectangle area = shell.getParent().getBounds();
        Point size = shell.getSize();
        shell.setLocation(area.x + (area.width - size.x) / 2, area.y + (area.height - size.y) / 2);
    }
}
