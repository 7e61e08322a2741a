package org.fieldbook.backoffice.internal.admin;

/** Ends a request of Fieldbook's API with a status and a Dataverse-shaped error. */
final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    ApiException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    static ApiException badRequest(String message) {
        return new ApiException(400, "0x80040203", message);
    }

    static ApiException notFound(String message) {
        return new ApiException(404, "0x80040217", message);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
