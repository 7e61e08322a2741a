package org.fieldbook.backoffice.internal.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;

import org.fieldbook.backoffice.BackOfficeServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The shipped booking filter, evaluated by the real server: start or end from seven days before to seven after today. */
class ShippedBookingWindowTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path data;

    @Test
    void bookingsStartingOrEndingWithinSevenDaysEitherSideOfTodayAreDownloaded() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String filter = Definitions.item(ShippedProfile.load().profile(), "bookableresourcebooking").getCustomFilter();
        try (BackOfficeServer server = BackOfficeServer.start("127.0.0.1", 0, data.resolve("db"))) {
            book(server, "before", at(today.minusDays(8), 10), at(today.minusDays(8), 11));
            book(server, "first day", at(today.minusDays(7), 0), at(today.minusDays(7), 1));
            book(server, "ends in", at(today.minusDays(8), 23), at(today.minusDays(7), 1));
            book(server, "today", at(today, 9), at(today, 10));
            book(server, "last day", at(today.plusDays(7), 23), at(today.plusDays(8), 1));
            book(server, "after", at(today.plusDays(8), 1), at(today.plusDays(8), 2));

            assertThat(names(server, filter)).containsExactlyInAnyOrder("first day", "ends in", "today", "last day");
        }
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).toInstant(ZoneOffset.UTC);
    }

    private static void book(BackOfficeServer server, String name, Instant start, Instant end) throws Exception {
        String body = "{\"name\":\"" + name + "\",\"starttime\":\"" + start + "\",\"endtime\":\"" + end + "\"}";
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(server.serviceRoot().resolve("bookableresourcebookings"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(204);
    }

    private static Set<String> names(BackOfficeServer server, String filter) throws Exception {
        URI query = server.serviceRoot().resolve("bookableresourcebookings?$select=name&$filter="
                + URLEncoder.encode(filter, StandardCharsets.UTF_8).replace("+", "%20"));
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(query).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        Set<String> names = new HashSet<>();
        new ObjectMapper().readTree(page.body()).path("value").forEach(row -> names.add(row.path("name").asText()));
        return names;
    }
}
