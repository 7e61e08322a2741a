package org.fieldbook.backoffice.console.internal;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** JSON in and out of the console's calls. */
final class ConsoleJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private ConsoleJson() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static void send(HttpServletResponse response, int status, JsonNode body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=utf-8");
        MAPPER.writeValue(response.getOutputStream(), body);
    }

    /** @param field the form field the message belongs beside, or null */
    static void error(HttpServletResponse response, int status, String message, String field) throws IOException {
        ObjectNode body = object().put("message", message);
        if (field != null) {
            body.put("field", field);
        }
        send(response, status, body);
    }

    static void error(HttpServletResponse response, int status, String message) throws IOException {
        error(response, status, message, null);
    }

    /** @throws IllegalArgumentException for a body that is no JSON object */
    static JsonNode body(HttpServletRequest request) throws IOException {
        if (request.getContentType() == null || !request.getContentType().startsWith("application/json")) {
            throw new IllegalArgumentException("Send the form as application/json.");
        }
        try (InputStream in = request.getInputStream()) {
            JsonNode body = MAPPER.readTree(in);
            if (body == null || !body.isObject()) {
                throw new IllegalArgumentException("Send the form as a JSON object.");
            }
            return body;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The form is not valid JSON.", e);
        }
    }

    /** @return the text of a field, or null when missing or blank */
    static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value == null || !value.isTextual() || value.asText().isBlank() ? null : value.asText().strip();
    }
}
