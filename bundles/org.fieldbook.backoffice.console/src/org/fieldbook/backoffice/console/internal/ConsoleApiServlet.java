package org.fieldbook.backoffice.console.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.fieldbook.backoffice.BackOfficeException;
import org.fieldbook.backoffice.internal.ProfilePreview;
import org.fieldbook.backoffice.internal.SyncHealth;
import org.fieldbook.backoffice.internal.auth.Users;
import org.fieldbook.backoffice.internal.http.ServerFaults;
import org.fieldbook.backoffice.internal.profiles.ProfileException;
import org.fieldbook.backoffice.internal.web.BackOfficeServices;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The calls the console's pages make, JSON in and out. A refusal or bad input is answered with a message
 * for the person (and the form field it belongs to); a fault of the server with a reference, never with its
 * details.
 */
final class ConsoleApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Sets a smaller row guidance for the preview, so that a browser test sees the warning without 200,000 rows. */
    static final String ROW_GUIDANCE_PROPERTY = "fieldbook.console.rowGuidance";

    private final transient List<ConsoleCall.Handler> handlers;

    ConsoleApiServlet(BackOfficeServices services, ConsoleSessions sessions) {
        this.handlers = List.of(new SessionCalls(services.signIn(), sessions), new ProfileCalls(services.profiles(), services.assignments()),
                new ProfileEditorCalls(services.profiles(), services.database()), new ReleaseCalls(services.profiles()),
                new PeopleCalls(services.assignments(), services.profiles()),
                new SettingsCalls(services.organization()), new SyncErrorCalls(services.syncErrors()),
                new ClientUpdateCalls(services.updateDeadlines(), services.served(), services.clock()),
                new SyncHealthCalls(new SyncHealth(services.database()), services.clock()),
                new PreviewCalls(services.profiles(), new Users(services.database()), new ProfilePreview(services.database(), services.clock()),
                        Integer.getInteger(ROW_GUIDANCE_PROPERTY, ProfilePreview.ROW_GUIDANCE)));
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String info = request.getPathInfo() == null ? "" : request.getPathInfo();
        List<String> path = Arrays.stream(info.split("/")).filter(segment -> !segment.isEmpty()).toList();
        ConsoleCall call = new ConsoleCall(request, response, request.getMethod(), path,
                (ConsoleSessions.Session) request.getAttribute(ConsoleGate.SESSION));
        try {
            for (ConsoleCall.Handler handler : handlers) {
                if (handler.handle(call)) {
                    return;
                }
            }
            ConsoleJson.error(response, 404, "There is no such call.");
        } catch (ConsoleCall.Refused e) {
            ConsoleJson.error(response, e.status(), e.getMessage(), e.field());
        } catch (IllegalArgumentException e) {
            ConsoleJson.error(response, 400, e.getMessage());
        } catch (ProfileException e) {
            ConsoleJson.error(response, e.reason() == ProfileException.Reason.NOT_FOUND ? 404 : 409, e.getMessage());
        } catch (BackOfficeException | IllegalStateException e) {
            String reference = ServerFaults.report(request.getMethod() + " " + request.getRequestURI(), e);
            response.setHeader(ServerFaults.REFERENCE_HEADER, reference);
            ConsoleJson.error(response, 500, ServerFaults.message(reference));
        }
    }
}
