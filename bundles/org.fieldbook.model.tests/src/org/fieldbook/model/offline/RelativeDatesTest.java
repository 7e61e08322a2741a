package org.fieldbook.model.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** Relative dates are the device's days, at the moment of the sync. */
class RelativeDatesTest {

    private static final String WINDOW = "Microsoft.Dynamics.CRM.LastXDays(PropertyName='starttime',PropertyValue=7) or "
            + "Microsoft.Dynamics.CRM.NextXDays(PropertyName='endtime',PropertyValue=7)";

    @Test
    void theWindowIsSevenLocalDaysEitherSideOfToday() {
        Clock berlinMorning = Clock.fixed(Instant.parse("2026-11-27T07:30:00Z"), ZoneId.of("Europe/Berlin"));

        assertThat(RelativeDates.resolve(WINDOW, berlinMorning)).isEqualTo(
                "(starttime ge 2026-11-19T23:00:00Z and starttime lt 2026-11-27T23:00:00Z) or "
                        + "(endtime ge 2026-11-26T23:00:00Z and endtime lt 2026-12-04T23:00:00Z)");
    }

    @Test
    void theWindowSlidesAtLocalMidnightNotUtcMidnight() {
        Clock sydneyBeforeUtcMidnight = Clock.fixed(Instant.parse("2026-11-27T14:00:00Z"), ZoneId.of("Australia/Sydney"));

        assertThat(RelativeDates.resolve("Microsoft.Dynamics.CRM.Today(PropertyName='starttime')", sydneyBeforeUtcMidnight))
                .as("already the 28th in Sydney").isEqualTo("(starttime ge 2026-11-27T13:00:00Z and starttime lt 2026-11-28T13:00:00Z)");
    }

    @Test
    void datesAndOtherConditionsStayAsWritten() {
        Clock utc = Clock.fixed(Instant.parse("2026-11-27T07:30:00Z"), ZoneId.of("UTC"));

        assertThat(RelativeDates.resolve("msdyn_systemstatus eq 690970001 and "
                + "Microsoft.Dynamics.CRM.OnOrAfter(PropertyName='starttime',PropertyValue='2026-11-01')", utc))
                .isEqualTo("msdyn_systemstatus eq 690970001 and (starttime ge 2026-11-01T00:00:00Z)");
        assertThat(RelativeDates.resolve("name eq 'NextXDays'", utc)).isEqualTo("name eq 'NextXDays'");
    }

    @Test
    void whatTheDeviceCannotEvaluateIsAProfileError() {
        Clock utc = Clock.systemUTC();

        assertThatThrownBy(() -> RelativeDates.resolve("Microsoft.Dynamics.CRM.LastXFiscalYears(PropertyName='starttime',PropertyValue=1)", utc))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LastXFiscalYears");
        assertThatThrownBy(() -> RelativeDates.resolve("Microsoft.Dynamics.CRM.NextXDays(PropertyName='starttime',PropertyValue=soon)", utc))
                .hasMessageContaining("number of days");
    }
}
