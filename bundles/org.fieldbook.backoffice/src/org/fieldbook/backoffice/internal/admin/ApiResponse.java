package org.fieldbook.backoffice.internal.admin;

import org.fieldbook.backoffice.internal.auth.JsonResponses;

/**
 * What a resource answers: a status and, unless 204, a JSON object body.
 *
 * @param body writes the object's fields, or null for no body
 */
record ApiResponse(int status, JsonResponses.Body body) {

    static ApiResponse ok(JsonResponses.Body body) {
        return new ApiResponse(200, body);
    }

    static ApiResponse created(JsonResponses.Body body) {
        return new ApiResponse(201, body);
    }

    static ApiResponse noContent() {
        return new ApiResponse(204, null);
    }
}
