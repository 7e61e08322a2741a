package org.fieldbook.backoffice.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Adds deleted rows to a serialized delta in Dataverse's shape:
 * {@code {"@odata.context":"...$metadata#<set>/$deletedEntity","id":"<guid>","reason":"deleted"}}.
 */
final class DeletedEntities {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DeletedEntities() {
    }

    static InputStream append(InputStream delta, String context, List<String> deletedIds) {
        try (InputStream in = delta) {
            ObjectNode body = (ObjectNode) JSON.readTree(in);
            ArrayNode value = (ArrayNode) body.get("value");
            for (String id : deletedIds) {
                value.addObject().put("@odata.context", context).put("id", id).put("reason", "deleted");
            }
            return new ByteArrayInputStream(JSON.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot add deletions to a delta", e);
        }
    }
}
