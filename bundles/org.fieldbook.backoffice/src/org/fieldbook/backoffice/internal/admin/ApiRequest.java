package org.fieldbook.backoffice.internal.admin;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.fieldbook.backoffice.Role;
import org.fieldbook.backoffice.internal.auth.Principal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;

/**
 * One request to Fieldbook's own API: its method, path segments under {@code /fieldbook/v1/}, the signed-in
 * user and the JSON body.
 */
final class ApiRequest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServletRequest request;
    private final List<String> segments;

    ApiRequest(HttpServletRequest request) {
        this.request = request;
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        this.segments = Arrays.stream(path.split("/")).filter(segment -> !segment.isEmpty()).toList();
    }

    String method() {
        return request.getMethod();
    }

    /** @return the path's segments, e.g. {@code [profiles, <id>, publish]} */
    List<String> segments() {
        return segments;
    }

    /** @return whether the path is {@code segments} exactly, where {@code *} matches any one segment */
    boolean is(String method, String... pattern) {
        if (!method.equals(method()) || pattern.length != segments.size()) {
            return false;
        }
        for (int i = 0; i < pattern.length; i++) {
            if (!"*".equals(pattern[i]) && !pattern[i].equals(segments.get(i))) {
                return false;
            }
        }
        return true;
    }

    Principal user() {
        return Principal.of(request);
    }

    /** @throws ApiException 403 unless the user is an administrator */
    void requireAdmin() {
        if (user().role() != Role.ADMIN) {
            throw new ApiException(403, "0x80040220", "Only administrators may do this.");
        }
    }

    /** @return a query parameter, or null */
    String parameter(String name) {
        return request.getParameter(name);
    }

    /** @throws ApiException 400 when the body is not a JSON object */
    JsonNode body() {
        try {
            JsonNode body = JSON.readTree(request.getInputStream());
            if (body == null || !body.isObject()) {
                throw ApiException.badRequest("The body must be a JSON object.");
            }
            return body;
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("The body is not valid JSON" + (e.getLocation() == null ? "."
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")."));
        } catch (IOException e) {
            throw ApiException.badRequest("The body could not be read.");
        }
    }

    /** @throws ApiException 400 when the body lacks the text field */
    static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw ApiException.badRequest("The body needs \"" + field + "\" as text.");
        }
        return value.asText();
    }
}
