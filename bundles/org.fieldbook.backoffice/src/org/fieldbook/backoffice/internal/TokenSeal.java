package org.fieldbook.backoffice.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals the opaque tokens of paging and change tracking: a token is its text behind an HMAC-SHA256 of that
 * text and of what it belongs to (the table and query), so a token the server did not make, or one moved to
 * another query, is refused instead of read. The key is derived from the database's key, so tokens outlive
 * restarts (devices hold delta tokens for days) and only this database's server makes them.
 */
final class TokenSeal {

    private static final String ALGORITHM = "HmacSHA256";
    /** Characters of the seal at the start of a token: 16 bytes of the HMAC, base64url without padding. */
    private static final int SEAL_LENGTH = 22;
    private static final int SEAL_BYTES = 16;

    private final SecretKeySpec key;

    private TokenSeal(byte[] key) {
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    /**
     * @return the seal whose key is derived from the database's encryption key: an HMAC of a fixed label with
     *         it, so that the seal's key gives nothing away about the database's
     */
    static TokenSeal derivedFrom(String databaseKey) {
        TokenSeal database = new TokenSeal(databaseKey.strip().getBytes(StandardCharsets.US_ASCII));
        return new TokenSeal(database.digest("web api tokens", "").getBytes(StandardCharsets.US_ASCII));
    }

    /** @return {@code text} sealed for {@code context} */
    String seal(String text, String context) {
        return digest(context, text) + text;
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
        byte[] expected = digest(context, text).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, token.substring(0, SEAL_LENGTH).getBytes(StandardCharsets.US_ASCII))) {
            throw new IllegalArgumentException("not a token of this server and query");
        }
        return text;
    }

    private String digest(String context, String text) {
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
