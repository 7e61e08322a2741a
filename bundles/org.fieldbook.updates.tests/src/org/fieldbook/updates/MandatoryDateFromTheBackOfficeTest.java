package org.fieldbook.updates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fieldbook.backoffice.BackOfficeServer;
import org.fieldbook.backoffice.BackOfficeSettings;
import org.fieldbook.backoffice.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract between the two sides: a date an administrator sets through the back office's console calls is the
 * date the device's {@link MandatoryUpdates#fetch(URI)} reads from the update site, and the update it applies to.
 */
class MandatoryDateFromTheBackOfficeTest {

    private static final Pattern CSRF = Pattern.compile("\"csrf\":\"([^\"]+)\"");

    @TempDir
    Path temp;

    @Test
    void aDateSetInTheConsoleIsTheDeviceDeadlineForAnUpdateReachingItsVersion() throws Exception {
        Path site = Files.createDirectories(temp.resolve("site"));
        try (BackOfficeServer server = BackOfficeServer.start(BackOfficeSettings.of(temp.resolve("db")).withAddress("127.0.0.1", 0)
                .withClientUpdates(site))) {
            server.addUser("admin", "a long enough secret".toCharArray(), Role.ADMIN, null);
            assertThat(MandatoryUpdates.fetch(server.clientUpdates())).as("no date yet").hasValue(MandatoryUpdates.NONE);

            HttpResponse<String> set = new Console(server).set("{\"version\":\"0.2\",\"mandatoryAfter\":\"2026-12-10T18:00+13:00\"}");
            assertThat(set.statusCode()).as(set.body()).isEqualTo(200);

            MandatoryUpdates read = MandatoryUpdates.fetch(server.clientUpdates()).orElseThrow();
            assertThat(read.deadline("0.1.0.202612011200", "0.2.0.202612041340")).isEqualTo(Instant.parse("2026-12-10T05:00:00Z"));
            assertThat(read.deadline("0.2.0.202612011200", "0.2.0.202612041340")).as("already at 0.2.0").isNull();
        }
    }

    /** The console's calls as its page makes them: a session cookie and the CSRF token. */
    private static final class Console {
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        private final URI root;

        Console(BackOfficeServer server) {
            this.root = server.serviceRoot().resolve("/admin/api/");
        }

        HttpResponse<String> set(String body) throws IOException, InterruptedException {
            send(HttpRequest.newBuilder(root.resolve("session")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"userName\":\"admin\",\"password\":\"a long enough secret\"}")));
            Matcher csrf = CSRF.matcher(send(HttpRequest.newBuilder(root.resolve("me"))).body());
            assertThat(csrf.find()).as("signed in").isTrue();
            return send(HttpRequest.newBuilder(root.resolve("client-updates/deadlines")).header("Content-Type", "application/json")
                    .header("X-CSRF-Token", csrf.group(1)).POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
