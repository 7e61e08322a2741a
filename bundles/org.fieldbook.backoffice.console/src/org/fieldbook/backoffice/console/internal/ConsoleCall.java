package org.fieldbook.backoffice.console.internal;

import java.io.IOException;
import java.util.List;

import org.fieldbook.backoffice.Role;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * One of the console's calls under {@code /admin/api/}, as a page's script makes it.
 *
 * @param method the HTTP method
 * @param path the path below {@code /admin/api/}, split at slashes
 * @param session the signed-in browser's session, or null for the sign-in call
 */
record ConsoleCall(HttpServletRequest request, HttpServletResponse response, String method, List<String> path,
        ConsoleSessions.Session session) {

    /** @return whether this is the call {@code method} {@code segments}, where {@code *} matches any one segment */
    boolean is(String expectedMethod, String... segments) {
        if (!method.equals(expectedMethod) || path.size() != segments.length) {
            return false;
        }
        for (int i = 0; i < segments.length; i++) {
            if (!"*".equals(segments[i]) && !segments[i].equals(path.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** @throws Refused 403 unless the signed-in user's role is at least {@code least} */
    void require(Role least) {
        if (session == null || session.user().role().ordinal() < least.ordinal()) {
            throw new Refused(403, "Your role (" + (session == null ? "none" : session.user().role().id()) + ") may not do this.");
        }
    }

    void answer(int status, Object body) throws IOException {
        ConsoleJson.send(response, status, ConsoleJson.MAPPER.valueToTree(body));
    }

    /** A call refused with a status and a message for the person. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int status;
        private final String field;

        Refused(int status, String message) {
            this(status, message, null);
        }

        Refused(int status, String message, String field) {
            super(message);
            this.status = status;
            this.field = field;
        }

        int status() {
            return status;
        }

        String field() {
            return field;
        }
    }

    /** The calls of one area of the console. */
    interface Handler {
        /** @return whether the call was this handler's (it answered) */
        boolean handle(ConsoleCall call) throws IOException;
    }
}
