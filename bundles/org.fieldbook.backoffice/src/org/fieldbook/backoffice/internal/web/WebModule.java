package org.fieldbook.backoffice.internal.web;

import org.eclipse.jetty.ee10.servlet.ServletContextHandler;

/**
 * A part of the back office's web site that lives in a bundle of its own (the admin console), contributed
 * through the extension point {@code org.fieldbook.backoffice.webModules} and mounted on the server's one
 * context before it starts.
 */
public interface WebModule {

    /** Adds the module's filters and servlets under its own path of {@code context}. */
    void mount(ServletContextHandler context, BackOfficeServices services);
}
