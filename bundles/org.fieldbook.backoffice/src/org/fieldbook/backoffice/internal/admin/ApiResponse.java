package org.fieldbook.backoffice.internal.admin;

import org.fieldbook.backoffice.internal.auth.JsonResponses;

/**
 * What a resource answers: a status and, unless 204, a JSON object body.
 *
 * @param body writes the object's fields, or null
 * @param text the whole body as JSON text, or null
 */
record ApiResponse(int status, JsonResponses.Body body, String text) {

    static ApiResponse ok(JsonResponses.Body body) {
        return new ApiResponse(200, body, null);
    }

    static ApiResponse ok(String text) {
        return new ApiResponse(200, null, text);
    }

    static ApiResponse created(JsonResponses.Body body) {
        return new ApiResponse(201, body, null);
    }

    static ApiResponse noContent() {
        return new ApiResponse(204, null, null);
    }
}
