package org.fieldbook.sync.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/** Picks a few scalar fields out of a small JSON answer (an error, who am I), wherever they are nested. */
public final class JsonFields {

    private static final JsonFactory JSON = new JsonFactory();

    private JsonFields() {
    }

    /**
     * @return the first value of each wanted field that occurs, as text
     * @throws IOException when the body is not JSON
     */
    public static Map<String, String> first(InputStream body, String... wanted) throws IOException {
        List<String> names = List.of(wanted);
        Map<String, String> found = new HashMap<>();
        try (JsonParser json = JSON.createParser(body)) {
            while (json.nextToken() != null) {
                if (json.currentToken() == JsonToken.FIELD_NAME && names.contains(json.currentName())) {
                    String field = json.currentName();
                    json.nextToken();
                    found.putIfAbsent(field, json.getValueAsString());
                }
            }
        }
        return found;
    }
}
