package org.fieldbook.backoffice.internal.updates;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The client's p2 repository as static files from the folder the administrator names with
 * {@code --client-updates}: read-only, no listings, nothing outside that folder (not through {@code ..}, encoded
 * separators or symbolic links that lead out). The folder is looked up on every request, so a release can swap it
 * (e.g. a symbolic link moved to the next release's folder) without a restart. Unknown paths get the back office's
 * JSON 404, which names no file and no Java type.
 */
public final class ClientUpdateSite extends ReadOnlyServlet {

    private static final long serialVersionUID = 1L;
    /**
     * Plain names separated by single slashes: letters, digits and . _ - only, none starting with a dot (so no
     * {@code ..} and no hidden file).
     */
    private static final Pattern SAFE_PATH = Pattern.compile("(?:/[A-Za-z0-9_-][A-Za-z0-9._-]*)+");
    private static final Map<String, String> TYPES = Map.of(
            "jar", "application/java-archive",
            "xml", "application/xml",
            "xz", "application/x-xz",
            "index", "text/plain; charset=UTF-8",
            "properties", "text/plain; charset=UTF-8",
            "zip", "application/zip",
            "gz", "application/gzip");
    private static final String DEFAULT_TYPE = "application/octet-stream";

    private final transient Path folder;

    public ClientUpdateSite(Path folder) {
        this.folder = folder;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Path file = file(request.getPathInfo());
        if (file == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long modified = Files.getLastModifiedTime(file).toMillis();
        long since = request.getDateHeader("If-Modified-Since");
        response.setDateHeader("Last-Modified", modified);
        response.setContentType(contentType(file));
        if (since >= 0 && modified / 1000 <= since / 1000) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentLengthLong(Files.size(file));
        if ("HEAD".equals(request.getMethod())) {
            return;
        }
        try (InputStream in = Files.newInputStream(file); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }

    /**
     * @param path the decoded path below the site's root, e.g. {@code /plugins/org.fieldbook.app_0.1.0.jar}
     * @return the regular file it names inside the folder, or null for anything else
     */
    Path file(String path) throws IOException {
        if (path == null || !SAFE_PATH.matcher(path).matches() || !Files.isDirectory(folder)) {
            return null;
        }
        Path root = folder.toRealPath();
        Path candidate = root.resolve(path.substring(1)).normalize();
        if (!Files.isRegularFile(candidate)) {
            return null;
        }
        Path real = candidate.toRealPath();
        return real.startsWith(root) && Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS) ? real : null;
    }

    static String contentType(Path file) {
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, DEFAULT_TYPE);
    }
}
