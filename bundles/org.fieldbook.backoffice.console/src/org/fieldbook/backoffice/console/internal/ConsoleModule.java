package org.fieldbook.backoffice.console.internal;

import java.util.EnumSet;

import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.fieldbook.backoffice.internal.http.LimitsFilter;
import org.fieldbook.backoffice.internal.http.RequestLimits;
import org.fieldbook.backoffice.internal.web.BackOfficeServices;
import org.fieldbook.backoffice.internal.web.WebModule;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

/** Mounts the admin console under {@value #ROOT}: its pages, their assets and the calls their scripts make. */
public final class ConsoleModule implements WebModule {

    static final String ROOT = "/admin/";

    @Override
    public void mount(ServletContextHandler context, BackOfficeServices services) {
        ConsoleSessions sessions = new ConsoleSessions(services.clock());
        EnumSet<DispatcherType> requests = EnumSet.of(DispatcherType.REQUEST);
        context.addFilter(new FilterHolder(new LimitsFilter(RequestLimits.MAX_SMALL_BODY, RequestLimits.MAX_SMALL_BODY)), ROOT + "*",
                requests);
        context.addFilter(new FilterHolder(new ConsoleGate(sessions, services.throttle())), ROOT + "*", requests);
        context.addServlet(new ServletHolder("console-pages", new PageServlet()), ROOT + "*");
        context.addServlet(new ServletHolder("console-api", new ConsoleApiServlet(services, sessions)), ROOT + "api/*");
    }

    /** @return the request's path below {@value #ROOT}, e.g. {@code api/profiles} */
    static String pathIn(HttpServletRequest request) {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        return uri.length() <= ROOT.length() ? "" : uri.substring(ROOT.length());
    }
}
