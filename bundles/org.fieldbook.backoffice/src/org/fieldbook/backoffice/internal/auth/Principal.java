package org.fieldbook.backoffice.internal.auth;

import org.fieldbook.backoffice.Role;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The signed-in user a request acts for, put on the request by the bearer-token check.
 *
 * @param userName the name the user signs in with
 * @param systemUserId the user's id, which a technician's bookable resource names in {@code _userid_value}
 */
public record Principal(String userName, Role role, String systemUserId) {

    /** The request attribute that holds the principal. */
    public static final String ATTRIBUTE = Principal.class.getName();

    /** @return the principal of an authenticated request */
    public static Principal of(HttpServletRequest request) {
        Object principal = request.getAttribute(ATTRIBUTE);
        if (principal instanceof Principal known) {
            return known;
        }
        throw new IllegalStateException("The request passed no bearer-token check");
    }
}
