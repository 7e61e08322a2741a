package org.fieldbook.sync.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.http.message.BasicClassicHttpResponse;
import org.fieldbook.sync.SyncException;
import org.fieldbook.sync.WebApiException;
import org.fieldbook.sync.internal.Multipart.Part;

/**
 * Reads asked ahead, all in one {@code $batch} of GETs, each answered by the server as the signed-in user: the
 * device's profile ({@link ProfileSource}) and the first reads of a download's tables (key-and-version listings,
 * change-tracking deltas). A table takes an answer
 * only for exactly the read it would send, at most once; a read asked ahead with other keys than the table
 * asks at its turn (the tables before it changed) goes to the server as always. So the device ends with the
 * same rows, and an error answered to one read fails its table at its turn, as if sent alone.
 */
public final class ReadsAhead {

    /** Dataverse's limit of requests in one batch. */
    static final int MAX_READS = 1000;
    private static final String CRLF = "\r\n";

    /** A GET relative to the service root, with its {@code Prefer} header. */
    public record Read(String link, String prefer) {
    }

    private final Map<String, Multipart.HttpAnswer> answers;

    private ReadsAhead(Map<String, Multipart.HttpAnswer> answers) {
        this.answers = answers;
    }

    /** @return no reads ahead: every read goes to the server */
    public static ReadsAhead none() {
        return new ReadsAhead(new HashMap<>());
    }

    /**
     * Asks the first {@value #MAX_READS} reads in one {@code $batch}. A batch the server refuses (it answered
     * with an error) leaves every read to its table.
     *
     * @throws SyncException when the back office cannot be reached, is busy, refuses the sign-in or answers wrongly
     */
    public static ReadsAhead ask(AuthorizedHttp http, URI serviceRoot, List<Read> reads) throws SyncException {
        List<Read> asked = reads.subList(0, Math.min(reads.size(), MAX_READS));
        if (asked.isEmpty()) {
            return none();
        }
        String boundary = "batch_" + UUID.randomUUID();
        ClassicHttpRequest batch = ClassicRequestBuilder.post(serviceRoot.resolve("$batch")).setHeader("Accept", "application/json")
                .setHeader("OData-Version", "4.0").setHeader("OData-MaxVersion", "4.0").setHeader("Prefer", "odata.continue-on-error")
                .setEntity(new ByteArrayEntity(body(asked, boundary), ContentType.parse("multipart/mixed;boundary=" + boundary))).build();
        List<Multipart.HttpAnswer> parts;
        try {
            parts = http.execute(batch, ReadsAhead::answers);
        } catch (WebApiException e) {
            SyncLog.of(ReadsAhead.class).warn("The back office refused the reads asked ahead, each table asks its own: " + e.getMessage());
            return none();
        }
        Map<String, Multipart.HttpAnswer> answers = new HashMap<>();
        // In order; a server that stopped at an error answered only the reads before it.
        for (int i = 0; i < Math.min(parts.size(), asked.size()); i++) {
            answers.put(key(serviceRoot.resolve(asked.get(i).link()), asked.get(i).prefer()), parts.get(i));
        }
        return new ReadsAhead(answers);
    }

    /**
     * @return the answer asked ahead for this read, once, as a response of its own; none when it was not asked,
     *         was taken already, or was one the read must be sent again for (refused sign-in, busy server)
     */
    public Optional<ClassicHttpResponse> take(URI uri, String prefer) {
        Multipart.HttpAnswer http = answers.remove(key(uri, prefer));
        if (http == null || http.status() == 401 || http.status() == 429 || http.status() == 503) {
            return Optional.empty();
        }
        Part message = http.message();
        BasicClassicHttpResponse response = new BasicClassicHttpResponse(http.status());
        message.headers().forEach(response::addHeader);
        String type = message.header("Content-Type");
        response.setEntity(new ByteArrayEntity(message.content().getBytes(StandardCharsets.UTF_8),
                type.isEmpty() ? ContentType.APPLICATION_JSON : ContentType.parse(type)));
        return Optional.of(response);
    }

    private static byte[] body(List<Read> reads, String boundary) {
        StringBuilder body = new StringBuilder();
        for (Read read : reads) {
            body.append("--").append(boundary).append(CRLF).append("Content-Type: application/http").append(CRLF)
                    .append("Content-Transfer-Encoding: binary").append(CRLF).append(CRLF)
                    .append("GET ").append(read.link()).append(" HTTP/1.1").append(CRLF)
                    .append("Accept: application/json").append(CRLF)
                    .append("Prefer: ").append(read.prefer()).append(CRLF).append(CRLF).append(CRLF);
        }
        return body.append("--").append(boundary).append("--").append(CRLF).toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String key(URI uri, String prefer) {
        return uri + " " + prefer;
    }

    private static List<Multipart.HttpAnswer> answers(ClassicHttpResponse batch) throws IOException, HttpException {
        List<Multipart.HttpAnswer> answers = new ArrayList<>();
        String body = EntityUtils.toString(batch.getEntity(), StandardCharsets.UTF_8);
        for (Part part : Multipart.parts(body, Multipart.boundary(contentType(batch)))) {
            answers.add(Multipart.answer(part));
        }
        return answers;
    }

    private static String contentType(ClassicHttpResponse response) {
        Header header = response.getFirstHeader("Content-Type");
        return header == null ? "" : header.getValue();
    }
}
