package org.fieldbook.backoffice.console.internal;

import java.io.IOException;
import java.util.List;

import org.fieldbook.backoffice.Role;
import org.fieldbook.backoffice.internal.auth.PasswordSignIn;
import org.fieldbook.backoffice.internal.auth.Principal;
import org.fieldbook.backoffice.internal.auth.RequestThrottle;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Signing in and out, and who is signed in: {@code POST session} {@code {userName, password}},
 * {@code DELETE session}, {@code GET me}. A sign-in is checked by the same {@link PasswordSignIn} as the
 * token endpoint's, so failures at either door slow down both.
 */
final class SessionCalls implements ConsoleCall.Handler {

    private final PasswordSignIn signIn;
    private final ConsoleSessions sessions;

    SessionCalls(PasswordSignIn signIn, ConsoleSessions sessions) {
        this.signIn = signIn;
        this.sessions = sessions;
    }

    record NavigationEntry(String path, String label) {
    }

    record Me(String userName, String role, String csrf, List<NavigationEntry> pages) {
    }

    @Override
    public boolean handle(ConsoleCall call) throws IOException {
        if (call.is("POST", "session")) {
            signIn(call);
        } else if (call.is("DELETE", "session")) {
            sessions.close(call.session().id());
            call.response().addHeader("Set-Cookie", cookie(call, "", 0));
            call.answer(200, ConsoleJson.object().put("next", ConsoleModule.ROOT + "sign-in"));
        } else if (call.is("GET", "me")) {
            Principal user = call.session().user();
            call.answer(200, new Me(user.userName(), user.role().id(), call.session().csrf(), ConsolePage.allowedFor(user.role()).stream()
                    .map(page -> new NavigationEntry(ConsoleModule.ROOT + page.path(), page.label())).toList()));
        } else {
            return false;
        }
        return true;
    }

    /**
     * Only JSON is read, which a form on another site cannot send without the browser asking this server
     * first: nobody signs a browser in to their own account behind its user's back.
     */
    private void signIn(ConsoleCall call) throws IOException {
        JsonNode body = ConsoleJson.body(call.request());
        String userName = ConsoleJson.text(body, "userName");
        String password = body.path("password").asText("");
        if (userName == null) {
            throw new ConsoleCall.Refused(400, "Enter your user name.", "userName");
        }
        if (password.isEmpty()) {
            throw new ConsoleCall.Refused(400, "Enter your password.", "password");
        }
        PasswordSignIn.Outcome outcome = signIn.attempt(userName, password.toCharArray(), call.request().getRemoteAddr());
        if (!outcome.retryAfter().isZero()) {
            call.response().setHeader("Retry-After", RequestThrottle.retryAfter(outcome.retryAfter()));
            throw new ConsoleCall.Refused(429, "Too many failed sign-ins; try again in "
                    + RequestThrottle.retryAfter(outcome.retryAfter()) + " seconds.");
        }
        Principal user = outcome.user().orElseThrow(() -> new ConsoleCall.Refused(401, "The user name or password is wrong.", "password"));
        if (user.role() == Role.TECHNICIAN) {
            throw new ConsoleCall.Refused(403, "The admin console is for administrators and dispatchers; technicians use the Fieldbook app.");
        }
        ConsoleSessions.Session session = sessions.open(user);
        call.response().addHeader("Set-Cookie", cookie(call, session.id(), -1));
        call.answer(200, ConsoleJson.object().put("next", ConsoleModule.ROOT));
    }

    /** @param maxAge -1 for a cookie that ends with the browser, 0 to delete it */
    private static String cookie(ConsoleCall call, String value, int maxAge) {
        return ConsoleGate.COOKIE + "=" + value + "; Path=" + ConsoleModule.ROOT + "; HttpOnly; SameSite=Strict"
                + (call.request().isSecure() ? "; Secure" : "") + (maxAge >= 0 ? "; Max-Age=" + maxAge : "");
    }
}
