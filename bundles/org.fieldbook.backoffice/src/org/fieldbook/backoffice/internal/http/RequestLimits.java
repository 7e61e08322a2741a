package org.fieldbook.backoffice.internal.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The sizes a request may have, checked before anything parses it: Olingo's parsers recurse for each
 * parenthesis, operator and {@code Prefer} parameter, so a long enough header or a deep enough {@code $filter}
 * would exhaust a thread's stack. The limits leave room for any request Fieldbook's devices make (a key listing
 * is fifty {@code or} terms) and for Dataverse's longest column values.
 */
public final class RequestLimits {

    /** The longest header value, but {@code Authorization}'s: Dataverse's headers are all short. */
    public static final int MAX_HEADER = 1024;
    /** The longest {@code Authorization} value: room for an Entra ID token. */
    public static final int MAX_AUTHORIZATION = 4096;
    /**
     * The longest URL of a request inside a {@code $batch}, where Dataverse clients send the queries too long for a
     * URL of their own; outside one Jetty refuses more than 8 KB of request line with 414.
     */
    public static final int MAX_URL = 64 * 1024;
    /** The deepest nesting of parentheses in a query. */
    public static final int MAX_DEPTH = 32;
    /** The most {@code and}, {@code or} and {@code not} operators in a query. */
    public static final int MAX_OPERATORS = 200;
    /** The most words (text between spaces, outside quotes) in a query. */
    public static final int MAX_WORDS = 2000;
    /** The largest body of a Web API request: a longest multiline text, 1,048,576 characters, fits escaped. */
    public static final long MAX_BODY = 8L << 20;
    /** The largest {@code $batch} body. */
    public static final long MAX_BATCH_BODY = 32L << 20;
    /** The largest body of the token endpoint and Fieldbook's own API. */
    public static final long MAX_SMALL_BODY = 1L << 20;

    private static final Set<String> VERSION_HEADERS = Set.of("odata-version", "odata-maxversion");
    private static final Pattern VERSION = Pattern.compile("\\d{1,3}(\\.\\d{1,3})?");

    /** Why a request is refused: its status and message. */
    public record Refusal(int status, String message) {
    }

    private RequestLimits() {
    }

    /**
     * @return why a header is refused: too long (431, as Jetty answers for too much header), or an OData version that
     *         is not a number (400: Olingo's check would fail on it)
     */
    public static Optional<Refusal> ofHeader(String name, String value) {
        int max = "Authorization".equalsIgnoreCase(name) ? MAX_AUTHORIZATION : MAX_HEADER;
        if (value != null && value.length() > max) {
            return Optional.of(new Refusal(431, "The header " + name + " is longer than " + max + " characters."));
        }
        if (value != null && VERSION_HEADERS.contains(name.toLowerCase(Locale.ROOT)) && !VERSION.matcher(value.strip()).matches()) {
            return Optional.of(new Refusal(400, "The header " + name + " must be a version, like 4.0."));
        }
        return Optional.empty();
    }

    /** @return why a URL is refused, if it is too long (414) */
    public static Optional<Refusal> ofUrl(String url) {
        return url != null && url.length() > MAX_URL
                ? Optional.of(new Refusal(414, "The URL is longer than " + MAX_URL + " characters."))
                : Optional.empty();
    }

    /** @return why a body of {@code length} bytes is refused, if it is larger than {@code max} (413) */
    public static Optional<Refusal> ofBody(long length, long max) {
        return length > max
                ? Optional.of(new Refusal(413, "The request's body is larger than " + (max >> 20) + " MB."))
                : Optional.empty();
    }

    /** @return why a raw (percent-encoded) query string is refused, if it nests or chains too much (400) */
    public static Optional<Refusal> ofQuery(String rawQuery) {
        if (rawQuery == null) {
            return Optional.empty();
        }
        QueryShape shape = QueryShape.of(decode(rawQuery));
        if (shape.depth() > MAX_DEPTH) {
            return Optional.of(new Refusal(400, "The query nests parentheses deeper than " + MAX_DEPTH + " levels."));
        }
        if (shape.operators() > MAX_OPERATORS || shape.words() > MAX_WORDS) {
            return Optional.of(new Refusal(400, "The query has more than " + MAX_OPERATORS + " and, or and not operators or "
                    + MAX_WORDS + " terms."));
        }
        if (shape.arithmetic() > 0) {
            return Optional.of(new Refusal(400, "The arithmetic operators add, sub, mul, div, divby and mod are not supported in"
                    + " $filter."));
        }
        return Optional.empty();
    }

    /** Percent-decodes leniently: a broken escape stays as it is, for the parser to refuse. */
    private static String decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length() && HexFormat.isHexDigit(raw.charAt(i + 1)) && HexFormat.isHexDigit(raw.charAt(i + 2))) {
                bytes.write(HexFormat.fromHexDigits(raw, i + 1, i + 3));
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
