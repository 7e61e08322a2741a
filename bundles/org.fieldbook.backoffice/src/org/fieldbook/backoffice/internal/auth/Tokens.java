package org.fieldbook.backoffice.internal.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.fieldbook.backoffice.Role;
import org.fieldbook.backoffice.internal.BackOfficeDatabase;

/**
 * Opaque bearer tokens: random, kept only as SHA-256 hashes with their expiry, so they survive a restart
 * and can be revoked. A refresh token is used once: refreshing replaces it.
 */
public final class Tokens {

    private static final int TOKEN_BYTES = 32;

    private final BackOfficeDatabase database;
    private final Duration accessLifetime;
    private final Duration refreshLifetime;
    private final SecureRandom random = new SecureRandom();

    /** A pair handed to a client by the token endpoint. */
    public record Issued(String accessToken, String refreshToken, Duration expiresIn) {
    }

    public Tokens(BackOfficeDatabase database, Duration accessLifetime, Duration refreshLifetime) {
        this.database = database;
        this.accessLifetime = accessLifetime;
        this.refreshLifetime = refreshLifetime;
    }

    /** @return new access and refresh tokens for the user */
    public Issued issue(Principal user) {
        return database.transaction("issue tokens", connection -> issue(connection, user.userName()));
    }

    /** @return the user an unexpired access token belongs to */
    public Optional<Principal> principalOf(String accessToken) {
        return database.read("check a token", connection -> owner(connection, accessToken, "access"));
    }

    /** @return new tokens for an unexpired refresh token, which stops working */
    public Optional<Issued> refresh(String refreshToken) {
        return database.transaction("refresh tokens", connection -> {
            Optional<Principal> owner = owner(connection, refreshToken, "refresh");
            if (owner.isEmpty()) {
                return Optional.empty();
            }
            try (PreparedStatement used = connection.prepareStatement("DELETE FROM FB_TOKEN WHERE TOKEN_HASH = ?")) {
                used.setString(1, hash(refreshToken));
                used.executeUpdate();
            }
            return Optional.of(issue(connection, owner.get().userName()));
        });
    }

    private Issued issue(Connection connection, String userName) throws SQLException {
        Instant now = Instant.now();
        try (PreparedStatement purge = connection.prepareStatement("DELETE FROM FB_TOKEN WHERE EXPIRES < ?")) {
            purge.setTimestamp(1, Timestamp.from(now));
            purge.executeUpdate();
        }
        String access = newToken();
        String refresh = newToken();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO FB_TOKEN (TOKEN_HASH, USERNAME, KIND, EXPIRES) VALUES (?, ?, ?, ?)")) {
            store(insert, access, userName, "access", now.plus(accessLifetime));
            store(insert, refresh, userName, "refresh", now.plus(refreshLifetime));
            insert.executeBatch();
        }
        return new Issued(access, refresh, accessLifetime);
    }

    private static void store(PreparedStatement insert, String token, String userName, String kind, Instant expires)
            throws SQLException {
        insert.setString(1, hash(token));
        insert.setString(2, userName);
        insert.setString(3, kind);
        insert.setTimestamp(4, Timestamp.from(expires));
        insert.addBatch();
    }

    private static Optional<Principal> owner(Connection connection, String token, String kind) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT U.USERNAME, U.ROLE, U.SYSTEMUSERID FROM FB_TOKEN T"
                + " JOIN FB_USER U ON U.USERNAME = T.USERNAME WHERE T.TOKEN_HASH = ? AND T.KIND = ? AND T.EXPIRES > ?")) {
            query.setString(1, hash(token));
            query.setString(2, kind);
            query.setTimestamp(3, Timestamp.from(Instant.now()));
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(new Principal(rows.getString(1), Role.of(rows.getString(2)), rows.getString(3)))
                        : Optional.empty();
            }
        }
    }

    private String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
