package org.fieldbook.sync.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a MIME multipart body (RFC 2046), as {@code $batch} answers hold them: each with its headers
 * (names in lower case) and content. Lines may end in CRLF or, leniently, LF.
 */
public final class Multipart {

    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?", Pattern.CASE_INSENSITIVE);

    /** One part, or the head and body of an HTTP message, which has the same shape. */
    public record Part(Map<String, String> headers, String content) {

        public String header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
        }
    }

    private Multipart() {
    }

    /** @return the boundary of a {@code multipart/*} content type */
    public static String boundary(String contentType) throws MalformedResponseException {
        Matcher boundary = BOUNDARY.matcher(contentType);
        if (!contentType.toLowerCase(Locale.ROOT).startsWith("multipart/") || !boundary.find()) {
            throw new MalformedResponseException("a $batch answer that is not multipart: " + contentType);
        }
        return boundary.group(1);
    }

    public static List<Part> parts(String body, String boundary) throws MalformedResponseException {
        String delimiter = "\n--" + boundary;
        String text = "\n" + body;
        List<Part> parts = new ArrayList<>();
        int at = text.indexOf(delimiter);
        while (at >= 0) {
            int afterDelimiter = at + delimiter.length();
            if (text.startsWith("--", afterDelimiter)) {
                return parts;
            }
            int start = text.indexOf('\n', afterDelimiter) + 1;
            int next = start == 0 ? -1 : text.indexOf(delimiter, start - 1);
            if (next < 0) {
                break;
            }
            String content = text.substring(start, Math.max(start, next));
            parts.add(message(content.endsWith("\r") ? content.substring(0, content.length() - 1) : content));
            at = next;
        }
        throw new MalformedResponseException("a multipart body without its closing boundary --" + boundary + "--");
    }

    /** An HTTP answer carried in a part ({@code application/http}): its status, headers and body. */
    public record HttpAnswer(int status, Part message) {
    }

    /** @return the answer a part of a {@code $batch} answer holds */
    public static HttpAnswer answer(Part part) throws MalformedResponseException {
        String http = part.content();
        int lineEnd = http.indexOf('\n');
        String[] statusLine = (lineEnd < 0 ? http : http.substring(0, lineEnd)).strip().split(" ");
        if (statusLine.length < 2 || !statusLine[0].startsWith("HTTP/") || !statusLine[1].matches("\\d{3}")) {
            throw new MalformedResponseException("a $batch part that is not an HTTP response: " + statusLine[0]);
        }
        return new HttpAnswer(Integer.parseInt(statusLine[1]), message(lineEnd < 0 ? "" : http.substring(lineEnd + 1)));
    }

    /** @return headers up to the first empty line, then the content */
    public static Part message(String text) {
        Map<String, String> headers = new LinkedHashMap<>();
        int position = 0;
        while (position < text.length()) {
            int end = text.indexOf('\n', position);
            String line = (end < 0 ? text.substring(position) : text.substring(position, end)).stripTrailing();
            position = end < 0 ? text.length() : end + 1;
            if (line.isEmpty()) {
                break;
            }
            int colon = line.indexOf(':');
            headers.put((colon < 0 ? line : line.substring(0, colon)).strip().toLowerCase(Locale.ROOT),
                    colon < 0 ? "" : line.substring(colon + 1).strip());
        }
        return new Part(headers, text.substring(position));
    }
}
