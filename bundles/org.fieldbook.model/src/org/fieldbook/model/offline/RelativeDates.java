package org.fieldbook.model.offline;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evaluates Dataverse's relative-date functions in a profile filter on the device, at sync time and in the
 * device's time zone: {@code Microsoft.Dynamics.CRM.NextXDays(PropertyName='starttime',PropertyValue=7)}
 * becomes {@code (starttime ge <today 00:00 here> and starttime lt <day after today+7 00:00 here>)}. A
 * technician in Sydney then gets the bookings of Sydney's days, and the window slides at local midnight.
 * The ranges are the server's: Today, LastXDays and NextXDays include today, OnOrAfter and OnOrBefore the
 * named date.
 */
public final class RelativeDates {

    private static final Pattern FUNCTION = Pattern.compile(
            "Microsoft\\.Dynamics\\.CRM\\.(\\w+)\\(\\s*PropertyName\\s*=\\s*'([\\w/]+)'\\s*(?:,\\s*PropertyValue\\s*=\\s*'?([\\w-]+)'?\\s*)?\\)");

    private RelativeDates() {
    }

    /**
     * @return the filter with every relative-date function replaced by explicit bounds
     * @throws IllegalArgumentException for a function or argument this device cannot evaluate
     */
    public static String resolve(String filter, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        Matcher matcher = FUNCTION.matcher(filter);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(range(matcher.group(1), matcher.group(2),
                    matcher.group(3), today, clock)));
        }
        matcher.appendTail(resolved);
        return resolved.toString();
    }

    /** @return the condition that {@code column} lies within today, in the clock's zone */
    public static String today(String column, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        return between(column, today, today.plusDays(1), clock);
    }

    private static String range(String function, String column, String value, LocalDate today, Clock clock) {
        return switch (function) {
        case "Today" -> today(column, clock);
        case "NextXDays" -> between(column, today, today.plusDays(days(function, value) + 1), clock);
        case "LastXDays" -> between(column, today.minusDays(days(function, value)), today.plusDays(1), clock);
        case "OnOrAfter" -> "(" + column + " ge " + start(date(function, value), clock) + ")";
        case "OnOrBefore" -> "(" + column + " lt " + start(date(function, value).plusDays(1), clock) + ")";
        default -> throw new IllegalArgumentException("The profile's filter uses " + function + ", which this device cannot"
                + " evaluate");
        };
    }

    private static long days(String function, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The profile's filter calls " + function + " with '" + value
                    + "' where it needs a number of days", e);
        }
    }

    private static LocalDate date(String function, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("The profile's filter calls " + function + " with '" + value
                    + "' where it needs a date", e);
        }
    }

    private static String between(String column, LocalDate from, LocalDate until, Clock clock) {
        return "(" + column + " ge " + start(from, clock) + " and " + column + " lt " + start(until, clock) + ")";
    }

    /** @return the instant the day starts in the clock's zone, as an OData DateTimeOffset literal */
    private static Instant start(LocalDate day, Clock clock) {
        return day.atStartOfDay(clock.getZone()).toInstant();
    }
}
