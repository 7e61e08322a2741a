package org.fieldbook.backoffice.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.fieldbook.model.Record;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Adds deleted rows to a serialized page of a delta in Dataverse's shape,
 * {@code {"@odata.context":"...$metadata#<set>/$deletedEntity","id":"<guid>","reason":"deleted"}}, placed
 * among the changed rows in version order, so a row deleted and created again ends up as it is. A row that
 * still exists but left the reader's reach has OData's reason {@code "changed"} (removed from the set).
 */
final class DeletedEntities {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DeletedEntities() {
    }

    /**
     * @param delta the serialized changes of {@code page}, in its order
     * @param context the {@code @odata.context} of a deletion
     */
    static InputStream interleave(InputStream delta, String context, DeltaPage page) {
        try (InputStream in = delta) {
            ObjectNode body = (ObjectNode) JSON.readTree(in);
            ArrayNode changes = (ArrayNode) body.get("value");
            ArrayNode value = JSON.createArrayNode();
            List<Record> changed = page.changes();
            List<Deletion> deletions = page.deletions();
            int next = 0;
            for (int i = 0; i < changed.size(); i++) {
                long version = changed.get(i).getVersionNumber();
                while (next < deletions.size() && deletions.get(next).version() < version) {
                    add(value, context, deletions.get(next++));
                }
                value.add(changes.get(i));
            }
            deletions.subList(next, deletions.size()).forEach(deletion -> add(value, context, deletion));
            body.set("value", value);
            return new ByteArrayInputStream(JSON.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot add deletions to a delta", e);
        }
    }

    private static void add(ArrayNode value, String context, Deletion deletion) {
        value.addObject().put("@odata.context", context).put("id", deletion.id()).put("reason",
                deletion.deleted() ? "deleted" : "changed");
    }
}
