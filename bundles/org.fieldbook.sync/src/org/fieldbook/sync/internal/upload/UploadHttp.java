package org.fieldbook.sync.internal.upload;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.fieldbook.model.Record;
import org.fieldbook.model.dataverse.DataverseTable;
import org.fieldbook.sync.SyncException;
import org.fieldbook.sync.WebApiException;
import org.fieldbook.sync.internal.AuthorizedHttp;
import org.fieldbook.sync.internal.MalformedResponseException;
import org.fieldbook.sync.internal.SyncLog;
import org.fieldbook.sync.internal.json.PageConsumer;
import org.fieldbook.sync.internal.json.RecordPageReader;

/** The upload's requests to the Web API: single writes, reads of one row, and {@code $batch}. */
final class UploadHttp {

    private static final Pattern WEAK_ETAG = Pattern.compile("W/\"(\\d+)\"");

    private final AuthorizedHttp http;
    private final URI serviceRoot;

    UploadHttp(AuthorizedHttp http, URI serviceRoot) {
        this.http = http;
        this.serviceRoot = serviceRoot;
    }

    /**
     * Sends a write, once more after a server fault (500): a fault is often passing, and the write is safe to
     * repeat (a create's key and an update's {@code If-Match} keep it from being applied twice).
     *
     * @return the row's new version from the answer's {@code ETag}, 0 when it has none (a delete)
     * @throws WebApiException when the server refuses the write
     */
    long send(UploadRequest request) throws SyncException {
        try {
            return sendOnce(request);
        } catch (WebApiException e) {
            if (e.status() < 500) {
                throw e;
            }
            SyncLog.of(UploadHttp.class).warn("Sending " + request.method() + " " + request.path() + " again after: " + e.getMessage());
            return sendOnce(request);
        }
    }

    private long sendOnce(UploadRequest request) throws SyncException {
        ClassicRequestBuilder builder = odata(ClassicRequestBuilder.create(request.method()).setUri(serviceRoot.resolve(request.path())));
        if (request.ifMatch() != null) {
            builder.setHeader("If-Match", request.ifMatch());
        }
        if (request.body() != null) {
            builder.setEntity(new ByteArrayEntity(request.body(), ContentType.APPLICATION_JSON));
        }
        return http.execute(builder.build(), response -> version(response.getFirstHeader("ETag")));
    }

    /** @return the server's row with its version, or empty when it has none */
    Optional<Record> row(DataverseTable table, String id) throws SyncException {
        URI uri = serviceRoot.resolve(table.entitySet() + "?$filter=" + table.keyColumn() + "%20eq%20" + id);
        RecordPageReader reader = new RecordPageReader(table, 1);
        return http.execute(odata(ClassicRequestBuilder.get(uri)).build(), response -> {
            List<Record> rows = new ArrayList<>();
            try (InputStream body = response.getEntity().getContent()) {
                reader.read(body, new PageConsumer() {
                    @Override
                    public void rows(List<Record> page) {
                        rows.addAll(page);
                    }

                    @Override
                    public void deleted(List<String> ids) {
                        // a filtered read lists no deletions
                    }
                });
            }
            return rows.stream().findFirst();
        });
    }

    /** @return the answers to a {@code $batch}'s requests, change sets unpacked, in order */
    List<BatchAnswer.Response> batch(BatchBody body) throws SyncException {
        ClassicHttpRequest request = odata(ClassicRequestBuilder.post(serviceRoot.resolve("$batch"))
                .setEntity(new ByteArrayEntity(body.bytes(), ContentType.parse(body.contentType())))).build();
        return http.execute(request, response -> new BatchAnswer(contentType(response),
                EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8)).responses());
    }

    /** @return the version of a weak ETag {@code W/"n"}, 0 for none */
    static long version(Header etag) throws MalformedResponseException {
        if (etag == null) {
            return 0;
        }
        Matcher version = WEAK_ETAG.matcher(etag.getValue().trim());
        if (!version.matches()) {
            throw new MalformedResponseException("an ETag that is not W/\"<versionnumber>\": " + etag.getValue());
        }
        return Long.parseLong(version.group(1));
    }

    private static String contentType(ClassicHttpResponse response) {
        Header header = response.getFirstHeader("Content-Type");
        return header == null ? "" : header.getValue();
    }

    private static ClassicRequestBuilder odata(ClassicRequestBuilder request) {
        return request.setHeader("Accept", "application/json").setHeader("OData-Version", "4.0").setHeader("OData-MaxVersion", "4.0");
    }
}
