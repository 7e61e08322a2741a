package org.fieldbook.backoffice.internal;

import java.nio.file.Files;

import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.fieldbook.backoffice.BackOfficeException;
import org.fieldbook.backoffice.BackOfficeSettings;

/** The listening socket: plain HTTP, or HTTPS (TLS 1.2+) with the certificate from a PKCS#12 key store. */
public final class ServerConnectors {

    private ServerConnectors() {
    }

    /**
     * @throws BackOfficeException when the settings name a key store that does not exist
     */
    public static ServerConnector of(Server jetty, BackOfficeSettings settings) {
        ServerConnector connector;
        if (settings.secure()) {
            if (!Files.isReadable(settings.keyStore())) {
                throw new BackOfficeException("Cannot read the key store " + settings.keyStore() + " for HTTPS");
            }
            SslContextFactory.Server tls = new SslContextFactory.Server();
            tls.setKeyStorePath(settings.keyStore().toString());
            tls.setKeyStorePassword(settings.keyStorePassword());
            tls.setKeyStoreType("PKCS12");
            tls.setIncludeProtocols("TLSv1.2", "TLSv1.3");
            HttpConfiguration https = new HttpConfiguration();
            // Loopback certificates for development name no host; checking SNI would refuse them.
            https.addCustomizer(new SecureRequestCustomizer(false));
            connector = new ServerConnector(jetty, new SslConnectionFactory(tls, "http/1.1"), new HttpConnectionFactory(https));
        } else {
            connector = new ServerConnector(jetty);
        }
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        return connector;
    }
}
