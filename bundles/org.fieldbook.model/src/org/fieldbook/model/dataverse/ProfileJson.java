package org.fieldbook.model.dataverse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.fieldbook.model.DownloadFilter;
import org.fieldbook.model.FieldbookFactory;
import org.fieldbook.model.OfflineProfile;
import org.fieldbook.model.OfflineProfileItem;
import org.fieldbook.model.OfflineProfileRelationship;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

/**
 * A profile as JSON with Dataverse's column names, the shape a device fetches as "my published profile",
 * an admin sends as an edited draft, and the back office stores. The reader is strict: a field it does not
 * know is refused rather than silently lost, except OData annotations ({@code @odata.etag} and the like).
 */
public final class ProfileJson {

    private static final JsonFactory JSON = new JsonFactory();

    private ProfileJson() {
    }

    /** @param publishedOn when the definition was published, or null for a draft never published */
    public static void write(OfflineProfile profile, Instant publishedOn, OutputStream out) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("mobileofflineprofileid", profile.getId());
            json.writeStringField("name", profile.getName());
            json.writeStringField("description", profile.getDescription());
            json.writeBooleanField("published", profile.isPublished());
            json.writeStringField("publishedon", publishedOn == null ? null : publishedOn.toString());
            json.writeArrayFieldStart("items");
            for (OfflineProfileItem item : profile.getItems()) {
                writeItem(json, item);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    /** @return the profile as a JSON text */
    public static String toJson(OfflineProfile profile, Instant publishedOn) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(profile, publishedOn, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write profile " + profile.getId() + " to memory", e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void writeItem(JsonGenerator json, OfflineProfileItem item) throws IOException {
        json.writeStartObject();
        json.writeStringField("mobileofflineprofileitemid", item.getId());
        json.writeStringField("selectedentitytypecode", item.getTableName());
        json.writeNumberField("recorddistributioncriteria", item.getDownloadFilter().getValue());
        json.writeStringField("profileitementityfilter", item.getCustomFilter());
        json.writeBooleanField("recordsownedbyme", item.isRecordsOwnedByMe());
        json.writeBooleanField("recordsownedbymyteam", item.isRecordsOwnedByMyTeam());
        json.writeBooleanField("recordsownedbymybusinessunit", item.isRecordsOwnedByMyBusinessUnit());
        json.writeNumberField("syncintervalinminutes", item.getSyncIntervalMinutes());
        json.writeArrayFieldStart("associations");
        for (OfflineProfileRelationship relationship : item.getRelationships()) {
            json.writeStartObject();
            json.writeStringField("fromtable", relationship.getFromTable());
            json.writeStringField("lookupcolumn", relationship.getLookupColumn());
            json.writeStringField("totable", relationship.getToTable());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /**
     * Reads a profile; {@code publishedon} is not part of the model and is left to the back office.
     *
     * @throws IllegalArgumentException for text that is not a profile in this shape
     */
    public static OfflineProfile read(InputStream in) {
        try (JsonParser parser = JSON.createParser(in)) {
            parser.nextToken();
            return read(parser);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The profile is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read a profile", e);
        }
    }

    /** @see #read(InputStream) */
    public static OfflineProfile read(String json) {
        return read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** Reads the profile object the parser stands at. */
    public static OfflineProfile read(JsonParser parser) throws IOException {
        expect(parser, JsonToken.START_OBJECT, "a profile");
        OfflineProfile profile = FieldbookFactory.eINSTANCE.createOfflineProfile();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
            case "mobileofflineprofileid" -> profile.setId(text(parser, field));
            case "name" -> profile.setName(text(parser, field));
            case "description" -> profile.setDescription(text(parser, field));
            case "published" -> profile.setPublished(bool(parser, field));
            case "publishedon" -> text(parser, field); // stamped by the back office when it publishes
            case "items" -> readArray(parser, field, () -> profile.getItems().add(readItem(parser)));
            default -> skipAnnotation(parser, field, "a profile");
            }
        }
        return profile;
    }

    private static OfflineProfileItem readItem(JsonParser parser) throws IOException {
        expect(parser, JsonToken.START_OBJECT, "an item");
        OfflineProfileItem item = FieldbookFactory.eINSTANCE.createOfflineProfileItem();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
            case "mobileofflineprofileitemid" -> item.setId(text(parser, field));
            case "selectedentitytypecode" -> item.setTableName(text(parser, field));
            case "recorddistributioncriteria" -> item.setDownloadFilter(downloadFilter(integer(parser, field)));
            case "profileitementityfilter" -> item.setCustomFilter(text(parser, field));
            case "recordsownedbyme" -> item.setRecordsOwnedByMe(bool(parser, field));
            case "recordsownedbymyteam" -> item.setRecordsOwnedByMyTeam(bool(parser, field));
            case "recordsownedbymybusinessunit" -> item.setRecordsOwnedByMyBusinessUnit(bool(parser, field));
            case "syncintervalinminutes" -> item.setSyncIntervalMinutes(integer(parser, field));
            case "associations" -> readArray(parser, field, () -> item.getRelationships().add(readRelationship(parser)));
            default -> skipAnnotation(parser, field, "an item");
            }
        }
        return item;
    }

