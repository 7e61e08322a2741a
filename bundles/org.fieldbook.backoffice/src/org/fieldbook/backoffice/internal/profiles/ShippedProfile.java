package org.fieldbook.backoffice.internal.profiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.fieldbook.model.OfflineProfile;
import org.fieldbook.model.dataverse.ProfileJson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

/**
 * A release of the profile Fieldbook ships, Dataverse's "Field Service Mobile - Offline Profile":
 * {@code {"release": N, "profile": {...}}} in {@value #RESOURCE}. A later Fieldbook ships the file with a
 * higher release number, and starting it offers the changes to the admin as a draft.
 * <p>
 * Its booking filter, {@code LastXDays} or {@code NextXDays} of seven days on start or end time, takes a
 * booking whose start or end lies in the whole days from seven days before to seven days after today: the
 * server evaluates {@code LastXDays(7)} as today−7 up to the end of today and {@code NextXDays(7)} as
 * today up to the end of today+7, both in UTC at sync time.
 *
 * @param release the release number, increasing with every change to the shipped profile
 * @param profile the profile as shipped
 */
public record ShippedProfile(int release, OfflineProfile profile) {

    static final String RESOURCE = "/profiles/default-profile.json";

    /** @return the release this Fieldbook ships */
    public static ShippedProfile load() {
        try (InputStream in = ShippedProfile.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the back office bundle");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** @throws IllegalArgumentException when the text is no shipped profile */
    public static ShippedProfile read(InputStream in) {
        try (JsonParser parser = new JsonFactory().createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("A shipped profile is an object with a release and a profile");
            }
            int release = 0;
            OfflineProfile profile = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                switch (field) {
                case "release" -> release = parser.getIntValue();
                case "profile" -> profile = ProfileJson.read(parser);
                default -> throw new IllegalArgumentException("Unknown field '" + field + "' in a shipped profile");
                }
            }
            if (release < 1 || profile == null) {
                throw new IllegalArgumentException("A shipped profile needs a release number from 1 and a profile");
            }
            return new ShippedProfile(release, profile);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The shipped profile is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read a shipped profile", e);
        }
    }
}
