package org.fieldbook.sync.internal.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Random;

/**
 * When the next cycle runs. After a success: when the first table is due again (its profile interval, five
 * minutes to an hour). After a failure: what the server asked for ({@code Retry-After}), else an exponential
 * back-off from 30 seconds to 30 minutes with ±20 % jitter, so a fleet coming back into coverage does not
 * hit the back office in step.
 */
final class SyncSchedule {

    static final Duration SHORTEST = Duration.ofMinutes(5);
    static final Duration LONGEST = Duration.ofHours(1);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    private static final Duration LONGEST_RETRY = Duration.ofMinutes(30);

    private final Clock clock;
    private final Random random;
    private int failures;
    private Instant next;

    SyncSchedule(Clock clock, Random random) {
        this.clock = clock;
        this.random = random;
        this.next = clock.instant();
    }

    /** @param due when each table is due next (from the sync states); empty before the first sync */
    synchronized void succeeded(Collection<Instant> due) {
        failures = 0;
        Instant now = clock.instant();
        Instant earliest = due.stream().min(Instant::compareTo).orElse(now.plus(SHORTEST));
        next = clamp(earliest, now.plus(SHORTEST), now.plus(LONGEST));
    }

    /** @param retryAfter what the server asked for, or null */
    synchronized void failed(Duration retryAfter) {
        failures++;
        Duration wait = retryAfter != null ? retryAfter : backOff();
        next = clock.instant().plus(wait);
    }

    /** @return whether a cycle should start now */
    synchronized boolean due() {
        return !clock.instant().isBefore(next);
    }

    /** @return whether the last cycle failed and the back-off has not passed: no upload passes either */
    synchronized boolean backingOff() {
        return failures > 0 && !due();
    }

    synchronized Instant next() {
        return next;
    }

    private Duration backOff() {
        long base = Math.min(LONGEST_RETRY.toMillis(), FIRST_RETRY.toMillis() << Math.min(failures - 1, 10));
        double jitter = 0.8 + 0.4 * random.nextDouble();
        return Duration.ofMillis((long) (base * jitter));
    }

    private static Instant clamp(Instant value, Instant lowest, Instant highest) {
        return value.isBefore(lowest) ? lowest : value.isAfter(highest) ? highest : value;
    }
}
