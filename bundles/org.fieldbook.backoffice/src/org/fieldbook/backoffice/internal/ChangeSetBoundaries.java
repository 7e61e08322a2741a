package org.fieldbook.backoffice.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the change sets of a {@code $batch} answer as Dataverse does, {@code changesetresponse_<guid>}, where
 * Olingo writes {@code changeset_<guid>}: clients that split an answer on Dataverse's names must find every
 * response of a change set. The boundaries are Olingo's random ones, so renaming them touches nothing else.
 */
final class ChangeSetBoundaries {

    private static final Pattern OLINGO_BOUNDARY = Pattern.compile("boundary=changeset_([0-9a-f-]{36})");

    private ChangeSetBoundaries() {
    }

    /** @return the answer with each change set's boundary renamed */
    static InputStream rename(InputStream answer) {
        String text;
        try (InputStream body = answer) {
            // ISO-8859-1 maps every byte to one character and back: the bodies inside stay byte for byte.
            text = new String(body.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher boundaries = OLINGO_BOUNDARY.matcher(text);
        while (boundaries.find()) {
            text = text.replace("changeset_" + boundaries.group(1), "changesetresponse_" + boundaries.group(1));
        }
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
