package org.fieldbook.updates;

import java.net.URI;

/**
 * Where an update stands.
 *
 * @param site the repository checked
 * @param outcome what was found or done
 * @param version the newer version, for {@link Outcome#AVAILABLE} and after
 * @param message why the site was refused, in words for the technician and the log; null otherwise
 * @param plan p2's operation behind an available update (opaque to callers), or null
 */
public record UpdateCheck(URI site, Outcome outcome, String version, String message, Object plan) {

    /** What a check found, and how far the update got. */
    public enum Outcome {
        /** The installed version is the newest the site holds. */
        NONE,
        /** A newer version is there, not downloaded yet. */
        AVAILABLE,
        /** Downloaded and verified; nothing installed changed. */
        DOWNLOADED,
        /** Applied to the profile; a restart starts the new version. */
        APPLIED,
        /** The site or the update cannot be used; nothing changed. */
        REFUSED
    }

    public static UpdateCheck refused(URI site, String message) {
        return new UpdateCheck(site, Outcome.REFUSED, null, message, null);
    }

    /** @return this check moved on to {@code next}, still for the same version and plan */
    public UpdateCheck then(Outcome next) {
        return new UpdateCheck(site, next, version, message, plan);
    }
}
