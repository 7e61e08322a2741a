package org.fieldbook.backoffice.internal.admin;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.fieldbook.backoffice.BackOfficeException;
import org.fieldbook.backoffice.internal.BackOfficeDatabase;
import org.fieldbook.backoffice.internal.auth.JsonResponses;
import org.fieldbook.backoffice.internal.auth.Users;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Fieldbook's own API beside the Dataverse one, under {@code /fieldbook/v1/}: who am I, my published offline
 * profile, and the administrators' management of users and offline profiles. JSON in, JSON out, errors in
 * Dataverse's shape; behind the same bearer tokens.
 */
public final class FieldbookApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient List<ApiResource> resources;

    private FieldbookApiServlet(List<ApiResource> resources) {
        this.resources = List.copyOf(resources);
    }

    /** @return the API over the back office's users and database */
    public static FieldbookApiServlet of(Users users, BackOfficeDatabase database) {
        return new FieldbookApiServlet(List.of(new MeResource(database), new UsersResource(users)));
    }

    @Override
    protected void service(HttpServletRequest servletRequest, HttpServletResponse response) throws IOException {
        ApiRequest request = new ApiRequest(servletRequest);
        try {
            ApiResource resource = resources.stream().filter(candidate -> candidate.serves(request)).findFirst()
                    .orElseThrow(() -> ApiException.notFound("No resource at /" + String.join("/", request.segments()) + "."));
            ApiResponse answer = resource.handle(request);
            if (answer.body() == null) {
                response.setStatus(answer.status());
            } else {
                JsonResponses.send(response, answer.status(), answer.body());
            }
        } catch (ApiException e) {
            JsonResponses.dataverseError(response, e.status(), e.code(), e.getMessage());
        } catch (BackOfficeException e) {
            ILog.of(FieldbookApiServlet.class).error("Fieldbook API request failed: " + e.getMessage(), e);
            JsonResponses.dataverseError(response, 500, "0x80040216", "The back office could not complete the request.");
        }
    }
}
