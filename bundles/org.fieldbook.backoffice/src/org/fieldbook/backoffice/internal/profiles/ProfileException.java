package org.fieldbook.backoffice.internal.profiles;

import org.fieldbook.backoffice.BackOfficeException;

/**
 * A profile operation that is well-formed but cannot be done in the current state; the reason tells the
 * HTTP layer which status to answer (bad input is an {@link IllegalArgumentException} instead).
 */
public class ProfileException extends BackOfficeException {

    private static final long serialVersionUID = 1L;

    /** Why the operation was refused. */
    public enum Reason {
        /** No profile with that id (404). */
        NOT_FOUND,
        /** The profile's state forbids it, e.g. deleting the shipped default or one still assigned (409). */
        CONFLICT
    }

    private final Reason reason;

    public ProfileException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    static ProfileException notFound(String profileId) {
        return new ProfileException(Reason.NOT_FOUND, "No offline profile " + profileId);
    }
}
