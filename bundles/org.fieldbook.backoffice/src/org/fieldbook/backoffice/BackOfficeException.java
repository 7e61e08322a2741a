package org.fieldbook.backoffice;

/** The back office could not do what was asked; the message says why. */
public class BackOfficeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BackOfficeException(String message, Throwable cause) {
        super(message, cause);
    }

    public BackOfficeException(String message) {
        super(message);
    }
}
