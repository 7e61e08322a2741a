package org.fieldbook.sync.internal;

import java.io.IOException;

/**
 * The body was not the JSON document the protocol promises: broken or truncated JSON, a missing part, or a
 * value of the wrong type. An {@link IOException}, so it travels out of HttpClient's response handlers.
 */
public final class MalformedResponseException extends IOException {

    private static final long serialVersionUID = 1L;

    public MalformedResponseException(String message) {
        super(message);
    }

    public MalformedResponseException(String message, Throwable cause) {
        super(message, cause);
    }
}
