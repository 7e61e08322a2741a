package org.fieldbook.sync.internal.auth;

import java.net.URI;

import javax.net.ssl.SSLSocketFactory;

/**
 * Where Microsoft Entra ID answers: the public cloud's {@code login.microsoftonline.com}, whose instance MSAL
 * discovers and validates, or (in tests) an authority on loopback that MSAL is told to trust as it is.
 *
 * @param base the authority's root, the tenant is appended to it
 * @param trust the TLS trust for that authority, null for the JDK's own
 */
public record EntraAuthority(URI base, SSLSocketFactory trust) {

    /** Microsoft Entra ID's global cloud. */
    public static final EntraAuthority PUBLIC_CLOUD = new EntraAuthority(URI.create("https://login.microsoftonline.com/"), null);

    /** @return the authority URL of {@code tenant} */
    String of(String tenant) {
        return base.resolve(tenant + "/").toString();
    }

    /** @return whether this is Microsoft's cloud, whose instance MSAL discovers; a test authority is taken as it is */
    boolean discovered() {
        return this.equals(PUBLIC_CLOUD);
    }
}
