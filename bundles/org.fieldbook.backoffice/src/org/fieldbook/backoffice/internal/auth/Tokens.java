package org.fieldbook.backoffice.internal.auth;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.fieldbook.backoffice.Role;
import org.fieldbook.backoffice.internal.BackOfficeDatabase;

/**
 * Opaque bearer tokens: random, kept only as SHA-256 hashes with their expiry, so they survive a restart
 * and can be revoked. A password sign-in starts a family of tokens; each refresh moves the family on a
 * generation, with a new access and refresh token, and only the current generation's tokens work. A refresh
 * token presented a second time means two parties hold it, so the whole family is revoked.
 */
public final class Tokens {

    private static final int TOKEN_BYTES = 32;
    private static final String TOKEN = "SELECT U.USERNAME, U.ROLE, U.SYSTEMUSERID, T.FAMILY, T.GENERATION"
            + " FROM FB_TOKEN T JOIN FB_USER U ON U.USERNAME = T.USERNAME WHERE T.TOKEN_HASH = ? AND T.KIND = ? AND T.EXPIRES > ?";

    private final BackOfficeDatabase database;
    private final Duration accessLifetime;
    private final Duration refreshLifetime;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /** A pair handed to a client by the token endpoint. */
    public record Issued(String accessToken, String refreshToken, Duration expiresIn) {
    }

    /** An unexpired token as stored: its owner, its family, and the generation it was issued in. */
    private record Stored(Principal owner, String family, int generation) {
    }

    public Tokens(BackOfficeDatabase database, Duration accessLifetime, Duration refreshLifetime, Clock clock) {
        this.database = database;
        this.accessLifetime = accessLifetime;
        this.refreshLifetime = refreshLifetime;
        this.clock = clock;
    }

    /** @return new access and refresh tokens for the user, the first of a new family */
    public Issued issue(Principal user) {
        Instant now = clock.instant();
        purge(now);
        return database.transaction("issue tokens", connection -> {
            String family = newToken();
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO FB_TOKEN_FAMILY (FAMILY, USERNAME, GENERATION, EXPIRES) VALUES (?, ?, 1, ?)")) {
                insert.setString(1, family);
                insert.setString(2, user.userName());
                insert.setTimestamp(3, Timestamp.from(familyExpiry(now)));
                insert.executeUpdate();
            }
            return issue(connection, user.userName(), family, 1, now);
        });
    }

    /** @return the user an unexpired access token of its family's current generation belongs to */
    public Optional<Principal> principalOf(String accessToken) {
        return database.read("check a token", connection -> {
            Optional<Stored> token = find(connection, accessToken, "access");
            return token.isPresent() && generation(connection, token.get().family()).orElse(0) == token.get().generation()
                    ? token.map(Stored::owner) : Optional.empty();
        });
    }

    /**
     * Rotates a family: for its current refresh token, new tokens of the next generation, after which the
     * tokens of the earlier ones stop working. Refreshes of one family run one at a time (the family's row is
     * locked), so of two with the same token only the first rotates; the second, like any refresh token
     * presented again, revokes the family.
     *
     * @return the new tokens, or nothing when the refresh token is unknown, expired or used already
     */
    public Optional<Issued> refresh(String refreshToken) {
        Instant now = clock.instant();
        purge(now);
        return database.transaction("refresh tokens", connection -> {
            Optional<Stored> presented = find(connection, refreshToken, "refresh");
            if (presented.isEmpty()) {
                return Optional.empty();
            }
            Stored token = presented.get();
            Optional<Integer> next = advance(connection, token.family(), now);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            if (next.get() != token.generation() + 1) {
                revoke(connection, "FAMILY", token.family());
                ILog.of(Tokens.class).warn("A used refresh token of " + token.owner().userName()
                        + " was presented again: every token of that sign-in is revoked");
                return Optional.empty();
            }
            return Optional.of(issue(connection, token.owner().userName(), token.family(), next.get(), now));
        });
    }

    /** Revokes every token of {@code userName}, in the caller's transaction. */
    static void revokeAll(Connection connection, String userName) throws SQLException {
        revoke(connection, "USERNAME", userName);
    }

    /** @return the family's generation after moving it on, or nothing when it has been revoked */
    private Optional<Integer> advance(Connection connection, String family, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE FB_TOKEN_FAMILY SET GENERATION = GENERATION + 1, EXPIRES = ? WHERE FAMILY = ?")) {
            update.setTimestamp(1, Timestamp.from(familyExpiry(now)));
            update.setString(2, family);
            if (update.executeUpdate() == 0) {
                return Optional.empty();
            }
        }
        return generation(connection, family);
    }

    /** @return the family's current generation, nothing once it has been revoked */
    private static Optional<Integer> generation(Connection connection, String family) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT GENERATION FROM FB_TOKEN_FAMILY WHERE FAMILY = ?")) {
            query.setString(1, family);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getInt(1)) : Optional.empty();
            }
        }
    }

    private static void revoke(Connection connection, String column, String value) throws SQLException {
        // Deleting a family deletes its tokens (ON DELETE CASCADE).
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM FB_TOKEN_FAMILY WHERE " + column + " = ?")) {
            delete.setString(1, value);
            delete.executeUpdate();
        }
    }

    private Issued issue(Connection connection, String userName, String family, int generation, Instant now) throws SQLException {
        String access = newToken();
        String refresh = newToken();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO FB_TOKEN (TOKEN_HASH, USERNAME, KIND, EXPIRES, FAMILY, GENERATION) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(2, userName);
            insert.setString(5, family);
            insert.setInt(6, generation);
            store(insert, access, "access", now.plus(accessLifetime));
            store(insert, refresh, "refresh", now.plus(refreshLifetime));
            insert.executeBatch();
        }
        return new Issued(access, refresh, accessLifetime);
    }

    /**
     * Deletes expired families with their tokens, and expired tokens of the others, in a transaction of its own
     * that holds no other lock while it waits for one.
     */
    private void purge(Instant now) {
        database.transaction("forget expired tokens", connection -> {
            for (String table : new String[] { "FB_TOKEN_FAMILY", "FB_TOKEN" }) {
                try (PreparedStatement purge = connection.prepareStatement("DELETE FROM " + table + " WHERE EXPIRES < ?")) {
                    purge.setTimestamp(1, Timestamp.from(now));
                    purge.executeUpdate();
                }
            }
            return null;
        });
    }

    /** A family lasts as long as the longest-lived token of its latest generation. */
    private Instant familyExpiry(Instant now) {
        return now.plus(accessLifetime.compareTo(refreshLifetime) > 0 ? accessLifetime : refreshLifetime);
    }

    private static void store(PreparedStatement insert, String token, String kind, Instant expires) throws SQLException {
        insert.setString(1, Digests.sha256(token));
        insert.setString(3, kind);
        insert.setTimestamp(4, Timestamp.from(expires));
        insert.addBatch();
    }

    private Optional<Stored> find(Connection connection, String token, String kind) throws SQLException {
        // The token alone, not joined to its family: a reader waiting for a family that a refresh has locked
        // must not hold a lock on a token that the refresh may delete.
        try (PreparedStatement query = connection.prepareStatement(TOKEN)) {
            query.setString(1, Digests.sha256(token));
            query.setString(2, kind);
            query.setTimestamp(3, Timestamp.from(clock.instant()));
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(new Stored(new Principal(rows.getString(1), Role.of(rows.getString(2)),
                        rows.getString(3)), rows.getString(4), rows.getInt(5))) : Optional.empty();
            }
        }
    }

    private String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
