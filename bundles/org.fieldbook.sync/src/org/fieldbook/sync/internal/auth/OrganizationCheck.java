package org.fieldbook.sync.internal.auth;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.fieldbook.sync.SignInException;
import org.fieldbook.sync.SyncException;
import org.fieldbook.sync.internal.JsonFields;

/**
 * Asks the organization {@code WhoAmI} with a fresh Entra ID token: Entra ID signs in any user of the tenant,
 * but only a user with a Dynamics 365 licence and a security role gets into the organization, and that is
 * better said at sign-in than at the first sync.
 */
final class OrganizationCheck {

    private final URI whoAmI;
    private final CloseableHttpClient http;

    OrganizationCheck(URI webApiRoot, CloseableHttpClient http) {
        this.whoAmI = webApiRoot.resolve("WhoAmI");
        this.http = http;
    }

    /** @throws SignInException when the organization refuses {@code user}, saying what is missing */
    void admits(String accessToken, String user) throws SyncException {
        HttpGet get = new HttpGet(whoAmI);
        get.setHeader("Authorization", "Bearer " + accessToken);
        get.setHeader("Accept", "application/json");
        get.setHeader("OData-Version", "4.0");
        String refusal;
        try {
            refusal = http.execute(get, response -> refusal(response, user));
        } catch (IOException e) {
            throw new SyncException("Cannot reach the organization at " + whoAmI.resolve("/") + ": " + e.getMessage(), e);
        }
        if (refusal != null) {
            throw new SignInException(refusal);
        }
    }

    /** @return what to tell the user, null when the organization let them in */
    private String refusal(ClassicHttpResponse response, String user) throws IOException {
        int status = response.getCode();
        if (status == 200) {
            return null;
        }
        String said = said(response);
        if (status == 401) {
            return "The organization did not accept the Microsoft sign-in: check the organization URL, and that the app "
                    + "registration has the Dynamics CRM user_impersonation permission." + said;
        }
        if (status == 403) {
            return user + " signed in to Microsoft Entra ID, but the organization refused access: the user needs a "
                    + "Dynamics 365 licence and a security role in it. Ask your administrator." + said;
        }
        throw new IOException("the organization answered WhoAmI with HTTP " + status + "." + said);
    }

    /** @return the organization's own message, as a sentence to append, or nothing */
    private static String said(ClassicHttpResponse response) {
        if (response.getEntity() == null) {
            return "";
        }
        try (InputStream body = response.getEntity().getContent()) {
            String message = JsonFields.first(body, "message").get("message");
            return message == null ? "" : " (The organization said: " + message + ")";
        } catch (IOException e) {
            return ""; // not Dataverse's error JSON: the status says enough
        }
    }
}
