package org.fieldbook.sync.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

/** Streams an OData service document and collects the names of its entity sets. */
public final class ServiceDocumentReader {

    private static final JsonFactory JSON = new JsonFactory();

    private ServiceDocumentReader() {
    }

    public static List<String> entitySetNames(InputStream body) throws IOException {
        try (JsonParser parser = JSON.createParser(body)) {
            expect(parser.nextToken(), JsonToken.START_OBJECT, "a JSON object");
            List<String> names = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if ("value".equals(field)) {
                    names = readEntries(parser);
                } else {
                    parser.skipChildren();
                }
            }
            if (names == null) {
                throw new MalformedResponseException("no \"value\" array");
            }
            return names;
        } catch (JsonProcessingException e) {
            throw new MalformedResponseException(e.getOriginalMessage(), e);
        }
    }

    private static List<String> readEntries(JsonParser parser) throws IOException {
        expect(parser.currentToken(), JsonToken.START_ARRAY, "\"value\" to be an array");
        List<String> names = new ArrayList<>();
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            String name = null;
            String kind = "EntitySet";
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                switch (field) {
                case "name" -> name = parser.getValueAsString();
                case "kind" -> kind = parser.getValueAsString();
                default -> parser.skipChildren();
                }
            }
            if (name != null && "EntitySet".equals(kind)) {
                names.add(name);
            }
        }
        expect(parser.currentToken(), JsonToken.END_ARRAY, "entries of \"value\" to be objects");
        return names;
    }

    private static void expect(JsonToken actual, JsonToken expected, String what) throws MalformedResponseException {
        if (actual != expected) {
            throw new MalformedResponseException("expected " + what + " but found " + (actual == null ? "end of input" : actual));
        }
    }
}
