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
    PROFILES("profiles", "Offline profiles", Role.ADMIN, true),
    /** Opened from the profiles list with the profile's key ({@code profile?id=}), so not in the navigation. */
    PROFILE_EDITOR("profile", "Profile editor", Role.ADMIN, false),
    /** Opened from the profiles list or the editor with the profile's key ({@code people?id=}), so not in the navigation. */
    PEOPLE("people", "People with offline access", Role.ADMIN, false),
    RELEASES("releases", "Release updates", Role.ADMIN, true),
    CLIENT_UPDATES("client-updates", "Client updates", Role.ADMIN, true),
    PREVIEW("preview", "Preview as a technician", Role.ADMIN, true),
    SETTINGS("settings", "Mobile offline settings", Role.ADMIN, true),
    SYNC_ERRORS("sync-errors", "Sync errors", Role.DISPATCHER, true),
    SYNC_HEALTH("sync-health", "Sync health", Role.DISPATCHER, true);

    private final String path;
    private final String label;
    private final Role least;
    private final boolean navigation;

    ConsolePage(String path, String label, Role least, boolean navigation) {
        this.path = path;
        this.label = label;
        this.least = least;
        this.navigation = navigation;
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

    /** @return the pages of the navigation a role may open, in its order */
    static List<ConsolePage> allowedFor(Role role) {
        return Arrays.stream(values()).filter(page -> page.navigation && page.allows(role)).toList();
    }
}
