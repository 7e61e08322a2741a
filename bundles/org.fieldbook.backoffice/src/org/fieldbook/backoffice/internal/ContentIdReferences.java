package org.fieldbook.backoffice.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.olingo.commons.api.http.HttpHeader;
import org.apache.olingo.server.api.ODataRequest;
import org.apache.olingo.server.api.ODataResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Content-ID references in the {@code @odata.bind} values of a change set's requests: {@code "$1"} stands for
 * the row that the request with {@code Content-ID: 1} wrote. Olingo resolves references in request URLs
 * itself, but not in bodies. An unknown reference is left as it is, for the request to be refused.
 */
final class ContentIdReferences {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern REFERENCE = Pattern.compile("\\$([^/]+)");

    /** The row each Content-ID wrote, as its {@code OData-EntityId}. */
    private final Map<String, String> rows = new HashMap<>();

    /** Remembers the row a successful request with a Content-ID wrote. */
    void remember(ODataRequest request, ODataResponse response) {
        String contentId = request.getHeader(HttpHeader.CONTENT_ID);
        String entityId = response.getHeader("OData-EntityId");
        if (contentId != null && entityId != null) {
            rows.put(contentId, entityId);
        }
    }

    /** Replaces the references among the request's {@code @odata.bind} values with the rows they stand for. */
    void resolve(ODataRequest request) {
        if (rows.isEmpty() || request.getBody() == null) {
            return;
        }
        try {
            byte[] body = request.getBody().readAllBytes();
            request.setBody(new ByteArrayInputStream(resolved(body)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read a request of a change set", e);
        }
    }

    private byte[] resolved(byte[] body) throws JsonProcessingException {
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (IOException e) {
            return body; // not JSON: the request's processor says so
        }
        if (!(json instanceof ObjectNode object)) {
            return body;
        }
        List<String> bindings = new ArrayList<>();
        object.fieldNames().forEachRemaining(name -> {
            if (name.endsWith("@odata.bind")) {
                bindings.add(name);
            }
        });
        boolean changed = false;
        for (String binding : bindings) {
            Matcher reference = REFERENCE.matcher(object.path(binding).asText());
            if (reference.matches() && rows.containsKey(reference.group(1))) {
                object.put(binding, rows.get(reference.group(1)));
                changed = true;
            }
        }
        return changed ? JSON.writeValueAsBytes(object) : body;
    }
}
