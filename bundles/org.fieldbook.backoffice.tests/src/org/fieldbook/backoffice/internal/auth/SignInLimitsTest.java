package org.fieldbook.backoffice.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.fieldbook.backoffice.internal.MovableClock;
import org.junit.jupiter.api.Test;

/** What sign-in backoff remembers stays bounded whatever the number of names and addresses tried. */
class SignInLimitsTest {

    private static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");

    @Test
    void manyNamesAndAddressesNeverOutgrowTheCapacity() {
        SignInLimits limits = new SignInLimits(5, Clock.fixed(NOW, ZoneOffset.UTC), 100);

        for (int i = 0; i < 5_000; i++) {
            limits.attempt("name" + i + "x".repeat(1_000), "10.0." + i / 256 + "." + i % 256);
        }

        assertThat(limits.remembered()).isLessThanOrEqualTo(3 * 100);
    }

    @Test
    void whatIsForgivenIsForgotten() {
        MovableClock clock = new MovableClock();
        SignInLimits limits = new SignInLimits(5, clock, 100);
        for (int i = 0; i < 50; i++) {
            limits.attempt("name" + i, "10.0.0." + i);
        }
        assertThat(limits.remembered()).isEqualTo(3 * 50);

        clock.advance(Duration.ofHours(1));
        limits.attempt("late", "10.0.1.1");

        assertThat(limits.remembered()).isEqualTo(3);
    }

    @Test
    void anIpv6ClientCountsByItsNetwork() {
        SignInLimits limits = new SignInLimits(1, Clock.fixed(NOW, ZoneOffset.UTC), 100);

        assertThat(limits.attempt("a", "2001:db8:0:1::1")).isZero();
        assertThat(limits.attempt("b", "2001:db8:0:1::2")).isZero();

        assertThat(limits.attempt("c", "2001:db8:0:1:ffff::3")).as("the same /64").isEqualTo(Duration.ofSeconds(1));
        assertThat(limits.attempt("d", "2001:db8:0:2::1")).as("another /64").isZero();
    }
}
