package org.fieldbook.backoffice.internal;

import java.nio.file.Path;

/**
 * The back office's command line: {@code --host <address>} (default loopback), {@code --port <n>}
 * (default 8080, 0 for any free port), {@code --demo [work orders]} to load demo data into an empty
 * database (default 30 work orders), {@code --https <PKCS#12 key store>} to serve HTTPS (its password in the
 * environment variable {@value #KEYSTORE_PASSWORD}), {@code --client-updates <folder>} to serve the client's p2
 * repository in that folder as its update site, {@code --close-fieldbook-api-to-devices} to answer
 * {@code /fieldbook/v1/} for administrators only.
 *
 * @param demoWorkOrders how many demo work orders to generate, 0 for none
 * @param keyStore the key store for HTTPS, or null for plain HTTP
 * @param clientUpdates the client's p2 repository to serve, or null for none
 * @param fieldbookApiClosedToDevices whether devices reach the Dataverse Web API only
 */
record BackOfficeOptions(String host, int port, int demoWorkOrders, Path keyStore, Path clientUpdates,
        boolean fieldbookApiClosedToDevices) {

    static final String USAGE = "usage: backoffice [--host <address>] [--port <0-65535>] [--demo [<work orders>]]"
            + " [--https <key store.p12>] [--client-updates <p2 repository folder>] [--close-fieldbook-api-to-devices]";
    /** Where the key store's password comes from: not the command line, which other users can list. */
    static final String KEYSTORE_PASSWORD = "FIELDBOOK_KEYSTORE_PASSWORD";
    private static final int DEFAULT_DEMO_WORK_ORDERS = 30;

    static BackOfficeOptions parse(String... args) {
        String host = "127.0.0.1";
        int port = 8080;
        int demo = 0;
        Path keyStore = null;
        Path clientUpdates = null;
        boolean closed = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
            case "--host" -> host = value(args, ++i, "--host");
            case "--port" -> port = port(value(args, ++i, "--port"));
            case "--https" -> keyStore = Path.of(value(args, ++i, "--https"));
            case "--client-updates" -> clientUpdates = Path.of(value(args, ++i, "--client-updates"));
            case "--close-fieldbook-api-to-devices" -> closed = true;
            case "--demo" -> {
                boolean sized = i + 1 < args.length && args[i + 1].matches("\\d+");
                demo = sized ? workOrders(args[++i]) : DEFAULT_DEMO_WORK_ORDERS;
            }
            default -> throw new IllegalArgumentException("Unknown option '" + args[i] + "'. " + USAGE);
            }
        }
        return new BackOfficeOptions(host, port, demo, keyStore, clientUpdates, closed);
    }

    private static int workOrders(String text) {
        int count = Integer.parseInt(text);
        if (count < 1 || count > 3_000_000) {
            throw new IllegalArgumentException("--demo takes 1 to 3000000 work orders, not " + text + ". " + USAGE);
        }
        return count;
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
