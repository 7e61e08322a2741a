package org.fieldbook.sync;

import java.time.Duration;

/** The back office asked to wait (429 throttled or 503 unavailable) for {@link #retryAfter()}. */
public final class ServerBusyException extends SyncException {

    private static final long serialVersionUID = 1L;

    private final transient Duration retryAfter;

    public ServerBusyException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    /** @return how long the server asked to wait before the next request */
    public Duration retryAfter() {
        return retryAfter;
    }
}
