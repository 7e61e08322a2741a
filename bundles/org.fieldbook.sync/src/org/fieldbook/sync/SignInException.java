package org.fieldbook.sync;

/** Signing in failed for a reason the user can act on: a wrong password, no sign-in yet, or one that lapsed. */
public final class SignInException extends SyncException {

    private static final long serialVersionUID = 1L;

    public SignInException(String message) {
        super(message);
    }
}
