package org.fieldbook.updates;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.fieldbook.backoffice.BackOfficeServer;
import org.fieldbook.backoffice.BackOfficeSettings;
import org.fieldbook.backoffice.Role;
import org.fieldbook.tests.common.ConsoleCalls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract between the two sides: a date an administrator sets through the back office's console calls is the
 * date the device's {@link MandatoryUpdates#fetch(java.net.URI)} reads from the update site, and the update it applies to.
 */
class MandatoryDateFromTheBackOfficeTest {

    @TempDir
    Path temp;

    @Test
    void aDateSetInTheConsoleIsTheDeviceDeadlineForAnUpdateReachingItsVersion() throws Exception {
        Path site = Files.createDirectories(temp.resolve("site"));
        try (BackOfficeServer server = BackOfficeServer.start(BackOfficeSettings.of(temp.resolve("db")).withAddress("127.0.0.1", 0)
                .withClientUpdates(site))) {
            server.addUser("admin", "a long enough secret".toCharArray(), Role.ADMIN, null);
            assertThat(MandatoryUpdates.fetch(server.clientUpdates())).as("no date yet").hasValue(MandatoryUpdates.NONE);

            HttpResponse<String> set = ConsoleCalls.signIn(server.serviceRoot(), "admin", "a long enough secret")
                    .post("client-updates/deadlines", "{\"version\":\"0.2\",\"mandatoryAfter\":\"2026-12-10T18:00+13:00\"}");
            assertThat(set.statusCode()).as(set.body()).isEqualTo(200);

            MandatoryUpdates read = MandatoryUpdates.fetch(server.clientUpdates()).orElseThrow();
            assertThat(read.deadline("0.1.0.202612011200", "0.2.0.202612041340")).isEqualTo(Instant.parse("2026-12-10T05:00:00Z"));
            assertThat(read.deadline("0.2.0.202612011200", "0.2.0.202612041340")).as("already at 0.2.0").isNull();
        }
    }
}
