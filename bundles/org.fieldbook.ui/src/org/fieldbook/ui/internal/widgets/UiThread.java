package org.fieldbook.ui.internal.widgets;

import org.eclipse.swt.widgets.Widget;

/** Hands results of background work back to the UI thread, dropping them once the widget is gone. */
public final class UiThread {

    private UiThread() {
    }

    /** Runs {@code update} on {@code owner}'s display thread, unless {@code owner} is disposed by then. */
    public static void later(Widget owner, Runnable update) {
        if (owner.isDisposed()) {
            return;
        }
        owner.getDisplay().asyncExec(() -> {
            if (!owner.isDisposed()) {
                update.run();
            }
        });
    }
}
