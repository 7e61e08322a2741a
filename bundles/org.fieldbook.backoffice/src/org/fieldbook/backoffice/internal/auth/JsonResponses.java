package org.fieldbook.backoffice.internal.auth;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import jakarta.servlet.http.HttpServletResponse;

/** Small JSON answers written outside Olingo: errors of the token check and the token endpoint's replies. */
public final class JsonResponses {

    private static final JsonFactory JSON = new JsonFactory();

    /** Writes a JSON body. */
    @FunctionalInterface
    public interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private JsonResponses() {
    }

    /** Sends {@code status} with a JSON body that must not be cached (it may hold a token). */
    public static void send(HttpServletResponse response, int status, Body body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json; charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        try (OutputStream out = response.getOutputStream(); JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            body.write(json);
            json.writeEndObject();
        }
    }

    /** Sends a JSON text made elsewhere. */
    public static void sendText(HttpServletResponse response, int status, String json) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json; charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends Dataverse's error shape: {@code {"error":{"code":"0x...","message":"..."}}}. */
    public static void dataverseError(HttpServletResponse response, int status, String code, String message) throws IOException {
        send(response, status, json -> {
            json.writeObjectFieldStart("error");
            json.writeStringField("code", code);
            json.writeStringField("message", message);
            json.writeEndObject();
        });
    }
}
