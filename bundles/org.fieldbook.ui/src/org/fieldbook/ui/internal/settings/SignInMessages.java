package org.fieldbook.ui.internal.settings;

import org.fieldbook.sync.SignInException;
import org.fieldbook.sync.SyncException;

/** What the settings part says after a sign-in: who is signed in, or why not in words a technician can act on. */
final class SignInMessages {

    static final String SIGNED_IN = "Signed in as ";
    static final String REFUSED = "Not signed in: ";
    static final String UNREACHABLE = "Server unreachable: ";
    static final String SIGNED_OUT = "Nobody is signed in. Sign in to sync.";

    private SignInMessages() {
    }

    static String signedIn(String userName) {
        return SIGNED_IN + userName;
    }

    static String failure(Exception e) {
        if (e instanceof SignInException) {
            return REFUSED + e.getMessage();
        }
        if (e instanceof SyncException) {
            return UNREACHABLE + e.getMessage();
        }
        return "Cannot sign in: " + e.getMessage();
    }
}
