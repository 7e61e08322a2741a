package org.fieldbook.tests.common.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * The answer to a modal dialog that is about to open. A dialog runs its own event loop and blocks whatever
 * opened it, so the answer is arranged before: the display looks for the dialog's button while the dialog's
 * loop runs, and presses it. A dialog that has not got the button in time is closed, so the test fails on
 * its assertions instead of hanging.
 */
public final class UiDialog {

    private static final int POLL_MILLIS = 50;
    private static final int GIVE_UP_MILLIS = 10_000;

    private final Display display;
    private final Shell owner;
    private final List<String> buttonIds;
    private final List<String> texts = new ArrayList<>();
    private final List<String> buttons = new ArrayList<>();
    private boolean answered;
    private int waited;

    private UiDialog(Shell owner, List<String> buttonIds) {
        this.display = owner.getDisplay();
        this.owner = owner;
        this.buttonIds = buttonIds;
    }

    /**
     * Presses the buttons with widget ids {@code buttonIds}, in order, in the next dialog over {@code owner}
     * (e.g. a number pad's keys, then OK); the last one should close it.
     */
    public static UiDialog answerNext(Shell owner, String... buttonIds) {
        UiDialog dialog = new UiDialog(owner, List.of(buttonIds));
        dialog.display.timerExec(POLL_MILLIS, dialog::poll);
        return dialog;
    }

    /** @return whether a dialog came and its button was pressed */
    public boolean answered() {
        return answered;
    }

    /** @return the dialog's labels, e.g. its question */
    public List<String> texts() {
        return List.copyOf(texts);
    }

    /** @return the dialog's buttons' texts, e.g. to see that a choice was not offered */
    public List<String> buttons() {
        return List.copyOf(buttons);
    }

    private void poll() {
        if (owner.isDisposed()) {
            return; // its test is over: a later test's dialog is not this one's
        }
        for (Shell shell : display.getShells()) {
            if (shell != owner && !shell.isDisposed() && shell.isVisible()) {
                if (find(shell, buttonIds.get(0)) != null) {
                    collectTexts(shell);
                    answered = true;
                    buttonIds.forEach(id -> find(shell, id).notifyListeners(SWT.Selection, new Event()));
                    return;
                }
            }
        }
        waited += POLL_MILLIS;
        if (waited < GIVE_UP_MILLIS) {
            display.timerExec(POLL_MILLIS, this::poll);
        } else {
            Arrays.stream(display.getShells()).filter(shell -> shell != owner && shell.getParent() == owner).forEach(Shell::close);
        }
    }

    private static Button find(Composite parent, String buttonId) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Button button && buttonId.equals(button.getData(UiBot.ID_KEY))) {
                return button;
            }
            if (child instanceof Composite composite && find(composite, buttonId) != null) {
                return find(composite, buttonId);
            }
        }
        return null;
    }

    private void collectTexts(Composite parent) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Label label) {
                texts.add(label.getText());
            } else if (child instanceof Button button) {
                buttons.add(button.getText());
            } else if (child instanceof Composite composite) {
                collectTexts(composite);
            }
        }
    }
}
