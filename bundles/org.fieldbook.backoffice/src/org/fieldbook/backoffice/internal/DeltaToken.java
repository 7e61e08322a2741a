package org.fieldbook.backoffice.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * A change-tracking token: the version watermark the changes are counted from, when the delta is paged the
 * last version it covers, and when the token was issued, so that old tokens expire as in Dataverse (after
 * {@link #LIFETIME}). Opaque to clients: {@code <watermark>!<issued>}, or {@code <after>.<upTo>!<issued>} for
 * the next page of a delta.
 *
 * @param watermark changes after this version are the delta (or the rest of it, on a later page)
 * @param upTo the last version of the delta being paged through, or {@link #OPEN} for one that ends now
 * @param issued when the token was handed out
 */
record DeltaToken(long watermark, long upTo, Instant issued) {

    static final Duration LIFETIME = Duration.ofDays(7);
    /** {@link #upTo} of a token that starts a delta: it covers changes up to when it is used. */
    static final long OPEN = -1;

    /** @return a token that starts a delta after {@code watermark} */
    static DeltaToken after(long watermark, Instant issued) {
        return new DeltaToken(watermark, OPEN, issued);
    }

    static DeltaToken parse(String text) {
        String[] parts = text.split("!");
        if (parts.length != 2) {
            throw new IllegalArgumentException("not a delta token: " + text);
        }
        String[] range = parts[0].split("\\.");
        if (range.length > 2) {
            throw new IllegalArgumentException("not a delta token: " + text);
        }
        return new DeltaToken(Long.parseLong(range[0]), range.length == 2 ? Long.parseLong(range[1]) : OPEN,
                Instant.ofEpochSecond(Long.parseLong(parts[1])));
    }

    /** @return what the tokens of a table's deltas are sealed for, see {@link TokenSeal} */
    static String context(String entitySet) {
        return "delta " + entitySet;
    }

    boolean expired(Instant now) {
        return issued.plus(LIFETIME).isBefore(now);
    }

    @Override
    public String toString() {
        return (upTo == OPEN ? Long.toString(watermark) : watermark + "." + upTo) + "!" + issued.getEpochSecond();
    }
}
