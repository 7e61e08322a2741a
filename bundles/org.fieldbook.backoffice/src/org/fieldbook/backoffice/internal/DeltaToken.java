package org.fieldbook.backoffice.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * A change-tracking token: the version watermark the changes are counted from, and when it was issued,
 * so that old tokens expire as in Dataverse (after {@link #LIFETIME}).
 *
 * @param watermark changes after this version are the delta
 * @param issued when the token was handed out
 */
record DeltaToken(long watermark, Instant issued) {

    static final Duration LIFETIME = Duration.ofDays(7);

    static DeltaToken parse(String text) {
        String[] parts = text.split("!");
        if (parts.length != 2) {
            throw new IllegalArgumentException("not a delta token: " + text);
        }
        return new DeltaToken(Long.parseLong(parts[0]), Instant.ofEpochSecond(Long.parseLong(parts[1])));
    }

    boolean expired(Instant now) {
        return issued.plus(LIFETIME).isBefore(now);
    }

    @Override
    public String toString() {
        return watermark + "!" + issued.getEpochSecond();
    }
}
