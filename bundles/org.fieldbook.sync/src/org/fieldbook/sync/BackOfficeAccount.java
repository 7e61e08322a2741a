package org.fieldbook.sync;

import java.util.Optional;

/**
 * The technician's account at the back office: signing in once with a password, then bearer tokens that
 * renew themselves. The refresh token is kept in Eclipse secure storage, never the password. Methods that
 * block on the network must be called from a job, never from the UI thread.
 */
public interface BackOfficeAccount {

    /**
     * Signs in and remembers the user.
     *
     * @throws SignInException when the user name or password is wrong, or sign-in is refused for now
     * @throws SyncException when the back office cannot be reached
     */
    void signIn(String userName, char[] password) throws SyncException;

    /** Forgets the user and their tokens. */
    void signOut();

    /** @return who is signed in, if anyone */
    Optional<String> userName();

    /**
     * @return an access token that has not expired, renewed with the refresh token when needed
     * @throws SignInException when nobody is signed in or the sign-in has lapsed: the user must sign in again
     * @throws SyncException when the back office cannot be reached
     */
    String accessToken() throws SyncException;

    /** Tells the account that the server refused {@code token} (401), so the next call renews it. */
    void rejected(String token);
}
