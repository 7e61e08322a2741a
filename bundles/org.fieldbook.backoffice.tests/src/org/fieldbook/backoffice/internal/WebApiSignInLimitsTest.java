package org.fieldbook.backoffice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.fieldbook.backoffice.BackOfficeServer;
import org.fieldbook.backoffice.BackOfficeSettings;
import org.fieldbook.backoffice.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Failed sign-ins slow down their client address and, for addresses that failed for it, their user name;
 * never the right password from an address that has not failed. Each test plays its clients from addresses
 * of its own, and a clock it moves replaces waiting.
 */
class WebApiSignInLimitsTest {

    private static final MovableClock CLOCK = new MovableClock();
    private static final String WRONG = "guess";

    @TempDir
    static Path data;

    private static BackOfficeServer server;
    private static int free;

    @BeforeAll
    static void start() {
        BackOfficeSettings settings = BackOfficeSettings.of(data.resolve("db")).withAddress("127.0.0.1", 0);
        free = settings.signInLimit();
        server = BackOfficeServer.start(settings, CLOCK);
        for (String user : new String[] { "ada", "bea", "cy", "dan", "eve" }) {
            server.addUser(user, WebApiSession.PASSWORD.toCharArray(), Role.TECHNICIAN, null);
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void wrongPasswordsSlowTheirAddressWhileTheRightPasswordWorksFromAnother() throws Exception {
        ClientAddress guesser = new ClientAddress("127.0.0.2");
        failFreely(guesser, "ada");

        ClientAddress.Answer held = guesser.signIn(server, "ada", WRONG);
        assertThat(held.status()).isEqualTo(429);
        assertThat(held.header("Retry-After")).hasValue("1");
        assertThat(held.json().path("error").asText()).isEqualTo("slow_down");
        assertThat(held.json().path("error_description").asText()).isNotEmpty();
        assertThat(guesser.signIn(server, "ada", WebApiSession.PASSWORD).status()).as("even the right password, unchecked")
                .isEqualTo(429);
        assertThat(new ClientAddress("127.0.0.3").signIn(server, "ada", WebApiSession.PASSWORD).status())
                .as("the user on their own device").isEqualTo(200);
    }

    @Test
    void onePasswordTriedAcrossManyNamesIsSlowed() throws Exception {
        ClientAddress sprayer = new ClientAddress("127.0.0.4");
        for (int i = 0; i <= free; i++) {
            assertThat(sprayer.signIn(server, "nobody" + i, "Summer2026!").status()).isEqualTo(400);
        }

        ClientAddress.Answer held = sprayer.signIn(server, "nobody-else", "Summer2026!");
        assertThat(held.status()).isEqualTo(429);
        assertThat(held.header("Retry-After")).isPresent();
    }

    @Test
    void eachFurtherFailureDoublesTheWaitUpToHalfAMinuteAndTheRightPasswordWorksOnceItIsOver() throws Exception {
        ClientAddress typist = new ClientAddress("127.0.0.5");
        failFreely(typist, "bea");
        List<String> waits = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String wait = typist.signIn(server, "bea", WebApiSession.PASSWORD).header("Retry-After").orElseThrow();
            waits.add(wait);
            CLOCK.advance(Duration.ofSeconds(Long.parseLong(wait)));
            assertThat(typist.signIn(server, "bea", WRONG).status()).as("a guess once the wait is over").isEqualTo(400);
        }
        assertThat(waits).containsExactly("1", "2", "4", "8", "16", "30", "30");

        CLOCK.advance(Duration.ofSeconds(30));
        assertThat(typist.signIn(server, "bea", WebApiSession.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void aCorrectSignInTakesBackTheFailuresBeforeIt() throws Exception {
        ClientAddress typist = new ClientAddress("127.0.0.6");
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < free; i++) {
                assertThat(typist.signIn(server, "cy", WRONG).status()).as("typo %d of round %d", i + 1, round + 1).isEqualTo(400);
            }
            assertThat(typist.signIn(server, "cy", WebApiSession.PASSWORD).status()).isEqualTo(200);
        }
    }

    @Test
    void aUsersFailuresHoldBackOnlyTheAddressesThatFailedForThem() throws Exception {
        List<ClientAddress> botnet = new ArrayList<>();
        for (int i = 1; i <= free + 1; i++) {
            ClientAddress bot = new ClientAddress("127.0.1." + i);
            assertThat(bot.signIn(server, "dan", WRONG).status()).as("a fresh address's first guess").isEqualTo(400);
            botnet.add(bot);
        }

        assertThat(botnet.get(0).signIn(server, "dan", WRONG).status()).as("an address that failed for dan").isEqualTo(429);
        assertThat(new ClientAddress("127.0.1.100").signIn(server, "dan", WebApiSession.PASSWORD).status())
                .as("dan from a clean address").isEqualTo(200);
    }

    @Test
    void concurrentGuessesCannotAllSlipThroughOneOpening() throws Exception {
        ClientAddress guesser = new ClientAddress("127.0.0.7");
        int guesses = 16;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(guesses);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < guesses; i++) {
                Callable<Integer> guess = () -> {
                    go.await();
                    return guesser.signIn(server, "eve", WRONG).status();
                };
                statuses.add(threads.submit(guess));
            }
            go.countDown();
            int checked = 0;
            for (Future<Integer> status : statuses) {
                assertThat(status.get()).isIn(400, 429);
                checked += status.get() == 400 ? 1 : 0;
            }

            assertThat(checked).as("passwords checked").isEqualTo(free + 1);
        } finally {
            threads.shutdownNow();
        }
    }

    /** Makes the failures an address is allowed before it must wait: the last of them starts the first wait. */
    private static void failFreely(ClientAddress client, String user) throws IOException {
        for (int i = 0; i <= free; i++) {
            assertThat(client.signIn(server, user, WRONG).status()).as("guess %d", i + 1).isEqualTo(400);
        }
    }
}
