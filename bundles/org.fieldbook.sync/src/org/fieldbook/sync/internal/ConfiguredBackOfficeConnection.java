package org.fieldbook.sync.internal;

import java.net.URI;

import org.fieldbook.sync.BackOfficeConnection;
import org.fieldbook.sync.OrganizationSettings;
import org.fieldbook.sync.SignInException;
import org.fieldbook.sync.WebApiBackOfficeConnection;
import org.fieldbook.sync.internal.auth.SignInPreferences;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * The back office named by the {@value BackOfficeConnection#URL_PROPERTY} property, or the Dataverse organization
 * the sign-in settings name, as a DS service; a change of organization applies at the next start.
 */
@Component(service = BackOfficeConnection.class)
public final class ConfiguredBackOfficeConnection extends WebApiBackOfficeConnection {

    @Activate
    public ConfiguredBackOfficeConnection(BundleContext context) {
        super(configuredRoot(context));
    }

    @Deactivate
    void deactivate() {
        close();
    }

    /** An organization signed in to through Entra ID has its own Web API root; else the property names the back office. */
    private static URI configuredRoot(BundleContext context) {
        OrganizationSettings settings = SignInPreferences.ofWorkspace().read();
        if (settings.method().entra()) {
            try {
                return settings.webApiRoot();
            } catch (SignInException e) {
                SyncLog.of(ConfiguredBackOfficeConnection.class).warn("The saved organization is unusable: " + e.getMessage(), e);
            }
        }
        String configured = context.getProperty(URL_PROPERTY);
        return URI.create(configured == null || configured.isBlank() ? DEFAULT_URL : configured.trim());
    }
}
