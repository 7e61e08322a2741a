package org.fieldbook.backoffice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.fieldbook.backoffice.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Refresh tokens rotate: each refresh hands out a new pair and retires the old one, access token included; a
 * retired refresh token presented again revokes every token of that sign-in.
 */
class WebApiRefreshRotationTest {

    @RegisterExtension
    static final BackOfficeFixture BACK_OFFICE = BackOfficeFixture.empty();

    private static WebApiSession admin;

    @BeforeAll
    static void addUsers() throws Exception {
        admin = BACK_OFFICE.newUser("root", Role.ADMIN).fieldbookApi();
        BACK_OFFICE.server().addUser("ada", WebApiSession.PASSWORD.toCharArray(), Role.TECHNICIAN, null);
    }

    @Test
    void aRefreshRetiresTheAccessTokenItReplaces() throws Exception {
        Pair first = signIn();
        Pair second = refresh(first);

        assertThat(status(first.access())).as("the access token before the refresh").isEqualTo(401);
        assertThat(status(second.access())).isEqualTo(200);
    }

    @Test
    void aReusedRefreshTokenRevokesEveryTokenOfItsSignIn() throws Exception {
        Pair first = signIn();
        Pair other = signIn();
        Pair second = refresh(first);

        HttpResponse<String> reused = refreshing(first.refresh());

        assertThat(reused.statusCode()).isEqualTo(400);
        assertThat(WebApiSession.JSON.readTree(reused.body()).path("error").asText()).isEqualTo("invalid_grant");
        assertThat(status(second.access())).as("the access token of the rotated family").isEqualTo(401);
        assertThat(refreshing(second.refresh()).statusCode()).as("its latest refresh token").isEqualTo(400);
        assertThat(status(other.access())).as("another sign-in of the same user").isEqualTo(200);
        assertThat(refreshing(other.refresh()).statusCode()).isEqualTo(200);
    }

    @Test
    void ofConcurrentRefreshesWithOneTokenAtMostOneRenewsAndTheFamilyIsRevoked() throws Exception {
        Pair first = signIn();
        int racers = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(racers);
        try {
            for (int i = 0; i < racers; i++) {
                Callable<HttpResponse<String>> racer = () -> {
                    start.await();
                    return refreshing(first.refresh());
                };
                answers.add(threads.submit(racer));
            }
            start.countDown();
            List<Pair> renewed = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get();
                assertThat(response.statusCode()).as(response.body()).isIn(200, 400);
                if (response.statusCode() == 200) {
                    renewed.add(pair(response));
                }
            }

            assertThat(renewed).hasSizeLessThanOrEqualTo(1);
            for (Pair winner : renewed) {
                assertThat(status(winner.access())).as("revoked by the racers that came second").isEqualTo(401);
                assertThat(refreshing(winner.refresh()).statusCode()).isEqualTo(400);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void changingThePasswordRevokesRefreshTokensToo() throws Exception {
        BACK_OFFICE.server().addUser("bea", WebApiSession.PASSWORD.toCharArray(), Role.DISPATCHER, null);
        Pair tokens = pair(WebApiSession.token(BACK_OFFICE.server(), "grant_type=password&username=bea&password="
                + WebApiSession.encode(WebApiSession.PASSWORD)));
        Pair renewed = refresh(tokens);

        assertThat(admin.send("PUT", "users/bea/password", "{\"password\":\"another one\"}").statusCode()).isEqualTo(204);

        assertThat(refreshing(renewed.refresh()).statusCode()).isEqualTo(400);
        assertThat(status(renewed.access())).isEqualTo(401);
    }

    private record Pair(String access, String refresh) {
    }

    private static Pair signIn() throws IOException, InterruptedException {
        return pair(WebApiSession.token(BACK_OFFICE.server(), "grant_type=password&username=ada&password="
                + WebApiSession.encode(WebApiSession.PASSWORD)));
    }

    private static Pair refresh(Pair old) throws IOException, InterruptedException {
        Pair renewed = pair(refreshing(old.refresh()));
        assertThat(renewed.refresh()).isNotEqualTo(old.refresh());
        return renewed;
    }

    private static HttpResponse<String> refreshing(String refreshToken) throws IOException, InterruptedException {
        return WebApiSession.token(BACK_OFFICE.server(), "grant_type=refresh_token&refresh_token=" + refreshToken);
    }

    private static Pair pair(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode tokens = WebApiSession.JSON.readTree(response.body());
        return new Pair(tokens.path("access_token").asText(), tokens.path("refresh_token").asText());
    }

    /** @return the status of a read of the booking statuses with {@code accessToken} */
    private static int status(String accessToken) throws IOException, InterruptedException {
        return WebApiSession.bearer(BACK_OFFICE.server(), accessToken).get("bookingstatuses").statusCode();
    }
}
