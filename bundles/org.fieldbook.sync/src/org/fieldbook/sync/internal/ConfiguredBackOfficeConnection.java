package org.fieldbook.sync.internal;

import java.net.URI;

import org.fieldbook.sync.BackOfficeConnection;
import org.fieldbook.sync.WebApiBackOfficeConnection;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/** The back office named by the {@value BackOfficeConnection#URL_PROPERTY} property, as a DS service. */
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

    private static URI configuredRoot(BundleContext context) {
        String configured = context.getProperty(URL_PROPERTY);
        return URI.create(configured == null || configured.isBlank() ? DEFAULT_URL : configured.trim());
    }
}
