package org.fieldbook.backoffice.console.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import org.fieldbook.backoffice.internal.auth.RequestThrottle;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The console's door, before every page and call under {@code /admin/}: the browser's session (else the
 * sign-in page, or 401 for a call), the per-user request throttle of the Web API, and the session's CSRF
 * token on every request that changes anything. Only the stylesheet and scripts, the sign-in page and the
 * sign-in call pass without a session.
 */
final class ConsoleGate extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String COOKIE = "fieldbook_console";
    static final String CSRF_HEADER = "X-CSRF-Token";
    static final String SESSION = ConsoleSessions.Session.class.getName();
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD");

    private final transient ConsoleSessions sessions;
    private final transient RequestThrottle throttle;

    ConsoleGate(ConsoleSessions sessions, RequestThrottle throttle) {
        this.sessions = sessions;
        this.throttle = throttle;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        secureHeaders(response);
        String path = ConsoleModule.pathIn(request);
        if (path.startsWith("assets/") || path.equals("sign-in") || (path.equals("api/session") && "POST".equals(request.getMethod()))) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ConsoleSessions.Session> session = sessions.touch(sessionId(request));
        if (session.isEmpty()) {
            refuseSignedOut(request, response, path);
            return;
        }
        Duration wait = throttle.acquire(session.get().user().userName());
        if (!wait.isZero()) {
            response.setHeader("Retry-After", RequestThrottle.retryAfter(wait));
            ConsoleJson.error(response, 429, "Too many requests; try again in " + RequestThrottle.retryAfter(wait) + " seconds.");
            return;
        }
        if (!SAFE_METHODS.contains(request.getMethod())
                && !ConsoleSessions.sameToken(session.get().csrf(), request.getHeader(CSRF_HEADER))) {
            ConsoleJson.error(response, 403, "This request lacks the page's security token; reload the page and try again.");
            return;
        }
        request.setAttribute(SESSION, session.get());
        chain.doFilter(request, response);
    }

    static String sessionId(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? null
                : Arrays.stream(cookies).filter(cookie -> COOKIE.equals(cookie.getName())).map(Cookie::getValue).findFirst().orElse(null);
    }

    /** Pages go to the sign-in page, saying when the session ran out; calls get 401. */
    private static void refuseSignedOut(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        if (path.startsWith("api/")) {
            ConsoleJson.error(response, 401, "You are signed out; sign in again.");
            return;
        }
        boolean hadSession = sessionId(request) != null;
        response.setStatus(303);
        response.setHeader("Location", request.getContextPath() + ConsoleModule.ROOT + "sign-in" + (hadSession ? "?expired" : ""));
    }

    /** Scripts and styles only from this server, no framing, no sniffing, no caching of pages with data. */
    private static void secureHeaders(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Cache-Control", "no-store");
    }
}
