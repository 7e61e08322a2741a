package org.fieldbook.tests.common.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

/**
 * Drives real SWT widgets the way SWTBot does (find by text, tooltip or id; click; type; read), for a
 * build where SWTBot cannot be had. Finders wait until the widget appears, pumping the event loop
 * when called on the display thread, so asynchronous UI updates are seen.
 */
public final class UiBot {

    /** Widget data key naming a widget for tests, as SWTBot's {@code org.eclipse.swtbot.widget.key}. */
    public static final String ID_KEY = "org.fieldbook.widget.id";

    /** Only catches a hang: a loaded build machine may take many seconds for a sync, never a minute. */
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private final Composite root;
    private final Display display;

    public UiBot(Composite root) {
        this.root = root;
        this.display = root.getDisplay();
    }

    /** @return the label whose text is exactly {@code text} */
    public UiLabel label(String text) {
        return new UiLabel(this, find(Label.class, label -> text.equals(label.getText()), "label '" + text + "'"));
    }

    /** @return the first label whose text contains {@code fragment} */
    public UiLabel labelContaining(String fragment) {
        return new UiLabel(this, find(Label.class, label -> label.getText().contains(fragment),
                "label containing '" + fragment + "'"));
    }

    /** @return the label whose {@link #ID_KEY} data is {@code id}, as SWTBot's {@code labelWithId} */
    public UiLabel labelWithId(String id) {
        return new UiLabel(this, widgetWithId(id, Label.class));
    }

    /** @return the push button showing {@code text} */
    public UiButton button(String text) {
        return new UiButton(this, find(Button.class, button -> text.equals(button.getText()), "button '" + text + "'"));
    }

    /** @return the button whose tooltip is {@code tooltip} */
    public UiButton buttonWithTooltip(String tooltip) {
        return new UiButton(this, find(Button.class, button -> tooltip.equals(button.getToolTipText()),
                "button with tooltip '" + tooltip + "'"));
    }

    /** @return the check box showing {@code text} */
    public UiButton checkBox(String text) {
        return new UiButton(this, find(Button.class, button -> (button.getStyle() & SWT.CHECK) != 0 && text.equals(button.getText()),
                "check box '" + text + "'"));
    }

    /** @return the button whose {@link #ID_KEY} data is {@code id}, as SWTBot's {@code buttonWithId} */
    public UiButton buttonWithId(String id) {
        return new UiButton(this, widgetWithId(id, Button.class));
    }

    /** @return the text field whose {@link #ID_KEY} data is {@code id}, as SWTBot's {@code textWithId} */
    public UiText textWithId(String id) {
        return new UiText(this, widgetWithId(id, Text.class));
    }

    /** @return the table whose {@link #ID_KEY} data is {@code id} */
    public UiTable tableWithId(String id) {
        return new UiTable(this, widgetWithId(id, Table.class));
    }

    /** @return the combo box placed right after the label showing {@code label} */
    public UiCombo comboBoxWithLabel(String label) {
        return new UiCombo(this, find(Combo.class, combo -> label.equals(precedingLabel(combo)), "combo with label '" + label + "'"));
    }

    /** @return the combo box whose {@link #ID_KEY} data is {@code id} */
    public UiCombo comboBoxWithId(String id) {
        return new UiCombo(this, widgetWithId(id, Combo.class));
    }

    /** @return the text field placed right after the label showing {@code label} */
    public UiText textWithLabel(String label) {
        return new UiText(this, find(Text.class, text -> label.equals(precedingLabel(text)), "text with label '" + label + "'"));
    }

    /** @return the widget whose {@link #ID_KEY} data is {@code id} */
    public <T extends Control> T widgetWithId(String id, Class<T> type) {
        return find(type, control -> id.equals(control.getData(ID_KEY)), type.getSimpleName() + " with id '" + id + "'");
    }

    /** Waits, pumping events on the display thread, until {@code condition} holds. */
    public void waitUntil(BooleanSupplier condition, String description) {
        waitUntil(condition, DEFAULT_TIMEOUT, description);
    }

    public void waitUntil(BooleanSupplier condition, Duration timeout, String description) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!syncExec(condition::getAsBoolean)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting for " + description
                        + "; the window shows: " + syncExec(this::visibleTexts));
            }
            pause();
        }
    }

    /** @return the texts of all visible labels and buttons, for failure messages */
    public List<String> visibleTexts() {
        List<String> texts = new ArrayList<>();
        collect(root, Control.class, control -> true).forEach(control -> {
            if (control instanceof Label label && control.isVisible()) {
                texts.add(label.getText());
            } else if (control instanceof Button button && control.isVisible()) {
                texts.add("[" + button.getText() + "]");
            }
        });
        return texts;
    }

    /** Runs {@code action} on the display thread and returns its result. */
    <T> T syncExec(Supplier<T> action) {
        if (Display.getCurrent() == display) {
            return action.get();
        }
        List<T> result = new ArrayList<>(1);
        display.syncExec(() -> result.add(action.get()));
        return result.get(0);
    }

    private <T extends Control> T find(Class<T> type, Predicate<T> matcher, String description) {
        List<T> found = new ArrayList<>(1);
        waitUntil(() -> {
            Optional<T> match = collect(root, type, control -> !control.isDisposed() && matcher.test(control))
                    .stream().findFirst();
            match.ifPresent(found::add);
            return match.isPresent();
        }, description);
        return found.get(0);
    }

    private static <T extends Control> List<T> collect(Composite parent, Class<T> type, Predicate<T> matcher) {
        List<T> matches = new ArrayList<>();
        for (Control child : parent.getChildren()) {
            if (type.isInstance(child) && matcher.test(type.cast(child))) {
                matches.add(type.cast(child));
            }
            if (child instanceof Composite composite) {
                matches.addAll(collect(composite, type, matcher));
            }
        }
        return matches;
    }

    private static String precedingLabel(Control control) {
        Control[] siblings = control.getParent().getChildren();
        for (int i = 1; i < siblings.length; i++) {
            if (siblings[i] == control && siblings[i - 1] instanceof Label label) {
                return label.getText();
            }
        }
        return null;
    }

    private void pause() {
        if (Display.getCurrent() == display) {
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { /* wakes the loop */ });
                display.sleep();
            }
        } else {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting", e);
            }
        }
    }
}
