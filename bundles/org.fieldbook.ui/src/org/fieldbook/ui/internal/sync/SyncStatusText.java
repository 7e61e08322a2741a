package org.fieldbook.ui.internal.sync;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.fieldbook.sync.SyncStatus;

/**
 * The status bar's words for a sync status: the state first, then the last complete sync and what waits.
 * Colour never carries meaning alone, so every state is also a word.
 */
final class SyncStatusText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private SyncStatusText() {
    }

    static String of(SyncStatus status, ZoneId zone) {
        List<String> parts = new ArrayList<>();
        parts.add(state(status));
        parts.add(status.lastSuccess() == null ? "never synced" : "last sync " + time(status.lastSuccess(), zone));
        parts.add(count(status.pendingChanges(), "change waiting", "changes waiting"));
        if (status.openConflicts() > 0) {
            parts.add(count(status.openConflicts(), "conflict to review", "conflicts to review"));
        }
        if (status.syncErrors() > 0) {
            parts.add(count(status.syncErrors(), "sync error", "sync errors"));
        }
        return String.join(" \u00b7 ", parts);
    }

    private static String state(SyncStatus status) {
        return switch (status.phase()) {
        case SYNCING -> status.task() == null ? "Syncing\u2026" : "Syncing: " + status.task();
        case OFFLINE -> "Offline";
        case SIGNED_OUT -> "Signed out";
        case FAILED -> "Sync failed";
        case IDLE -> "Online";
        };
    }

    private static String time(Instant instant, ZoneId zone) {
        return TIME.format(instant.atZone(zone));
    }

    private static String count(int count, String one, String many) {
        return count == 0 ? "no " + many : count + " " + (count == 1 ? one : many);
    }
}