    private static OfflineProfileRelationship readRelationship(JsonParser parser) throws IOException {
        expect(parser, JsonToken.START_OBJECT, "an association");
        OfflineProfileRelationship relationship = FieldbookFactory.eINSTANCE.createOfflineProfileRelationship();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
            case "fromtable" -> relationship.setFromTable(text(parser, field));
            case "lookupcolumn" -> relationship.setLookupColumn(text(parser, field));
            case "totable" -> relationship.setToTable(text(parser, field));
            default -> skipAnnotation(parser, field, "an association");
            }
        }
        return relationship;
    }

    private static DownloadFilter downloadFilter(int value) {
        DownloadFilter filter = DownloadFilter.get(value);
        if (filter == null) {
            throw new IllegalArgumentException("recorddistributioncriteria must be 0 (related data only), 1 (all records),"
                    + " 2 (other data filter) or 3 (custom data filter), but is " + value);
        }
        return filter;
    }

    /** Reads one element; may throw what the parser throws. */
    @FunctionalInterface
    private interface ElementReader {
        void read() throws IOException;
    }

    private static void readArray(JsonParser parser, String field, ElementReader element) throws IOException {
        expect(parser, JsonToken.START_ARRAY, field);
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            element.read();
        }
    }

    private static void skipAnnotation(JsonParser parser, String field, String what) throws IOException {
        if (!field.startsWith("@")) {
            throw new IllegalArgumentException("Unknown field '" + field + "' in " + what);
        }
        parser.skipChildren();
    }

    private static void expect(JsonParser parser, JsonToken token, String what) {
        if (parser.currentToken() != token) {
            throw new IllegalArgumentException("Expected " + (token == JsonToken.START_ARRAY ? "an array" : "an object")
                    + " for " + what + ", found " + parser.currentToken());
        }
    }

    private static String text(JsonParser parser, String field) throws IOException {
        return switch (parser.currentToken()) {
        case VALUE_NULL -> null;
        case VALUE_STRING -> parser.getText();
        default -> throw new IllegalArgumentException(field + " must be text, but is " + parser.getText());
        };
    }

    private static boolean bool(JsonParser parser, String field) throws IOException {
        if (!parser.currentToken().isBoolean()) {
            throw new IllegalArgumentException(field + " must be true or false, but is " + parser.getText());
        }
        return parser.getBooleanValue();
    }

    private static int integer(JsonParser parser, String field) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw new IllegalArgumentException(field + " must be a whole number, but is " + parser.getText());
        }
        return parser.getIntValue();
    }
}
