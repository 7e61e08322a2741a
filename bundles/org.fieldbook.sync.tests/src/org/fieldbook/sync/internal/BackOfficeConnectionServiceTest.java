package org.fieldbook.sync.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.fieldbook.sync.BackOfficeConnection;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

class BackOfficeConnectionServiceTest {

    @Test
    void theServiceUsesTheDefaultLoopbackBackOfficeWhenNoneIsConfigured() {
        BundleContext context = FrameworkUtil.getBundle(BackOfficeConnectionServiceTest.class).getBundleContext();
        ServiceReference<BackOfficeConnection> reference = context.getServiceReference(BackOfficeConnection.class);
        assertThat(reference).as("BackOfficeConnection registered by DS").isNotNull();
        try {
            BackOfficeConnection connection = context.getService(reference);
            assertThat(context.getProperty(BackOfficeConnection.URL_PROPERTY)).isNull();
            assertThat(connection.serviceRoot()).isEqualTo(URI.create(BackOfficeConnection.DEFAULT_URL));
        } finally {
            context.ungetService(reference);
        }
    }
}
