package org.fieldbook.backoffice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** {@code $batch} bodies for tests: parts, change sets, and the statuses of the answer's parts. */
final class WebApiBatch {

    private static final String BATCH = "batch_fieldbook";
    private static final String CHANGE_SET = "changeset_fieldbook";
    private static final Pattern STATUS = Pattern.compile("HTTP/1\\.1 (\\d{3})");

    private WebApiBatch() {
    }

    /** POSTs a batch of {@code parts}; {@code prefer} may be null. */
    static HttpResponse<String> batch(WebApiSession session, String prefer, String... parts) throws IOException, InterruptedException {
        String body = Stream.of(parts).map(part -> "--" + BATCH + "\r\n" + part).collect(Collectors.joining()) + "--" + BATCH
                + "--\r\n";
        return session.send("POST", "$batch", body, "Content-Type", "multipart/mixed;boundary=" + BATCH, "Prefer", prefer);
    }

    static String changeSet(String... requests) {
        return "Content-Type: multipart/mixed;boundary=" + CHANGE_SET + "\r\n\r\n"
                + Stream.of(requests).map(request -> "--" + CHANGE_SET + "\r\n" + request).collect(Collectors.joining())
                + "--" + CHANGE_SET + "--\r\n";
    }

    /** One request as a part: {@code contentId} and {@code body} may be null; more headers as name, value pairs. */
    static String request(String method, String url, String contentId, String body, String... headers) {
        StringBuilder part = new StringBuilder("Content-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n");
        if (contentId != null) {
            part.append("Content-ID: ").append(contentId).append("\r\n");
        }
        part.append("\r\n").append(method).append(' ').append(url).append(" HTTP/1.1\r\nAccept: application/json\r\n");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            part.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        if (body != null) {
            part.append("Content-Type: application/json\r\n\r\n").append(body).append("\r\n");
        } else {
            part.append("\r\n");
        }
        return part.append("\r\n").toString();
    }

    /** @return the statuses of the inner responses, in order */
    static List<Integer> statuses(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<Integer> statuses = new ArrayList<>();
        Matcher status = STATUS.matcher(response.body());
        while (status.find()) {
            statuses.add(Integer.parseInt(status.group(1)));
        }
        return statuses;
    }
}
