package org.fieldbook.sync.internal.auth;

import java.util.Optional;

import org.fieldbook.sync.SyncException;

/** Where the signed-in user's name and refresh token survive a restart. */
interface RefreshTokens {

    /** A remembered sign-in. */
    record Saved(String userName, String refreshToken) {
    }

    Optional<Saved> load() throws SyncException;

    void save(Saved saved) throws SyncException;

    void clear();
}
