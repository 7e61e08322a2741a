package org.fieldbook.backoffice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import org.fieldbook.backoffice.BackOfficeServer;
import org.fieldbook.backoffice.BackOfficeSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tokens issued before refresh tokens came in families keep working after the upgrade, and rotate from then on. */
class TokenFamiliesUpgradeTest {

    @Test
    void tokensIssuedBeforeTheUpgradeStillWorkAndRotate(@TempDir Path folder) throws Exception {
        Path data = folder.resolve("db");
        try (BackOfficeDatabase old = BackOfficeDatabase.openBefore(data, "009-token-families.sql")) {
            old.transaction("sign in before the upgrade", connection -> {
                try (PreparedStatement user = connection.prepareStatement("INSERT INTO FB_USER VALUES ('old', ?, 'dispatcher', 'x', ?)");
                        PreparedStatement token = connection.prepareStatement("INSERT INTO FB_TOKEN VALUES (?, 'old', ?, ?)")) {
                    user.setString(1, "00000000-0000-0000-0000-00000000000a");
                    user.setTimestamp(2, Timestamp.from(Instant.now()));
                    user.executeUpdate();
                    for (String kind : new String[] { "access", "refresh" }) {
                        token.setString(1, sha256("old-" + kind));
                        token.setString(2, kind);
                        token.setTimestamp(3, Timestamp.from(Instant.now().plus(Duration.ofHours(1))));
                        token.executeUpdate();
                    }
                }
                return null;
            });
        }

        try (BackOfficeServer server = BackOfficeServer.start(BackOfficeSettings.of(data).withAddress("127.0.0.1", 0))) {
            assertThat(WebApiSession.bearer(server, "old-access").get("bookingstatuses").statusCode()).isEqualTo(200);
            String refreshed = WebApiSession.token(server, "grant_type=refresh_token&refresh_token=old-refresh").body();
            String access = WebApiSession.JSON.readTree(refreshed).path("access_token").asText();

            assertThat(WebApiSession.bearer(server, access).get("bookingstatuses").statusCode()).as(refreshed).isEqualTo(200);
            assertThat(WebApiSession.token(server, "grant_type=refresh_token&refresh_token=old-refresh").statusCode()).isEqualTo(400);
            assertThat(WebApiSession.bearer(server, access).get("bookingstatuses").statusCode()).as("revoked by the reuse").isEqualTo(401);
        }
    }

    /** As the back office keeps a token. */
    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
