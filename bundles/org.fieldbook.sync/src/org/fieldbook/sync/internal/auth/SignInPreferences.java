package org.fieldbook.sync.internal.auth;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.fieldbook.sync.OrganizationSettings;
import org.fieldbook.sync.SignInMethod;
import org.fieldbook.sync.SyncException;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

/** The sign-in settings in the workspace's preferences (no secret among them: tokens live in secure storage). */
public final class SignInPreferences {

    private static final String METHOD = "signIn.method";
    private static final String ORGANIZATION = "signIn.organizationUrl";
    private static final String TENANT = "signIn.tenant";
    private static final String CLIENT = "signIn.clientId";

    private final Preferences node;

    public SignInPreferences(Preferences node) {
        this.node = node;
    }

    /** @return the settings of this workspace, node {@code org.fieldbook.sync} */
    public static SignInPreferences ofWorkspace() {
        return new SignInPreferences(InstanceScope.INSTANCE.getNode("org.fieldbook.sync"));
    }

    public OrganizationSettings read() {
        SignInMethod method;
        try {
            method = SignInMethod.valueOf(node.get(METHOD, SignInMethod.BACK_OFFICE_PASSWORD.name()));
        } catch (IllegalArgumentException e) {
            method = SignInMethod.BACK_OFFICE_PASSWORD; // written by a later version: the bundled back office is the safe default
        }
        return new OrganizationSettings(method, node.get(ORGANIZATION, ""), node.get(TENANT, ""), node.get(CLIENT, ""));
    }

    public void write(OrganizationSettings settings) throws SyncException {
        node.put(METHOD, settings.method().name());
        node.put(ORGANIZATION, settings.organizationUrl());
        node.put(TENANT, settings.tenant());
        node.put(CLIENT, settings.clientId());
        try {
            node.flush();
        } catch (BackingStoreException e) {
            throw new SyncException("The sign-in settings could not be saved: " + e.getMessage(), e);
        }
    }
}
