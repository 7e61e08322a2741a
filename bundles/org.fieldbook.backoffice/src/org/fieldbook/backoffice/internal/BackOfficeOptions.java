package org.fieldbook.backoffice.internal;

/**
 * The back office's command line: {@code --host <address>} (default loopback) and
 * {@code --port <n>} (default 8080, 0 for any free port).
 */
record BackOfficeOptions(String host, int port) {

    static final String USAGE = "usage: backoffice [--host <address>] [--port <0-65535>]";

    static BackOfficeOptions parse(String... args) {
        String host = "127.0.0.1";
        int port = 8080;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
            case "--host" -> host = value(args, ++i, "--host");
            case "--port" -> port = port(value(args, ++i, "--port"));
            default -> throw new IllegalArgumentException("Unknown option '" + args[i] + "'. " + USAGE);
            }
        }
        return new BackOfficeOptions(host, port);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value. " + USAGE);
        }
        return args[index];
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port >= 0 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("Not a port: '" + text + "'. " + USAGE);
    }
}
