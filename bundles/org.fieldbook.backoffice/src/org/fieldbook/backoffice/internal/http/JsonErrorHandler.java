package org.fieldbook.backoffice.internal.http;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Jetty's own errors (an unknown path, a method a servlet does not serve, a URL or headers over Jetty's limits, a
 * URL that cannot be decoded, an exception out of a servlet) in Dataverse's JSON shape instead of Jetty's HTML
 * page, whatever the client accepts. Its messages are the back office's own: Jetty's may name Java internals.
 */
public final class JsonErrorHandler extends ErrorHandler {

    private static final JsonFactory JSON = new JsonFactory();
    private static final Map<Integer, String> MESSAGES = Map.of(
            400, "The request is malformed: its URL or headers cannot be read.",
            404, "There is no resource at this URL.",
            405, "This resource does not accept the request's method.",
            413, "The request's body is larger than the back office accepts.",
            414, "The URL is longer than the back office accepts.",
            415, "The request's body is not of a type this resource reads.",
            431, "The request's headers are larger than the back office accepts.",
            501, "The back office does not implement this request.");

    public JsonErrorHandler() {
        setShowStacks(false);
        setShowCauses(false);
        setShowOrigin(false);
        setDefaultResponseMimeType("application/json");
    }

    /** Every method gets a body: Jetty's default gives one to GET, POST and HEAD only. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    /**
     * JSON whatever the request accepts: Jetty's own choice answers an {@code Accept} header it cannot read with no
     * body and no type at all.
     */
    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) throws IOException {
        if (!generateAcceptableResponse(request, response, callback, "application/json", List.of(StandardCharsets.UTF_8), code,
                message, cause)) {
            super.generateResponse(request, response, code, message, cause, callback);
        }
    }

    @Override
    protected boolean generateAcceptableResponse(Request request, Response response, Callback callback, String contentType,
            List<Charset> charsets, int code, String message, Throwable cause) throws IOException {
        String text;
        if (code >= 500 && code != 501) {
            String reference = ServerFaults.report(request.getMethod() + " " + request.getHttpURI().getPath(), cause);
            response.getHeaders().put(ServerFaults.REFERENCE_HEADER, reference);
            text = ServerFaults.message(reference);
        } else {
            text = message(code);
        }
        return super.generateAcceptableResponse(request, response, callback, "application/json", List.of(StandardCharsets.UTF_8),
                code, text, null);
    }

    @Override
    protected void writeErrorJson(Request request, PrintWriter writer, int code, String message, Throwable cause) {
        writer.write(body(code, message));
    }

    private static String message(int status) {
        return MESSAGES.getOrDefault(status, "The request cannot be served.");
    }

    /** @return Dataverse's error body: {@code {"error":{"code":"0x...","message":"..."}}} */
    public static String body(int status, String message) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.writeStartObject();
            json.writeObjectFieldStart("error");
            json.writeStringField("code", ErrorCodes.of(status));
            json.writeStringField("message", message);
            json.writeEndObject();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
