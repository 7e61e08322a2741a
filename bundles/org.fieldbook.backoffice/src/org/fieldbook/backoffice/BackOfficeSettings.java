package org.fieldbook.backoffice;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How a back office serves: where, from which data, with TLS or not, and its protection limits.
 * Start from {@link #of(Path)} and change what differs with the {@code with…} methods.
 *
 * @param host the address to bind, loopback by default
 * @param port the port, 0 for any free one
 * @param dataFolder the folder of the back office's database
 * @param keyStore a PKCS#12 key store with the server's certificate to serve HTTPS, or null for plain HTTP
 * @param keyStorePassword the key store's password (null without a key store)
 * @param accessTokenLifetime how long a bearer token works
 * @param refreshTokenLifetime how long a refresh token works
 * @param requestLimit requests each user may make per {@code requestWindow} before getting 429
 * @param signInLimit failed sign-ins a user name or a client address may have before each further attempt must
 *        wait (see docs/backoffice.md)
 * @param clientUpdates the folder holding the client's p2 repository, served under
 *        {@link BackOfficeServer#CLIENT_UPDATES_PATH}, or null to serve no updates
 * @param fieldbookApiClosedToDevices whether {@code /fieldbook/v1/} answers administrators only: devices then reach
 *        nothing but the Dataverse Web API, as against a real organization
 */
public record BackOfficeSettings(String host, int port, Path dataFolder, Path keyStore, String keyStorePassword,
        Duration accessTokenLifetime, Duration refreshTokenLifetime, int requestLimit, Duration requestWindow, int signInLimit,
        Path clientUpdates, boolean fieldbookApiClosedToDevices) {

    /** Dataverse's service protection limit: 6,000 requests per user in five minutes. */
    public static final int DATAVERSE_REQUEST_LIMIT = 6000;

    /** @return plain HTTP on loopback port 8080 with Dataverse's limits and one-hour tokens */
    public static BackOfficeSettings of(Path dataFolder) {
        return new BackOfficeSettings("127.0.0.1", 8080, dataFolder, null, null, Duration.ofHours(1), Duration.ofDays(30),
                DATAVERSE_REQUEST_LIMIT, Duration.ofMinutes(5), 5, null, false);
    }

    public BackOfficeSettings withAddress(String newHost, int newPort) {
        return new BackOfficeSettings(newHost, newPort, dataFolder, keyStore, keyStorePassword, accessTokenLifetime,
                refreshTokenLifetime, requestLimit, requestWindow, signInLimit, clientUpdates, fieldbookApiClosedToDevices);
    }

    /** @return these settings serving HTTPS with the certificate in {@code store} */
    public BackOfficeSettings withKeyStore(Path store, String password) {
        return new BackOfficeSettings(host, port, dataFolder, store, password, accessTokenLifetime, refreshTokenLifetime,
                requestLimit, requestWindow, signInLimit, clientUpdates, fieldbookApiClosedToDevices);
    }

    /** @return these settings serving the client's update site from {@code folder} */
    public BackOfficeSettings withClientUpdates(Path folder) {
        return new BackOfficeSettings(host, port, dataFolder, keyStore, keyStorePassword, accessTokenLifetime,
                refreshTokenLifetime, requestLimit, requestWindow, signInLimit, folder, fieldbookApiClosedToDevices);
    }

    public BackOfficeSettings withTokenLifetimes(Duration access, Duration refresh) {
        return new BackOfficeSettings(host, port, dataFolder, keyStore, keyStorePassword, access, refresh, requestLimit,
                requestWindow, signInLimit, clientUpdates, fieldbookApiClosedToDevices);
    }

    public BackOfficeSettings withRequestLimit(int limit, Duration window) {
        return new BackOfficeSettings(host, port, dataFolder, keyStore, keyStorePassword, accessTokenLifetime,
                refreshTokenLifetime, limit, window, signInLimit, clientUpdates, fieldbookApiClosedToDevices);
    }

    /** @return these settings with {@code /fieldbook/v1/} answering administrators only */
    public BackOfficeSettings withFieldbookApiClosedToDevices() {
        return new BackOfficeSettings(host, port, dataFolder, keyStore, keyStorePassword, accessTokenLifetime, refreshTokenLifetime,
                requestLimit, requestWindow, signInLimit, clientUpdates, true);
    }

    /** @return whether the server speaks HTTPS */
    public boolean secure() {
        return keyStore != null;
    }
}
