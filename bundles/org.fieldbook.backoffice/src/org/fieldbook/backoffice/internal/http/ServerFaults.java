package org.fieldbook.backoffice.internal.http;

import java.util.UUID;

import org.eclipse.core.runtime.ILog;

/**
 * Server faults as a client sees them: a fixed message with a reference, while the log holds the cause under the
 * same reference, so a user's report finds its stack trace and no answer shows one.
 */
public final class ServerFaults {

    /** The header that carries the reference, as Dataverse names its request id. */
    public static final String REFERENCE_HEADER = "x-ms-service-request-id";
    /** Dataverse's code for an unexpected server error. */
    public static final String CODE = "0x80040216";

    private ServerFaults() {
    }

    /**
     * Logs a fault.
     *
     * @param what the request it happened in, e.g. {@code GET /api/data/v9.2/accounts}
     * @return the reference that names it in the log
     */
    public static String report(String what, Throwable cause) {
        String reference = UUID.randomUUID().toString();
        ILog.of(ServerFaults.class).error("Server fault " + reference + " in " + what, cause);
        return reference;
    }

    /** @return what the client is told about the fault with this reference */
    public static String message(String reference) {
        return "The back office could not complete the request (reference " + reference + ").";
    }
}
