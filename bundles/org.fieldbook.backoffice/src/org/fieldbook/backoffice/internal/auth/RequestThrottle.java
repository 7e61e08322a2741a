package org.fieldbook.backoffice.internal.auth;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Dataverse's service protection, per user: at most {@code limit} requests in any {@code window}, as a token
 * bucket that refills continuously. A refused request learns how long to wait.
 */
public final class RequestThrottle {

    private final int limit;
    private final long windowNanos;
    private final LongSupplier clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RequestThrottle(int limit, Duration window) {
        this(limit, window, System::nanoTime);
    }

    RequestThrottle(int limit, Duration window, LongSupplier clock) {
        if (limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A throttle needs a limit of at least 1 in a positive window");
        }
        this.limit = limit;
        this.windowNanos = window.toNanos();
        this.clock = clock;
    }

    /** @return a wait as {@code Retry-After} says it: whole seconds, rounded up so a client never comes back too early */
    public static String retryAfter(Duration wait) {
        return Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000));
    }

    /** @return zero when {@code user} may make a request now, else how long until they may */
    public Duration acquire(String user) {
        return buckets.computeIfAbsent(user, name -> new Bucket(limit, clock.getAsLong())).take(clock.getAsLong());
    }

    private final class Bucket {
        private double tokens;
        private long refilledAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.refilledAt = now;
        }

        synchronized Duration take(long now) {
            tokens = Math.min(limit, tokens + (now - refilledAt) * (double) limit / windowNanos);
            refilledAt = now;
            if (tokens >= 1) {
                tokens--;
                return Duration.ZERO;
            }
            return Duration.ofNanos((long) Math.ceil((1 - tokens) * windowNanos / limit));
        }
    }
}
