package org.fieldbook.backoffice;

/** The back office cannot listen: another program already listens on its address and port. */
public final class PortInUseException extends BackOfficeException {

    private static final long serialVersionUID = 1L;

    public PortInUseException(String host, int port, Throwable cause) {
        super("Port " + port + " on " + host + " is already in use: another program (perhaps another back office)"
                + " listens there. Stop it, or start with --port <another port>.", cause);
    }
}
