package org.fieldbook.backoffice.console.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.fieldbook.backoffice.Role;

/**
 * The console's pages, in the order of its navigation, each with the least role that may open it. A new
 * page (profile editor, people, release updates, fleet sync health) is one more constant and one more file in
 * {@code web/}.
 */
enum ConsolePage {
    PROFILES("profiles", "Offline profiles", Role.ADMIN),
    SETTINGS("settings", "Mobile offline settings", Role.ADMIN),
    SYNC_ERRORS("sync-errors", "Sync errors", Role.DISPATCHER);

    private final String path;
    private final String label;
    private final Role least;

    ConsolePage(String path, String label, Role least) {
        this.path = path;
        this.label = label;
        this.least = least;
    }

    String path() {
        return path;
    }

    String label() {
        return label;
    }

    boolean allows(Role role) {
        return role.ordinal() >= least.ordinal();
    }

    static Optional<ConsolePage> of(String path) {
        return Arrays.stream(values()).filter(page -> page.path.equals(path)).findFirst();
    }

    /** @return the pages a role may open, in navigation order */
    static List<ConsolePage> allowedFor(Role role) {
        return Arrays.stream(values()).filter(page -> page.allows(role)).toList();
    }
}
