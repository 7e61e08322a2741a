package org.fieldbook.sync.internal.auth;

import java.io.IOException;
import java.util.Map;

import org.fieldbook.sync.SignInException;
import org.fieldbook.sync.SyncException;

import com.microsoft.aad.msal4j.MsalException;
import com.microsoft.aad.msal4j.MsalInteractionRequiredException;
import com.microsoft.aad.msal4j.MsalServiceException;

/** MSAL's failures in words a technician (or the administrator they call) can act on. */
final class EntraErrors {

    /** Entra ID's AADSTS codes that need more than "try again", and what to do about each. */
    private static final Map<String, String> KNOWN = Map.of(
            "AADSTS65001", "Fieldbook may not use Dynamics 365 on your behalf yet (AADSTS65001: no consent). An administrator "
                    + "must grant admin consent to the app registration's Dynamics CRM user_impersonation permission.",
            "AADSTS50105", "Your account is not assigned to the Fieldbook app in Microsoft Entra ID (AADSTS50105): ask your administrator.",
            "AADSTS700016", "Microsoft Entra ID knows no app with this client id in this tenant (AADSTS700016): check both in Settings.",
            "AADSTS90002", "Microsoft Entra ID knows no such tenant (AADSTS90002): check the tenant in Settings.",
            "AADSTS7000218", "The app registration does not allow public client flows (AADSTS7000218): an administrator must "
                    + "turn on \"Allow public client flows\" under its Authentication.",
            "AADSTS50020", "Your account is not a user of this tenant (AADSTS50020): sign in with your work account.");

    private EntraErrors() {
    }

    /** @return the exception to report for {@code failure} of a silent renewal */
    static SyncException ofRenewal(MsalException failure) {
        if (failure instanceof MsalInteractionRequiredException && known(failure) == null) {
            return new SignInException("The Microsoft sign-in has lapsed: sign in again.");
        }
        return ofSignIn(failure);
    }

    /** @return the exception to report for {@code failure} of a sign-in */
    static SyncException ofSignIn(MsalException failure) {
        String message = failure.getMessage() == null ? "" : failure.getMessage();
        String known = known(failure);
        if (known != null) {
            return new SignInException(known);
        }
        if ("authorization_declined".equals(failure.errorCode())) {
            return new SignInException("The sign-in was declined.");
        }
        if ("expired_token".equals(failure.errorCode()) || "code_expired".equals(failure.errorCode())) {
            return new SignInException("The code expired before it was entered: sign in again.");
        }
        if (failure instanceof MsalServiceException) {
            return new SignInException("Microsoft Entra ID refused the sign-in: " + firstLine(message));
        }
        if (reachedNothing(failure)) {
            return new SyncException("Cannot reach Microsoft Entra ID: " + firstLine(message), failure);
        }
        return new SignInException("The Microsoft sign-in did not complete: " + firstLine(message));
    }

    /** @return what to do about an AADSTS code the failure names, null when it names none of {@link #KNOWN} */
    private static String known(MsalException failure) {
        String message = failure.getMessage() == null ? "" : failure.getMessage();
        return KNOWN.entrySet().stream().filter(code -> message.contains(code.getKey())).map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private static boolean reachedNothing(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    /** Entra ID's descriptions go on with trace and correlation ids after the first line. */
    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }
}
