package org.fieldbook.sync;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * Where and how the device signs in: the method, and for Microsoft Entra ID the Dataverse organization's URL
 * (e.g. {@code https://contoso.crm4.dynamics.com}), the directory (tenant id or domain) and the id of the app
 * registered for Fieldbook in it.
 */
public record OrganizationSettings(SignInMethod method, String organizationUrl, String tenant, String clientId) {

    /** The bundled back office's password sign-in, nothing else set. */
    public static final OrganizationSettings BACK_OFFICE = new OrganizationSettings(SignInMethod.BACK_OFFICE_PASSWORD, "", "", "");

    private static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");
    private static final Pattern DOMAIN = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+");

    public OrganizationSettings {
        organizationUrl = organizationUrl == null ? "" : organizationUrl.trim();
        tenant = tenant == null ? "" : tenant.trim();
        clientId = clientId == null ? "" : clientId.trim();
    }

    /**
     * @return these settings when they can be used, the organization's URL reduced to its origin
     * @throws SignInException naming the field that is wrong
     */
    public OrganizationSettings checked() throws SignInException {
        if (!method.entra()) {
            return this;
        }
        URI origin = origin();
        if (!GUID.matcher(tenant).matches() && !DOMAIN.matcher(tenant).matches()) {
            throw new SignInException("The tenant must be the directory's id (a GUID) or one of its domains, such as contoso.onmicrosoft.com.");
        }
        if (!GUID.matcher(clientId).matches()) {
            throw new SignInException("The client id must be the application (client) id of the app registration, a GUID.");
        }
        return new OrganizationSettings(method, origin.toString(), tenant, clientId);
    }

    /** @return the scope a token for the organization's Web API is asked with */
    public String scope() throws SignInException {
        return origin() + "/user_impersonation";
    }

    /** @return the organization's Web API root */
    public URI webApiRoot() throws SignInException {
        return URI.create(origin() + "/api/data/v9.2/");
    }

    private URI origin() throws SignInException {
        try {
            URI uri = new URI(organizationUrl);
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
                throw new SignInException("The organization URL must be the organization's https address, such as https://contoso.crm4.dynamics.com.");
            }
            return new URI("https", null, uri.getHost(), uri.getPort(), null, null, null);
        } catch (URISyntaxException e) {
            throw new SignInException("The organization URL is not a web address: " + e.getReason() + ".");
        }
    }
}
