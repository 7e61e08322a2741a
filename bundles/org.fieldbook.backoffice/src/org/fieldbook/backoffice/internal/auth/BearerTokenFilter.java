package org.fieldbook.backoffice.internal.auth;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Lets a request through only with an unexpired bearer token (401 otherwise) and within its user's request
 * limit (429 with {@code Retry-After} otherwise), and puts the user on the request as a {@link Principal}.
 * The one exception is the service document, which names the tables and no data: clients read it to learn
 * that the server is reachable before anyone has signed in (Dataverse answers it with 401).
 */
public final class BearerTokenFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String BEARER = "Bearer ";

    private final transient Tokens tokens;
    private final transient RequestThrottle throttle;
    private final boolean serviceDocumentOpen;

    /** @param serviceDocumentOpen whether the root of the path the filter guards is the open service document */
    public BearerTokenFilter(Tokens tokens, RequestThrottle throttle, boolean serviceDocumentOpen) {
        this.tokens = tokens;
        this.throttle = throttle;
        this.serviceDocumentOpen = serviceDocumentOpen;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (serviceDocumentOpen && isServiceDocument(request)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Principal> principal = bearer(request).flatMap(tokens::principalOf);
        if (principal.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"fieldbook\"");
            JsonResponses.dataverseError(response, HttpServletResponse.SC_UNAUTHORIZED, "0x80072560",
                    "Sign in first: the request has no bearer token, or its token has expired.");
            return;
        }
        Duration wait = throttle.acquire(principal.get().userName());
        if (!wait.isZero()) {
            response.setHeader("Retry-After", RequestThrottle.retryAfter(wait));
            JsonResponses.dataverseError(response, 429, "0x80072322",
                    "Number of requests exceeded the limit for this user. Retry after the time in Retry-After.");
            return;
        }
        request.setAttribute(Principal.ATTRIBUTE, principal.get());
        chain.doFilter(request, response);
    }

    private static boolean isServiceDocument(HttpServletRequest request) {
        String path = request.getPathInfo();
        return "GET".equals(request.getMethod()) && (path == null || "/".equals(path)) && request.getQueryString() == null;
    }

    private static Optional<String> bearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        return Optional.of(header.substring(BEARER.length()).strip()).filter(token -> !token.isEmpty());
    }
}
