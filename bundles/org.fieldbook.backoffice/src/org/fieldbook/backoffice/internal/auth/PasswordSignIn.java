package org.fieldbook.backoffice.internal.auth;

import java.time.Duration;
import java.util.Optional;

/**
 * A password sign-in as every door of the back office checks it (the OAuth 2 token endpoint, the admin
 * console): held back while {@link SignInLimits} say so, the password checked by {@link Users}.
 */
public final class PasswordSignIn {

    private final Users users;
    private final SignInLimits limits;

    public PasswordSignIn(Users users, SignInLimits limits) {
        this.users = users;
        this.limits = limits;
    }

    /**
     * @param user the signed-in user, or empty for a wrong name or password (or one held back)
     * @param retryAfter zero, or how long until this client may try again: the password was not checked
     */
    public record Outcome(Optional<Principal> user, Duration retryAfter) {
    }

    /** @param address the client's address, from the connection (a header could name anyone) */
    public Outcome attempt(String userName, char[] password, String address) {
        Duration wait = limits.attempt(userName, address);
        if (!wait.isZero()) {
            return new Outcome(Optional.empty(), wait);
        }
        Optional<Principal> user = users.authenticate(userName, password);
        user.ifPresent(known -> limits.succeeded(userName, address));
        return new Outcome(user, Duration.ZERO);
    }
}
