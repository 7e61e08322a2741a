package org.fieldbook.sync.internal.upload;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.hc.core5.http.message.BasicHeader;
import org.fieldbook.sync.internal.MalformedResponseException;
import org.fieldbook.sync.internal.Multipart;
import org.fieldbook.sync.internal.Multipart.Part;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The answer to a {@code $batch}: a successful change set answers each request in its own part, a failed one
 * with the single answer of the request that failed, which names it by its {@code Content-ID}.
 *
 * @param contentType the answer's {@code multipart/mixed} content type with its boundary
 */
record BatchAnswer(String contentType, String body) {

    private static final JsonFactory JSON = new JsonFactory();

    /**
     * The answer to one request.
     *
     * @param contentId the request's position in its change set, 0 when the answer does not say
     * @param version the row's new version from the {@code ETag}, 0 for none
     * @param code Dataverse's error code, null on success
     */
    record Response(int contentId, int status, long version, String code, String message) {

        boolean failed() {
            return status >= 400;
        }
    }

    /** @return the answers to the requests, change sets unpacked, in order */
    List<Response> responses() throws MalformedResponseException {
        return responses(contentType, body);
    }

    private static List<Response> responses(String contentType, String body) throws MalformedResponseException {
        List<Response> responses = new ArrayList<>();
        for (Part part : Multipart.parts(body, Multipart.boundary(contentType))) {
            String type = part.header("Content-Type");
            if (type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
                responses.addAll(responses(type, part.content()));
            } else {
                responses.add(response(part));
            }
        }
        return responses;
    }

    private static Response response(Part part) throws MalformedResponseException {
        Multipart.HttpAnswer answer = Multipart.answer(part);
        int status = answer.status();
        Part message = answer.message();
        String etag = message.header("ETag");
        long version = etag.isEmpty() ? 0 : UploadHttp.version(new BasicHeader("ETag", etag));
        String[] error = status >= 400 ? error(message.content()) : new String[2];
        return new Response(contentId(part.header("Content-ID")), status, version, error[0],
                error[1] != null ? error[1] : "The back office answered a request of a change set with HTTP " + status + ".");
    }

    private static int contentId(String header) {
        return header.matches("\\d{1,6}") ? Integer.parseInt(header) : 0;
    }

    /** @return Dataverse's {code, message} of an error body, either null when missing */
    private static String[] error(String body) {
        String[] error = new String[2];
        try (JsonParser json = JSON.createParser(body)) {
            for (JsonToken token = json.nextToken(); token != null; token = json.nextToken()) {
                if (token == JsonToken.FIELD_NAME && json.currentName().equals("code")) {
                    error[0] = json.nextTextValue();
                } else if (token == JsonToken.FIELD_NAME && json.currentName().equals("message")) {
                    error[1] = json.nextTextValue();
                }
            }
        } catch (IOException e) {
            // not Dataverse's error JSON: the status alone must do
        }
        return error;
    }
}
