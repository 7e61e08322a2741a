package org.fieldbook.tests.common.entra;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A self-signed certificate for 127.0.0.1 and localhost, made by the JDK's keytool, and a TLS context that
 * serves it and trusts only it: what a client is given to talk to a test authority on loopback.
 */
public final class LoopbackTls {

    private static final char[] PASSWORD = "loopback".toCharArray();

    private LoopbackTls() {
    }

    /** @return a context that presents the new certificate and trusts nothing else */
    public static SSLContext create(Path folder) throws IOException {
        Path store = folder.resolve("loopback.p12");
        keytool(store);
        try (InputStream in = Files.newInputStream(store)) {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(in, PASSWORD);
            KeyManagerFactory serving = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            serving.init(keys, PASSWORD);
            TrustManagerFactory trusting = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trusting.init(keys);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(serving.getKeyManagers(), trusting.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IOException("The loopback certificate cannot be used: " + e.getMessage(), e);
        }
    }

    private static void keytool(Path store) throws IOException {
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair",
                "-alias", "loopback", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2", "-dname", "CN=127.0.0.1",
                "-ext", "san=ip:127.0.0.1,dns:localhost", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", new String(PASSWORD)).redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes());
        try {
            if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
                throw new IOException("keytool failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while keytool ran", e);
        }
    }
}
