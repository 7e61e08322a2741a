package org.fieldbook.backoffice.internal.http;

import java.io.IOException;
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
 * here, so a servlet never reads more.
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
            JsonResponses.dataverseError(response, refusal.get().status(), ErrorCodes.of(refusal.get().status()),
                    refusal.get().message());
            return;
        }
        chain.doFilter(checked, response);
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
