package org.fieldbook.backoffice.console.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The console's pages and the files they load, all from this bundle's {@code web/} folder: nothing comes
 * from another site, so the console works on a LAN without internet. A page the user's role may not open
 * is answered with the page that says so.
 */
final class PageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> TYPES = Map.of("css", "text/css;charset=utf-8", "js", "text/javascript;charset=utf-8",
            "html", "text/html;charset=utf-8", "svg", "image/svg+xml");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = ConsoleModule.pathIn(request);
        if (path.isEmpty()) {
            ConsoleSessions.Session session = (ConsoleSessions.Session) request.getAttribute(ConsoleGate.SESSION);
            String first = ConsolePage.allowedFor(session.user().role()).stream().findFirst().map(ConsolePage::path).orElse("forbidden");
            response.setStatus(303);
            response.setHeader("Location", request.getContextPath() + ConsoleModule.ROOT + first);
            return;
        }
        if (path.startsWith("assets/")) {
            // The gate lets assets through unsigned: only the folder's scripts, styles and pictures are served.
            if (path.matches("assets/[a-z0-9-]+\\.(css|js|svg)")) {
                serve(response, path.substring("assets/".length()));
            } else {
                response.sendError(404);
            }
        } else if (path.equals("sign-in")) {
            serve(response, "sign-in.html");
        } else {
            servePage(request, response, path);
        }
    }

    private static void servePage(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        ConsoleSessions.Session session = (ConsoleSessions.Session) request.getAttribute(ConsoleGate.SESSION);
        ConsolePage page = ConsolePage.of(path).orElse(null);
        if (page == null) {
            inLayout(response, 404, "There is no such page", "not-found", "start");
        } else if (!page.allows(session.user().role())) {
            inLayout(response, 403, "Not for your role", "forbidden", "start");
        } else {
            inLayout(response, 200, page.label(), page.path(), page.path());
        }
    }

    /** Sends a page's own part ({@code web/pages/<content>.html}) in the layout every page shares, with its script. */
    private static void inLayout(HttpServletResponse response, int status, String title, String content, String script) throws IOException {
        String html = read("layout.html").replace("<!--title-->", title).replace("<!--script-->", script)
                .replace("<!--main-->", read("pages/" + content + ".html"));
        response.setStatus(status);
        response.setContentType(TYPES.get("html"));
        response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
    }

    private static String read(String file) throws IOException {
        try (InputStream in = PageServlet.class.getClassLoader().getResourceAsStream("web/" + file)) {
            if (in == null) {
                throw new IOException("The console bundle lacks web/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void serve(HttpServletResponse response, String file) throws IOException {
        try (InputStream in = PageServlet.class.getClassLoader().getResourceAsStream("web/" + file)) {
            if (in == null) {
                response.sendError(404);
                return;
            }
            response.setContentType(TYPES.get(file.substring(file.lastIndexOf('.') + 1)));
            in.transferTo(response.getOutputStream());
        }
    }
}
