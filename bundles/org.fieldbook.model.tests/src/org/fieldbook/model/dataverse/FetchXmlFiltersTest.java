package org.fieldbook.model.dataverse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.fieldbook.model.offline.RelativeDates;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Each FetchXML operator a profile may use, read and then evaluated as the device evaluates it at sync time:
 * relative dates in the device's zone, sliding at its midnight, not UTC's.
 */
class FetchXmlFiltersTest {

    private static final DataverseTable BOOKINGS = DataverseSchema.fieldbook().byLogicalName("bookableresourcebooking").orElseThrow();
    private static final String USER = "0d2c1a3e-7b6f-4c1d-9e8a-5f4b3c2d1e0f";
    private static final String TEAM = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
    private static final String RESOURCE = "2b8e6a1c-0f4d-4e2a-9c3b-7d6e5f4a3b2c";
    /** 23:30 in Berlin on 3 December, already 4 December's morning in Sydney, still 3 December in UTC. */
    private static final Instant LATE_EVENING_IN_BERLIN = Instant.parse("2026-12-03T22:30:00Z");

    private static String evaluate(String condition, String zone) {
        String fetch = "<fetch><entity name=\"bookableresourcebooking\"><filter>" + condition + "</filter></entity></fetch>";
        String filter = FetchXml.toODataFilter(fetch, BOOKINGS, new FetchXml.Caller(USER, List.of(TEAM))).orElseThrow();
        return RelativeDates.resolve(filter, Clock.fixed(LATE_EVENING_IN_BERLIN, ZoneId.of(zone)));
    }

    private static String on(String operator, String value) {
        return "<condition attribute=\"starttime\" operator=\"" + operator + "\"" + (value == null ? "" : " value=\"" + value + "\"") + "/>";
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', value = {
        "today|UTC|(starttime ge 2026-12-03T00:00:00Z and starttime lt 2026-12-04T00:00:00Z)",
        "today|Europe/Berlin|(starttime ge 2026-12-02T23:00:00Z and starttime lt 2026-12-03T23:00:00Z)",
        "today|Australia/Sydney|(starttime ge 2026-12-03T13:00:00Z and starttime lt 2026-12-04T13:00:00Z)",
        "today|America/Los_Angeles|(starttime ge 2026-12-03T08:00:00Z and starttime lt 2026-12-04T08:00:00Z)" })
    void todayIsTheDevicesDay(String operator, String zone, String expected) {
        assertThat(evaluate(on(operator, null), zone)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1} in {2}")
    @CsvSource(delimiter = '|', value = {
        "next-x-days|2|Europe/Berlin|(starttime ge 2026-12-02T23:00:00Z and starttime lt 2026-12-05T23:00:00Z)",
        "next-x-days|2|Australia/Sydney|(starttime ge 2026-12-03T13:00:00Z and starttime lt 2026-12-06T13:00:00Z)",
        "last-x-days|2|Europe/Berlin|(starttime ge 2026-11-30T23:00:00Z and starttime lt 2026-12-03T23:00:00Z)",
        "last-x-days|2|Australia/Sydney|(starttime ge 2026-12-01T13:00:00Z and starttime lt 2026-12-04T13:00:00Z)",
        "on-or-after|2026-12-10|Europe/Berlin|(starttime ge 2026-12-09T23:00:00Z)",
        "on-or-after|2026-12-10T15:00:00Z|Australia/Sydney|(starttime ge 2026-12-09T13:00:00Z)",
        "on-or-before|2026-12-10|Europe/Berlin|(starttime lt 2026-12-10T23:00:00Z)",
        "on-or-before|2026-12-10|UTC|(starttime lt 2026-12-11T00:00:00Z)" })
    void relativeAndCalendarDatesAreTheDevicesDays(String operator, String value, String zone, String expected) {
        assertThat(evaluate(on(operator, value), zone)).isEqualTo(expected);
    }

    @Test
    void theWindowSlidesAtTheDevicesMidnight() {
        String window = on("next-x-days", "0");
        Instant beforeBerlinMidnight = Instant.parse("2026-12-03T22:59:59Z");
        Instant afterBerlinMidnight = Instant.parse("2026-12-03T23:00:00Z");
        String fetch = "<fetch><entity name=\"bookableresourcebooking\"><filter>" + window + "</filter></entity></fetch>";
        String filter = FetchXml.toODataFilter(fetch, BOOKINGS, new FetchXml.Caller(USER, List.of())).orElseThrow();
        ZoneId berlin = ZoneId.of("Europe/Berlin");

        assertThat(RelativeDates.resolve(filter, Clock.fixed(beforeBerlinMidnight, berlin)))
                .isEqualTo("(starttime ge 2026-12-02T23:00:00Z and starttime lt 2026-12-03T23:00:00Z)");
        assertThat(RelativeDates.resolve(filter, Clock.fixed(afterBerlinMidnight, berlin)))
                .isEqualTo("(starttime ge 2026-12-03T23:00:00Z and starttime lt 2026-12-04T23:00:00Z)");
    }

    @Test
    void comparisonsAndEmptinessNeedNoClock() {
        assertThat(evaluate("<condition attribute=\"name\" operator=\"eq\" value=\"Boiler\"/>", "UTC")).isEqualTo("name eq 'Boiler'");
        assertThat(evaluate("<condition attribute=\"duration\" operator=\"ne\" value=\"60\"/>", "UTC")).isEqualTo("duration ne 60");
        assertThat(evaluate("<condition attribute=\"duration\" operator=\"in\"><value>30</value><value>60</value></condition>", "UTC"))
                .isEqualTo("(duration eq 30 or duration eq 60)");
        assertThat(evaluate("<condition attribute=\"msdyn_actualarrivaltime\" operator=\"null\"/>", "UTC"))
                .isEqualTo("msdyn_actualarrivaltime eq null");
        assertThat(evaluate("<condition attribute=\"msdyn_actualarrivaltime\" operator=\"not-null\"/>", "UTC"))
                .isEqualTo("msdyn_actualarrivaltime ne null");
    }

    @Test
    void theUserOperatorsStandForTheSignedInUserAndTheirTeams() {
        assertThat(evaluate("<condition attribute=\"resource\" operator=\"eq-userid\"/>", "UTC")).isEqualTo("_resource_value eq " + USER);
        assertThat(evaluate("<condition attribute=\"resource\" operator=\"eq-useroreuserteams\"/>", "UTC"))
                .isEqualTo("(_resource_value eq " + USER + " or _resource_value eq " + TEAM + ")");
    }

    @Test
    void andAndOrCombineConditions() {
        assertThat(evaluate("<filter type=\"or\">" + on("today", null) + "<condition attribute=\"resource\" operator=\"eq\" value=\""
                + RESOURCE + "\"/></filter><condition attribute=\"duration\" operator=\"ne\" value=\"0\"/>", "UTC"))
                .isEqualTo("(((starttime ge 2026-12-03T00:00:00Z and starttime lt 2026-12-04T00:00:00Z) or _resource_value eq " + RESOURCE
                        + ") and duration ne 0)");
    }

    @Test
    void anUnknownOperatorIsAnErrorNamingIt() {
        assertThatThrownBy(() -> evaluate(on("next-x-weeks", "2"), "UTC")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'next-x-weeks'").hasMessageContaining("cannot evaluate");
        assertThatThrownBy(() -> evaluate(on("next-x-days", "soon"), "UTC")).hasMessageContaining("'soon'");
    }
}
