package org.fieldbook.backoffice.internal.auth;

import java.time.Duration;
import java.time.Instant;

/**
 * Failed attempts of one kind (one user name, one address…) and the wait they impose: none for the first
 * {@code free} failures, then 1 s after the next, doubling with each further failure up to 30 s, counted
 * from the latest failure. Each minute without a failure forgives one.
 */
final class Backoff {

    static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    static final Duration MAX_DELAY = Duration.ofSeconds(30);
    static final Duration FORGIVE_ONE_EVERY = Duration.ofMinutes(1);
    /** More doublings than this reach {@link #MAX_DELAY} anyway; stops the shift from overflowing. */
    private static final int MAX_DOUBLINGS = 16;

    private final int free;
    private int failures;
    private Instant lastFailure = Instant.MIN;

    Backoff(int free) {
        this.free = free;
    }

    /** @return how long until the next attempt, zero when it may be made now */
    Duration waitAt(Instant now) {
        Duration wait = Duration.between(now, lastFailure.plus(delay(failures)));
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    void fail(Instant now) {
        failures = failuresAt(now) + 1;
        lastFailure = now;
    }

    /** Takes back {@code count} failures, e.g. those a correct password shows were the user's own typing. */
    void forgive(int count, Instant now) {
        failures = Math.max(0, failuresAt(now) - count);
    }

    /** @return the failures not forgiven yet */
    int failuresAt(Instant now) {
        // A clock set back forgives nothing rather than adding failures.
        long forgiven = Math.max(0, Duration.between(lastFailure, now).dividedBy(FORGIVE_ONE_EVERY));
        return (int) Math.max(0, failures - forgiven);
    }

    /** @return whether this backoff counts nothing and imposes nothing any more, so it can be forgotten */
    boolean idleAt(Instant now) {
        return failuresAt(now) == 0 && waitAt(now).isZero();
    }

    private Duration delay(int count) {
        if (count <= free) {
            return Duration.ZERO;
        }
        Duration delay = FIRST_DELAY.multipliedBy(1L << Math.min(MAX_DOUBLINGS, count - free - 1));
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }
}
