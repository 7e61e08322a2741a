package org.fieldbook.updates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.fieldbook.updates.RestartPolicy.Decision;
import org.junit.jupiter.api.Test;

class RestartPolicyTest {

    private static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");
    private final RestartPolicy policy = new RestartPolicy(Duration.ofHours(4));

    @Test
    void aSafeMomentGetsTheOffer() {
        assertThat(policy.decide(false, false, NOW, null, null)).isEqualTo(Decision.OFFER);
    }

    @Test
    void neverDuringASyncNorWithUnsavedEditsEvenPastTheDeadline() {
        Instant passed = NOW.minusSeconds(1);
        assertThat(policy.decide(true, false, NOW, null, null)).isEqualTo(Decision.WAIT);
        assertThat(policy.decide(false, true, NOW, null, null)).isEqualTo(Decision.WAIT);
        assertThat(policy.decide(true, false, NOW, null, passed)).isEqualTo(Decision.WAIT);
        assertThat(policy.decide(false, true, NOW, null, passed)).isEqualTo(Decision.WAIT);
    }

    @Test
    void aPostponementHoldsTheOfferUntilItEnds() {
        Instant until = policy.postpone(NOW, null);

        assertThat(until).isEqualTo(NOW.plus(Duration.ofHours(4)));
        assertThat(policy.decide(false, false, NOW.plusSeconds(60), until, null)).isEqualTo(Decision.WAIT);
        assertThat(policy.decide(false, false, until, until, null)).isEqualTo(Decision.OFFER);
    }

    @Test
    void pastTheDeadlineTheOfferCannotBePostponed() {
        Instant deadline = NOW.plus(Duration.ofHours(1));

        assertThat(policy.decide(false, false, NOW, null, deadline)).isEqualTo(Decision.OFFER);
        assertThat(policy.postpone(NOW, deadline)).as("a postponement ends at the deadline").isEqualTo(deadline);
        assertThat(policy.decide(false, false, deadline, policy.postpone(NOW, deadline), deadline)).isEqualTo(Decision.REQUIRE);
        assertThat(policy.decide(false, false, deadline.plusSeconds(1), deadline.plusSeconds(3600), deadline))
                .isEqualTo(Decision.REQUIRE);
    }

    @Test
    void aDeadlineSetInAucklandHoldsAtTheSameMomentForADeviceInLosAngeles() {
        Instant deadline = ZonedDateTime.of(2026, 12, 10, 18, 0, 0, 0, ZoneId.of("Pacific/Auckland")).toInstant();
        ZonedDateTime evening = ZonedDateTime.of(2026, 12, 9, 19, 0, 0, 0, ZoneId.of("America/Los_Angeles"));

        assertThat(policy.decide(false, false, evening.plusMinutes(119).toInstant(), null, deadline)).isEqualTo(Decision.OFFER);
        assertThat(policy.decide(false, false, evening.plusHours(2).toInstant(), null, deadline)).as("21:00 in Los Angeles")
                .isEqualTo(Decision.REQUIRE);
        assertThat(policy.postpone(evening.toInstant(), deadline).atZone(evening.getZone()).toLocalTime())
                .as("a postponement at 19:00 ends at 21:00 there, not 23:00").isEqualTo(LocalTime.of(21, 0));
    }

    @Test
    void aPostponementLastsItsHoursOfRealTimeAcrossAClockChange() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        ZonedDateTime beforeTheChange = ZonedDateTime.of(2026, 10, 25, 1, 0, 0, 0, berlin); // 03:00 CEST becomes 02:00 CET

        Instant until = policy.postpone(beforeTheChange.toInstant(), null);

        assertThat(Duration.between(beforeTheChange.toInstant(), until)).isEqualTo(Duration.ofHours(4));
        assertThat(until.atZone(berlin).toLocalTime()).as("the wall clock shows three hours later").isEqualTo(LocalTime.of(4, 0));
    }
}
