package org.fieldbook.updates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

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
}
