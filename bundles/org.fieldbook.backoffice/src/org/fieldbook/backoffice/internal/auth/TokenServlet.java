package org.fieldbook.backoffice.internal.auth;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The OAuth 2 token endpoint ({@code POST /oauth2/token}, RFC 6749): the password grant signs a user in,
 * the refresh-token grant renews their tokens. Failed sign-ins slow down further attempts from the same
 * client address and for the same user name ({@link SignInLimits}).
 */
public final class TokenServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient Tokens tokens;
    private final transient PasswordSignIn signIns;

    public TokenServlet(Tokens tokens, PasswordSignIn signIns) {
        this.tokens = tokens;
        this.signIns = signIns;
    }

    /** Any method but POST is a 405, in JSON like every error (HttpServlet answers an unknown one with 501). */
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (!"POST".equals(request.getMethod())) {
            response.setHeader("Allow", "POST");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        super.service(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String grant = request.getParameter("grant_type");
        if ("password".equals(grant)) {
            passwordGrant(request, response);
        } else if ("refresh_token".equals(grant)) {
            String refresh = request.getParameter("refresh_token");
            answer(response, refresh == null ? Optional.empty() : tokens.refresh(refresh), "The refresh token is not valid or has expired.");
        } else {
            error(response, "unsupported_grant_type", "grant_type must be password or refresh_token.");
        }
    }

    private void passwordGrant(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String userName = request.getParameter("username");
        String password = request.getParameter("password");
        if (userName == null || password == null) {
            error(response, "invalid_request", "The password grant needs username and password.");
            return;
        }
        // The connection's own address: a client sets X-Forwarded-For to whatever it likes.
        PasswordSignIn.Outcome outcome = signIns.attempt(userName, password.toCharArray(), request.getRemoteAddr());
        if (!outcome.retryAfter().isZero()) {
            response.setHeader("Retry-After", RequestThrottle.retryAfter(outcome.retryAfter()));
            JsonResponses.send(response, 429, json -> {
                json.writeStringField("error", "slow_down");
                json.writeStringField("error_description", "Too many failed sign-ins; try again after the time in Retry-After.");
            });
            return;
        }
        answer(response, outcome.user().map(tokens::issue), "The user name or password is wrong.");
    }

    private static void answer(HttpServletResponse response, Optional<Tokens.Issued> issued, String refusal) throws IOException {
        if (issued.isEmpty()) {
            error(response, "invalid_grant", refusal);
            return;
        }
        JsonResponses.send(response, HttpServletResponse.SC_OK, json -> {
            json.writeStringField("access_token", issued.get().accessToken());
            json.writeStringField("token_type", "Bearer");
            json.writeNumberField("expires_in", issued.get().expiresIn().toSeconds());
            json.writeStringField("refresh_token", issued.get().refreshToken());
        });
    }

    private static void error(HttpServletResponse response, String code, String description) throws IOException {
        JsonResponses.send(response, HttpServletResponse.SC_BAD_REQUEST, json -> {
            json.writeStringField("error", code);
            json.writeStringField("error_description", description);
        });
    }
}
