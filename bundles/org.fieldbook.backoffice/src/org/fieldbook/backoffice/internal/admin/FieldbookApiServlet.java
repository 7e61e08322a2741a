package org.fieldbook.backoffice.internal.admin;

import java.io.IOException;
import java.util.List;

import org.fieldbook.backoffice.BackOfficeException;
import org.fieldbook.backoffice.Role;
import org.fieldbook.backoffice.internal.BackOfficeDatabase;
import org.fieldbook.backoffice.internal.FilterCheck;
import org.fieldbook.backoffice.internal.auth.JsonResponses;
import org.fieldbook.backoffice.internal.auth.Users;
import org.fieldbook.backoffice.internal.http.ServerFaults;
import org.fieldbook.backoffice.internal.profiles.OfflineProfiles;
import org.fieldbook.backoffice.internal.profiles.ProfileAssignments;
import org.fieldbook.backoffice.internal.profiles.ProfileException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Fieldbook's own API beside the Dataverse one, under {@code /fieldbook/v1/}: the administrators' management of
 * users and offline profiles, and, for devices of earlier Fieldbook versions, who am I and my published offline
 * profile. JSON in, JSON out, errors in Dataverse's shape; behind the same bearer tokens. Closed to devices, it
 * answers administrators only: devices then reach nothing a Dataverse organization would not serve.
 */
public final class FieldbookApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient List<ApiResource> resources;
    private final boolean closedToDevices;

    private FieldbookApiServlet(List<ApiResource> resources, boolean closedToDevices) {
        this.resources = List.copyOf(resources);
        this.closedToDevices = closedToDevices;
    }

    /**
     * @param closedToDevices whether only administrators are answered
     * @return the API over the back office's users and database
     */
    public static FieldbookApiServlet of(Users users, BackOfficeDatabase database, OfflineProfiles profiles, boolean closedToDevices) {
        ProfileAssignments assignments = new ProfileAssignments(database, profiles.defaultProfileId());
        return new FieldbookApiServlet(List.of(new MeResource(database, assignments), new UsersResource(users),
                new ProfilesResource(profiles, new FilterCheck(database)), new AssignmentsResource(assignments)), closedToDevices);
    }

    @Override
    protected void service(HttpServletRequest servletRequest, HttpServletResponse response) throws IOException {
        ApiRequest request = new ApiRequest(servletRequest);
        if (closedToDevices && request.user().role() != Role.ADMIN) {
            JsonResponses.dataverseError(response, 403, "0x80040220", "Fieldbook's own API is for administration here: devices use"
                    + " the Dataverse Web API under /api/data/v9.2/.");
            return;
        }
        try {
            ApiResource resource = resources.stream().filter(candidate -> candidate.serves(request)).findFirst()
                    .orElseThrow(() -> ApiException.notFound("No resource at /" + String.join("/", request.segments()) + "."));
            ApiResponse answer = resource.handle(request);
            if (answer.body() != null) {
                JsonResponses.send(response, answer.status(), answer.body());
            } else if (answer.text() != null) {
                JsonResponses.sendText(response, answer.status(), answer.text());
            } else {
                response.setStatus(answer.status());
            }
        } catch (ApiException e) {
            JsonResponses.dataverseError(response, e.status(), e.code(), e.getMessage());
        } catch (IllegalArgumentException e) {
            JsonResponses.dataverseError(response, 400, "0x80040203", e.getMessage());
        } catch (ProfileException e) {
            JsonResponses.dataverseError(response, e.reason() == ProfileException.Reason.NOT_FOUND ? 404 : 409,
                    e.reason() == ProfileException.Reason.NOT_FOUND ? "0x80040217" : "0x80040237", e.getMessage());
        } catch (BackOfficeException e) {
            String reference = ServerFaults.report(servletRequest.getMethod() + " " + servletRequest.getRequestURI(), e);
            response.setHeader(ServerFaults.REFERENCE_HEADER, reference);
            JsonResponses.dataverseError(response, 500, ServerFaults.CODE, ServerFaults.message(reference));
        }
    }
}
