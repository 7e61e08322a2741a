package org.fieldbook.backoffice.console.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.fieldbook.backoffice.internal.auth.Principal;

/**
 * The console's signed-in browsers, in memory: a restart signs everybody out. A session ends when signed
 * out or after {@link #IDLE_TIMEOUT} without a request; each has its own CSRF token.
 */
final class ConsoleSessions {

    static final Duration IDLE_TIMEOUT = Duration.ofMinutes(30);
    /** More sessions than this drop the expired ones first, then refuse (no browser keeps that many). */
    private static final int CAPACITY = 10_000;
    private static final int TOKEN_BYTES = 32;

    /** @param csrf the token every state-changing request of the session must carry */
    record Session(String id, Principal user, String csrf, Instant lastSeen) {
    }

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    ConsoleSessions(Clock clock) {
        this.clock = clock;
    }

    Session open(Principal user) {
        if (sessions.size() >= CAPACITY) {
            Instant now = clock.instant();
            sessions.values().removeIf(session -> expired(session, now));
            if (sessions.size() >= CAPACITY) {
                throw new IllegalStateException("Too many console sessions; try again later");
            }
        }
        Session session = new Session(token(), user, token(), clock.instant());
        sessions.put(session.id(), session);
        return session;
    }

    /** @return the live session with this id, seen now, or empty when there is none or it was idle too long */
    Optional<Session> touch(String id) {
        Session session = id == null ? null : sessions.get(id);
        Instant now = clock.instant();
        if (session == null || expired(session, now)) {
            if (session != null) {
                sessions.remove(id);
            }
            return Optional.empty();
        }
        Session seen = new Session(session.id(), session.user(), session.csrf(), now);
        sessions.put(id, seen);
        return Optional.of(seen);
    }

    void close(String id) {
        sessions.remove(id);
    }

    /** Compares in constant time, so the token cannot be guessed byte by byte from answer times. */
    static boolean sameToken(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                given.getBytes(StandardCharsets.US_ASCII));
    }

    private static boolean expired(Session session, Instant now) {
        return !now.isBefore(session.lastSeen().plus(IDLE_TIMEOUT));
    }

    private String token() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
