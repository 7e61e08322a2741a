package org.fieldbook.backoffice.internal.web;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.fieldbook.backoffice.BackOfficeException;

/** Mounts every {@link WebModule} the installed bundles contribute. */
public final class WebModules {

    private static final String EXTENSION_POINT = "org.fieldbook.backoffice.webModules";

    private WebModules() {
    }

    /** @throws BackOfficeException when a contributed module cannot be made */
    public static void mountAll(ServletContextHandler context, BackOfficeServices services) {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry == null) {
            return; // outside OSGi: nothing can contribute
        }
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            try {
                ((WebModule) element.createExecutableExtension("class")).mount(context, services);
            } catch (CoreException e) {
                throw new BackOfficeException("Cannot start the web module of " + element.getContributor().getName() + ": "
                        + e.getMessage(), e);
            }
        }
    }
}
