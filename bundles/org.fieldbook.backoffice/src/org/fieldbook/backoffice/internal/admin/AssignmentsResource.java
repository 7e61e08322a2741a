package org.fieldbook.backoffice.internal.admin;

import java.util.List;

import org.fieldbook.backoffice.internal.profiles.Assignee;
import org.fieldbook.backoffice.internal.profiles.ProfileAssignments;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Who follows which offline profile, for administrators: {@code GET|PUT|DELETE assignments/users/<name>} and
 * {@code assignments/teams/<name>} ({@code PUT} body {@code {profileid, move}}: someone assigned elsewhere
 * moves only with {@code move: true}, otherwise the answer is 409 naming their current profile), and team
 * membership: {@code PUT|DELETE teams/<team>/members/<user>}.
 */
final class AssignmentsResource implements ApiResource {

    private final ProfileAssignments assignments;

    AssignmentsResource(ProfileAssignments assignments) {
        this.assignments = assignments;
    }

    @Override
    public boolean serves(ApiRequest request) {
        return !request.segments().isEmpty() && List.of("assignments", "teams").contains(request.segments().get(0));
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        request.requireAdmin();
        List<String> path = request.segments();
        if (request.is("PUT", "teams", "*", "members", "*")) {
            assignments.addTeamMember(path.get(1), path.get(3));
            return ApiResponse.noContent();
        }
        if (request.is("DELETE", "teams", "*", "members", "*")) {
            assignments.removeTeamMember(path.get(1), path.get(3));
            return ApiResponse.noContent();
        }
        if (path.size() != 3 || !"assignments".equals(path.get(0))) {
            throw ApiException.notFound("No such request: " + request.method() + " " + String.join("/", path));
        }
        Assignee assignee = assignee(path.get(1), path.get(2));
        return switch (request.method()) {
        case "GET" -> {
            String profile = assignments.assignment(assignee)
                    .orElseThrow(() -> ApiException.notFound(assignee + " is assigned to no profile."));
            yield ApiResponse.ok(json -> json.writeStringField("profileid", profile));
        }
        case "PUT" -> assign(assignee, request.body());
        case "DELETE" -> {
            assignments.unassign(assignee);
            yield ApiResponse.noContent();
        }
        default -> throw new ApiException(405, "0x80040203", request.method() + " is not allowed on assignments.");
        };
    }

    /** Someone assigned elsewhere is refused with 409 unless the body says move: the warning before a move. */
    private ApiResponse assign(Assignee assignee, JsonNode body) {
        assignments.assign(assignee, ApiRequest.text(body, "profileid"), body.path("move").asBoolean(false));
        return ApiResponse.noContent();
    }

    private static Assignee assignee(String kind, String name) {
        return switch (kind) {
        case "users" -> Assignee.user(name);
        case "teams" -> Assignee.team(name);
        default -> throw ApiException.notFound("Assignments are for users or teams, not " + kind + ".");
        };
    }
}
