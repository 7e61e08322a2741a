package org.fieldbook.updates;

import java.time.Duration;
import java.time.Instant;

/**
 * When the client may offer the technician to restart into a downloaded update: never during a sync, never
 * while a form holds unsaved edits; not again before a postponement ends; and without a choice to postpone once
 * the administrator's deadline (an update made mandatory after a date) has passed.
 *
 * @param postponement how long "later" lasts
 */
public record RestartPolicy(Duration postponement) {

    /** What the client does about a downloaded update right now. */
    public enum Decision {
        /** Say nothing yet: the moment is not safe, or the technician postponed. */
        WAIT,
        /** Offer a restart; the technician may postpone. */
        OFFER,
        /** Offer a restart without "later": the deadline has passed. */
        REQUIRE
    }

    /**
     * @param postponedUntil until when the technician postponed, or null
     * @param mandatoryAfter the administrator's deadline, or null for none
     */
    public Decision decide(boolean syncing, boolean unsavedEdits, Instant now, Instant postponedUntil, Instant mandatoryAfter) {
        if (syncing || unsavedEdits) {
            return Decision.WAIT;
        }
        if (mandatoryAfter != null && !now.isBefore(mandatoryAfter)) {
            return Decision.REQUIRE;
        }
        return postponedUntil != null && now.isBefore(postponedUntil) ? Decision.WAIT : Decision.OFFER;
    }

    /** @return until when a postponement chosen {@code now} lasts: never beyond the deadline */
    public Instant postpone(Instant now, Instant mandatoryAfter) {
        Instant until = now.plus(postponement);
        return mandatoryAfter != null && until.isAfter(mandatoryAfter) ? mandatoryAfter : until;
    }
}
