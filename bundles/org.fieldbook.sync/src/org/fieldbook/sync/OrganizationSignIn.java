package org.fieldbook.sync;

import java.util.function.Consumer;

/**
 * The sign-in settings of this device and the sign-in to a Dataverse organization through Microsoft Entra ID.
 * The {@link BackOfficeAccount} service follows the saved method: the back office's password sign-in or Entra ID,
 * whose tokens it renews silently. Methods that block on the network must be called from a job.
 */
public interface OrganizationSignIn {

    /** @return the saved settings ({@link OrganizationSettings#BACK_OFFICE} until some are saved) */
    OrganizationSettings settings();

    /**
     * Saves checked settings; changing the organization or the app signs the device out of the previous one.
     *
     * @throws SignInException naming the field that is wrong
     * @throws SyncException when the preferences cannot be written
     */
    void save(OrganizationSettings settings) throws SyncException;

    /**
     * Signs in through Entra ID with the saved settings: in the system browser, or with a device code handed to
     * {@code prompt} (for the device-code method, and when no browser opens), then checks that the organization
     * lets the user in.
     *
     * @return the signed-in user's name
     * @throws SignInException when the user, the directory or the organization refuses, in words the user can act on
     * @throws SyncException when Entra ID or the organization cannot be reached
     */
    String signIn(Consumer<DeviceCodePrompt> prompt) throws SyncException;
}
