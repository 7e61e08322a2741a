package org.fieldbook.ui.internal.workorders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * After a status step the form shows the next step's buttons, often where the finger just was (Arrive where
 * Travel was). A second tap that comes a moment later, too slow to be a double tap, would take a step the
 * technician never meant; so for a short while after a step its booking's buttons take no taps. The form's
 * clock measures it, so a test moves time instead of waiting.
 */
final class StepGuard {

    /** Longer than a hesitant second tap, shorter than reading the new buttons. */
    static final Duration PAUSE = Duration.ofMillis(700);

    private final Supplier<Clock> clock;
    private Instant lastStep;

    StepGuard(Supplier<Clock> clock) {
        this.clock = clock;
    }

    /** A step was stored now: the buttons that follow it wait for {@link #PAUSE}. */
    void stepped() {
        lastStep = clock.get().instant();
    }

    /** @return whether a tap now may take a step (a clock set back before the last step does not lock the buttons) */
    boolean takesTaps() {
        Instant now = clock.get().instant();
        return lastStep == null || now.isBefore(lastStep) || !now.isBefore(lastStep.plus(PAUSE));
    }
}
