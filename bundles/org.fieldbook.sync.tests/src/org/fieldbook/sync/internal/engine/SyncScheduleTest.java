package org.fieldbook.sync.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** When the next cycle runs, with an injected clock. */
class SyncScheduleTest {

    private static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");

    private final MovableClock clock = new MovableClock(NOW);
    private final SyncSchedule schedule = new SyncSchedule(clock, new Random(1));

    @Test
    void aNewDeviceSyncsAtOnce() {
        assertThat(schedule.due()).isTrue();
    }

    @Test
    void afterASuccessTheFirstDueTableSetsTheTimeWithinFiveMinutesAndAnHour() {
        schedule.succeeded(List.of(NOW.plus(Duration.ofMinutes(10)), NOW.plus(Duration.ofMinutes(30))));
        assertThat(schedule.next()).isEqualTo(NOW.plus(Duration.ofMinutes(10)));

        schedule.succeeded(List.of(NOW.plus(Duration.ofMinutes(1))));
        assertThat(schedule.next()).as("never more often than every five minutes").isEqualTo(NOW.plus(Duration.ofMinutes(5)));

        schedule.succeeded(List.of(NOW.plus(Duration.ofDays(1))));
        assertThat(schedule.next()).as("a daily table still syncs hourly").isEqualTo(NOW.plus(Duration.ofHours(1)));

        clock.now = NOW.plus(Duration.ofMinutes(59));
        assertThat(schedule.due()).isFalse();
        clock.now = NOW.plus(Duration.ofHours(1));
        assertThat(schedule.due()).isTrue();
    }

    @Test
    void failuresBackOffExponentiallyWithJitterUpToHalfAnHour() {
        Duration previous = Duration.ZERO;
        for (int failure = 1; failure <= 5; failure++) {
            schedule.failed(null);
            Duration wait = Duration.between(NOW, schedule.next());
            Duration base = Duration.ofSeconds(30L << (failure - 1));
            assertThat(wait).as("failure %d", failure).isBetween(base.multipliedBy(8).dividedBy(10), base.multipliedBy(12).dividedBy(10));
            assertThat(wait).isGreaterThan(previous);
            previous = wait;
        }
        for (int failure = 0; failure < 10; failure++) {
            schedule.failed(null);
        }
        assertThat(Duration.between(NOW, schedule.next())).isLessThanOrEqualTo(Duration.ofMinutes(36));
        assertThat(schedule.backingOff()).isTrue();
    }

    @Test
    void theServersRetryAfterWins() {
        schedule.failed(Duration.ofSeconds(7));

        assertThat(schedule.next()).isEqualTo(NOW.plusSeconds(7));
        clock.now = NOW.plusSeconds(7);
        assertThat(schedule.due()).isTrue();
        assertThat(schedule.backingOff()).isFalse();
    }

    @Test
    void twoDevicesFailingTogetherRetryApart() {
        SyncSchedule other = new SyncSchedule(clock, new Random(2));

        schedule.failed(null);
        other.failed(null);

        assertThat(schedule.next()).isNotEqualTo(other.next());
    }

    /** A clock the test moves. */
    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
