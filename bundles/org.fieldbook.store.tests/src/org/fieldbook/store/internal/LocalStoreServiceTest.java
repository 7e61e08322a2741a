package org.fieldbook.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.eclipse.osgi.service.datalocation.Location;
import org.fieldbook.store.LocalStore;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** The store as the application gets it: a DS service whose database lives in the instance area. */
class LocalStoreServiceTest {

    @Test
    void theServiceOpensItsDatabaseInTheInstanceArea() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(LocalStoreServiceTest.class).getBundleContext();
        ServiceReference<LocalStore> reference = context.getServiceReference(LocalStore.class);
        assertThat(reference).as("LocalStore service registered by DS").isNotNull();
        LocalStore store = context.getService(reference);
        try {
            Location instanceArea = context.getServiceReferences(Location.class, Location.INSTANCE_FILTER).stream()
                    .map(context::getService).findFirst().orElseThrow();
            Path workspace = Path.of(instanceArea.getURL().getPath());
            assertThat(store.location()).isEqualTo(workspace.resolve(DerbyLocalStore.DATABASE_FOLDER).toAbsolutePath());
            assertThat(store.location().resolve("service.properties")).exists();
            assertThat(store.schemaVersion()).isEqualTo(StoreDatabase.MIGRATIONS.latestVersion());
        } finally {
            context.ungetService(reference);
        }
    }
}
