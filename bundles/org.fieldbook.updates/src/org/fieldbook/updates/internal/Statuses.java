package org.fieldbook.updates.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/** p2's statuses as one line of text: its messages nest, and the useful one is often a child's. */
final class Statuses {

    private Statuses() {
    }

    static String text(IStatus status) {
        List<String> messages = new ArrayList<>();
        collect(status, messages);
        return String.join("; ", messages);
    }

    static IStatus error(String message) {
        return Status.error(message);
    }

    private static void collect(IStatus status, List<String> messages) {
        if (status.getSeverity() == IStatus.OK && !status.isMultiStatus()) {
            return;
        }
        String message = status.getMessage();
        if (message != null && !message.isBlank() && !messages.contains(message) && messages.size() < 4) {
            messages.add(message);
        }
        for (IStatus child : status.getChildren()) {
            collect(child, messages);
        }
    }
}
