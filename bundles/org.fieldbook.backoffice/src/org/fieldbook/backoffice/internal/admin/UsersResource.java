package org.fieldbook.backoffice.internal.admin;

import java.io.IOException;

import org.fieldbook.backoffice.BackOfficeException;
import org.fieldbook.backoffice.Role;
import org.fieldbook.backoffice.internal.auth.Principal;
import org.fieldbook.backoffice.internal.auth.Users;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Accounts, for administrators: {@code GET users}, {@code POST users} with name, password, role and
 * optionally systemuserid, {@code PUT users/<name>/password}, {@code DELETE users/<name>}.
 */
final class UsersResource implements ApiResource {

    private final Users users;

    UsersResource(Users users) {
        this.users = users;
    }

    @Override
    public boolean serves(ApiRequest request) {
        return !request.segments().isEmpty() && "users".equals(request.segments().get(0));
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        request.requireAdmin();
        if (request.is("GET", "users")) {
            return ApiResponse.ok(json -> {
                json.writeArrayFieldStart("value");
                for (Principal user : users.list()) {
                    write(json, user);
                }
                json.writeEndArray();
            });
        }
        if (request.is("POST", "users")) {
            return add(request.body());
        }
        if (request.is("PUT", "users", "*", "password")) {
            String password = ApiRequest.text(request.body(), "password");
            return found(users.changePassword(request.segments().get(1), password.toCharArray()), request);
        }
        if (request.is("DELETE", "users", "*")) {
            return found(users.remove(request.segments().get(1)), request);
        }
        throw ApiException.notFound("No such users request: " + request.method() + " " + String.join("/", request.segments()));
    }

    private ApiResponse add(JsonNode body) {
        Role role;
        try {
            role = Role.of(ApiRequest.text(body, "role"));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        JsonNode systemUserId = body.get("systemuserid");
        try {
            Principal user = users.add(ApiRequest.text(body, "username"), ApiRequest.text(body, "password").toCharArray(), role,
                    systemUserId == null || systemUserId.isNull() ? null : systemUserId.asText());
            return ApiResponse.created(json -> writeFields(json, user));
        } catch (BackOfficeException e) {
            throw new ApiException(409, "0x80040237", e.getMessage());
        }
    }

    private static ApiResponse found(boolean found, ApiRequest request) {
        if (!found) {
            throw ApiException.notFound("No user named " + request.segments().get(1) + ".");
        }
        return ApiResponse.noContent();
    }

    static void write(JsonGenerator json, Principal user) throws IOException {
        json.writeStartObject();
        writeFields(json, user);
        json.writeEndObject();
    }

    static void writeFields(JsonGenerator json, Principal user) throws IOException {
        json.writeStringField("username", user.userName());
        json.writeStringField("role", user.role().id());
        json.writeStringField("systemuserid", user.systemUserId());
    }
}
