package org.fieldbook.sync;

/** The back office answered a request with an error status and, usually, Dataverse's error code and message. */
public final class WebApiException extends SyncException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    public WebApiException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    /** @return the HTTP status, e.g. 412 */
    public int status() {
        return status;
    }

    /** @return Dataverse's error code, e.g. {@code 0x80060882}, or null when the body had none */
    public String code() {
        return code;
    }
}
