package org.fieldbook.sync.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.fieldbook.model.OfflineProfile;
import org.fieldbook.model.dataverse.FetchXml;
import org.fieldbook.model.dataverse.ProfileJson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * What this device syncs and how, as the back office said at the last sync: the signed-in user, their teams and
 * business unit, their bookable resource, their published offline profile and whether the server wins conflicts.
 *
 * @param userId the signed-in user's {@code systemuserid}, as {@code WhoAmI} answers it
 * @param teamIds the teams the user is a member of ({@code teammemberships})
 * @param businessUnitId the user's business unit, as {@code WhoAmI} answers it, or null when it did not say
 * @param bookableResourceId the resource whose bookings are the technician's, or null for a user without one
 * @param serverWins whether the organization turned conflict detection on (the server's values win)
 */
public record DeviceProfile(String userId, List<String> teamIds, String businessUnitId, String bookableResourceId, OfflineProfile profile,
        boolean serverWins) {

    public DeviceProfile {
        teamIds = List.copyOf(teamIds);
    }

    /** @return whom {@code eq-userid} and {@code eq-useroreuserteams} stand for, and whose rows Other data filters take */
    public FetchXml.Caller caller() {
        return new FetchXml.Caller(userId, teamIds, businessUnitId);
    }

    private static final JsonFactory JSON = new JsonFactory();

    /** @return this as the JSON kept in the store for offline starts */
    public String toJson() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("userid", userId);
            json.writeArrayFieldStart("teamids");
            for (String team : teamIds) {
                json.writeString(team);
            }
            json.writeEndArray();
            json.writeStringField("businessunitid", businessUnitId);
            json.writeStringField("bookableresourceid", bookableResourceId);
            json.writeBooleanField("serverwins", serverWins);
            json.writeFieldName("profile");
            json.writeRawValue(ProfileJson.toJson(profile, null));
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the device profile to memory", e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** @throws IllegalArgumentException when the text is not what {@link #toJson()} writes */
    public static DeviceProfile fromJson(String text) {
        String user = null;
        List<String> teams = new ArrayList<>();
        String businessUnit = null;
        String resource = null;
        boolean serverWins = false;
        OfflineProfile profile = null;
        try (JsonParser json = JSON.createParser(text)) {
            expect(json.nextToken() == JsonToken.START_OBJECT);
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                json.nextToken();
                switch (field) {
                case "userid" -> user = json.getValueAsString();
                case "teamids" -> {
                    while (json.nextToken() == JsonToken.VALUE_STRING) {
                        teams.add(json.getText());
                    }
                }
                case "businessunitid" -> businessUnit = json.getValueAsString();
                case "bookableresourceid" -> resource = json.getValueAsString();
                case "serverwins" -> serverWins = json.getValueAsBoolean();
                case "profile" -> profile = ProfileJson.read(json);
                default -> json.skipChildren();
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("The saved device profile is not valid JSON: " + e.getMessage(), e);
        }
        expect(user != null && profile != null);
        return new DeviceProfile(user, teams, businessUnit, resource, profile, serverWins);
    }

    private static void expect(boolean condition) {
        if (!condition) {
            throw new IllegalArgumentException("The saved device profile lacks the user or the profile");
        }
    }
}
