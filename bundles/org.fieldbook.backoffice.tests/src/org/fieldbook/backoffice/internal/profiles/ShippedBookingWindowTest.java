package org.fieldbook.backoffice.internal.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;

import org.fieldbook.backoffice.BackOfficeServer;
import org.fieldbook.backoffice.Role;
import org.fieldbook.backoffice.internal.WebApiSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped booking filter, evaluated by the real server: start or end from seven days before to seven after today. */
class ShippedBookingWindowTest {

    @TempDir
    Path data;

    @Test
    void bookingsStartingOrEndingWithinSevenDaysEitherSideOfTodayAreDownloaded() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String filter = Definitions.item(ShippedProfile.load().profile(), "bookableresourcebooking").getCustomFilter();
        try (BackOfficeServer server = BackOfficeServer.start("127.0.0.1", 0, data.resolve("db"))) {
            WebApiSession api = WebApiSession.newUser(server, "dispatcher", Role.DISPATCHER, null);
            book(api, "before", at(today.minusDays(8), 10), at(today.minusDays(8), 11));
            book(api, "first day", at(today.minusDays(7), 0), at(today.minusDays(7), 1));
            book(api, "ends in", at(today.minusDays(8), 23), at(today.minusDays(7), 1));
            book(api, "today", at(today, 9), at(today, 10));
            book(api, "last day", at(today.plusDays(7), 23), at(today.plusDays(8), 1));
            book(api, "after", at(today.plusDays(8), 1), at(today.plusDays(8), 2));

            assertThat(names(api, filter)).containsExactlyInAnyOrder("first day", "ends in", "today", "last day");
        }
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).toInstant(ZoneOffset.UTC);
    }

    private static void book(WebApiSession api, String name, Instant start, Instant end) throws Exception {
        String body = "{\"name\":\"" + name + "\",\"starttime\":\"" + start + "\",\"endtime\":\"" + end + "\"}";
        HttpResponse<String> created = api.send("POST", "bookableresourcebookings", body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(204);
    }

    private static Set<String> names(WebApiSession api, String filter) throws Exception {
        Set<String> names = new HashSet<>();
        api.json("bookableresourcebookings?$select=name&$filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8)
                .replace("+", "%20")).path("value").forEach(row -> names.add(row.path("name").asText()));
        return names;
    }
}
