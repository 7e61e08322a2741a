package org.fieldbook.tests.common;

import java.util.regex.Pattern;

/**
 * Which requests a {@link FaultProxy} fault hits, by their request line ({@code GET /path?query HTTP/1.1}):
 * all, those matching a pattern, or only the n-th of those — to break exactly one page of a sync.
 */
public final class Requests {

    private final Pattern pattern;
    private final int nth;

    private Requests(Pattern pattern, int nth) {
        this.pattern = pattern;
        this.nth = nth;
    }

    /** @return every request */
    public static Requests all() {
        return new Requests(null, 0);
    }

    /** @param regex found anywhere in the request line, e.g. {@code "GET /api/data/v9\\.2/msdyn_workorders\\?"} */
    public static Requests matching(String regex) {
        return new Requests(Pattern.compile(regex), 0);
    }

    /** @return only the {@code n}-th (from 1) of these requests, counted from when the fault is injected */
    public Requests nth(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("Requests are counted from 1: " + n);
        }
        return new Requests(pattern, n);
    }

    boolean matches(String requestLine) {
        return pattern == null || pattern.matcher(requestLine).find();
    }

    /** @param count how many requests have matched so far, this one included */
    boolean hits(int count) {
        return nth == 0 || count == nth;
    }

    @Override
    public String toString() {
        return (nth == 0 ? "every request" : "request #" + nth) + (pattern == null ? "" : " matching " + pattern);
    }
}
