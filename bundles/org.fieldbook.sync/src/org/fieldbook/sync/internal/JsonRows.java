package org.fieldbook.sync.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The rows of a small Web API answer as text by column: a collection's {@code value} rows, or a single row or a
 * function's complex value (such as {@code WhoAmI}'s) as one row. OData annotations and nested values are left out.
 */
final class JsonRows {

    private static final JsonFactory JSON = new JsonFactory();

    private JsonRows() {
    }

    /** @throws IOException when the body is not a JSON object */
    static List<Map<String, String>> read(InputStream body) throws IOException {
        try (JsonParser json = JSON.createParser(body)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw new MalformedResponseException("an answer that is not a JSON object");
            }
            List<Map<String, String>> rows = new ArrayList<>();
            Map<String, String> top = new HashMap<>();
            boolean collection = false;
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                JsonToken value = json.nextToken();
                if (field.equals("value") && value == JsonToken.START_ARRAY) {
                    collection = true;
                    while (json.nextToken() == JsonToken.START_OBJECT) {
                        rows.add(row(json));
                    }
                } else {
                    put(json, field, top);
                }
            }
            return collection ? rows : List.of(top);
        }
    }

    private static Map<String, String> row(JsonParser json) throws IOException {
        Map<String, String> row = new HashMap<>();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            json.nextToken();
            put(json, field, row);
        }
        return row;
    }

    private static void put(JsonParser json, String field, Map<String, String> row) throws IOException {
        if (json.currentToken().isStructStart()) {
            json.skipChildren();
        } else if (!field.contains("@")) {
            row.put(field, json.currentToken() == JsonToken.VALUE_NULL ? null : json.getValueAsString());
        }
    }
}
