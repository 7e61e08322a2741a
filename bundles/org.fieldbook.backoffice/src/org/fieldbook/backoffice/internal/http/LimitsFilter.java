package org.fieldbook.backoffice.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Optional;

import org.fieldbook.backoffice.internal.auth.JsonResponses;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses, before any parser or servlet sees it, a request over the {@link RequestLimits}: too long a header
 * (431), too deep or long a query (400), too large a body (413). A body of unknown length is read up to the limit
 * here, so a servlet never reads more; what a servlet answered without reading is read after its answer.
 */
public final class LimitsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private final long maxBody;
    private final long maxBatchBody;

    /**
     * @param maxBody the largest body of a request
     * @param maxBatchBody the largest body of a {@code $batch} request
     */
    public LimitsFilter(long maxBody, long maxBatchBody) {
        this.maxBody = maxBody;
        this.maxBatchBody = maxBatchBody;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long max = request.getRequestURI().endsWith("/$batch") ? maxBatchBody : maxBody;
        Optional<RequestLimits.Refusal> refusal = headers(request).or(() -> RequestLimits.ofQuery(request.getQueryString()))
                .or(() -> RequestLimits.ofBody(request.getContentLengthLong(), max));
        HttpServletRequest checked = request;
        if (refusal.isEmpty() && request.getContentLengthLong() < 0 && hasBody(request)) {
            checked = BufferedBodyRequest.read(request, max);
            refusal = checked == null ? RequestLimits.ofBody(max + 1, max) : refusal;
        }
        if (refusal.isPresent()) {
            refuse(checked, response, refusal.get(), max);
            return;
        }
        chain.doFilter(checked, response);
        readTheRest(checked, max);
    }

    /**
     * An answer may go before the body was read (a path that names no table, say): the rest of the body is read
     * then, so the connection stays open for the client's next request instead of closing under it. The length is
     * within the limit here, so this reads at most that.
     */
    private static void readTheRest(HttpServletRequest request, long max) throws IOException {
        if (request.getContentLengthLong() <= 0) {
            return;
        }
        try {
            skip(request.getInputStream(), max);
        } catch (IllegalStateException readThroughItsReader) {
            // The servlet read the body as text: it is read.
        }
    }

    /**
     * A body the server never reads makes it close the connection with unread bytes, and the client's system may
     * then drop the answer before the client reads it (a reset). So a body within the limit is read and
     * discarded first; one over it is not, and the answer says the connection closes.
     */
    private static void refuse(HttpServletRequest request, HttpServletResponse response, RequestLimits.Refusal refusal, long max)
            throws IOException {
        if (refusal.status() == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE) {
            response.setHeader("Connection", "close");
        } else {
            try (InputStream body = request.getInputStream()) {
                if (!skip(body, max)) {
                    response.setHeader("Connection", "close"); // more than any body may be: not read to its end
                }
            }
        }
        JsonResponses.dataverseError(response, refusal.status(), ErrorCodes.of(refusal.status()), refusal.message());
    }

    /** @return whether the body ended within {@code max} bytes, all of them skipped */
    private static boolean skip(InputStream body, long max) throws IOException {
        long left = max;
        for (long skipped = body.skip(left); skipped > 0 && left > 0; skipped = body.skip(left)) {
            left -= skipped;
        }
        return left > 0;
    }

    private static Optional<RequestLimits.Refusal> headers(HttpServletRequest request) {
        for (String name : Collections.list(request.getHeaderNames())) {
            for (String value : Collections.list(request.getHeaders(name))) {
                Optional<RequestLimits.Refusal> refusal = RequestLimits.ofHeader(name, value);
                if (refusal.isPresent()) {
                    return refusal;
                }
            }
        }
        return Optional.empty();
    }

    /** Form posts are read by Jetty's parameter parsing, which has its own limit: only other bodies are buffered. */
    private static boolean hasBody(HttpServletRequest request) {
        String type = request.getContentType();
        return request.getHeader("Transfer-Encoding") != null
                && (type == null || !type.startsWith("application/x-www-form-urlencoded"));
    }
}
