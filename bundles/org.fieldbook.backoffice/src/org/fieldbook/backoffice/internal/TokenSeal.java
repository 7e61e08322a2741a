package org.fieldbook.backoffice.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals the opaque tokens of paging and change tracking: a token is its text behind an HMAC-SHA256 of that
 * text and of what it belongs to (the table and query), so a token the server did not make, or one moved to
 * another query, is refused instead of read. The key lives in the database and outlives restarts.
 */
final class TokenSeal {

    private static final String ALGORITHM = "HmacSHA256";
    private static final String KEY_NAME = "web-api-tokens";
    /** Characters of the seal at the start of a token: 16 bytes of the HMAC, base64url without padding. */
    private static final int SEAL_LENGTH = 22;
    private static final int SEAL_BYTES = 16;

    private final SecretKeySpec key;

    private TokenSeal(byte[] key) {
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    /** @return the seal with the database's key, made on first use */
    static TokenSeal of(BackOfficeDatabase database) {
        String secret = database.transaction("read the token key", connection -> {
            try (PreparedStatement read = connection.prepareStatement("SELECT SECRET FROM FB_SECRET WHERE NAME = ?")) {
                read.setString(1, KEY_NAME);
                try (ResultSet rows = read.executeQuery()) {
                    if (rows.next()) {
                        return rows.getString(1);
                    }
                }
            }
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            String text = HexFormat.of().formatHex(fresh);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO FB_SECRET (NAME, SECRET) VALUES (?, ?)")) {
                insert.setString(1, KEY_NAME);
                insert.setString(2, text);
                insert.executeUpdate();
            }
            return text;
        });
        return new TokenSeal(HexFormat.of().parseHex(secret));
    }

    /** @return {@code text} sealed for {@code context} */
    String seal(String text, String context) {
        return mac(text, context) + text;
    }

    /**
     * @return the text of a token sealed for {@code context}
     * @throws IllegalArgumentException when the token was not made by this server for this context
     */
    String open(String token, String context) {
        if (token.length() <= SEAL_LENGTH) {
            throw new IllegalArgumentException("not a sealed token");
        }
        String text = token.substring(SEAL_LENGTH);
        byte[] expected = mac(text, context).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, token.substring(0, SEAL_LENGTH).getBytes(StandardCharsets.US_ASCII))) {
            throw new IllegalArgumentException("not a token of this server and query");
        }
        return text;
    }

    private String mac(String text, String context) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(context.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            byte[] digest = mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, SEAL_BYTES));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
