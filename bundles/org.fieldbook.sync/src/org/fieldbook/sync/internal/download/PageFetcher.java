package org.fieldbook.sync.internal.download;

import java.io.InputStream;
import java.net.URI;
import java.util.Optional;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.io.HttpClientResponseHandler;
import org.fieldbook.sync.internal.ReadsAhead;
import org.fieldbook.sync.SyncException;
import org.fieldbook.sync.internal.MalformedResponseException;
import org.fieldbook.sync.internal.SyncContext;
import org.fieldbook.sync.internal.json.PageConsumer;
import org.fieldbook.sync.internal.json.PageSummary;
import org.fieldbook.sync.internal.json.RecordPageReader;

/**
 * GETs one page of a collection and streams its rows into a consumer as they arrive; a page asked ahead in a
 * {@code $batch} is read from its answer there instead.
 */
final class PageFetcher {

    /** Dataverse's largest page: fewer round trips, and the reader streams it anyway. */
    static final int LARGEST_PAGE = 5000;
    static final String PAGE_SIZE = "odata.maxpagesize=" + LARGEST_PAGE;

    private final SyncContext context;
    private final ReadsAhead ahead;

    PageFetcher(SyncContext context, ReadsAhead ahead) {
        this.context = context;
        this.ahead = ahead;
    }

    /** @param prefer the {@code Prefer} header, e.g. {@link #PAGE_SIZE} */
    PageSummary fetch(URI page, String prefer, RecordPageReader reader, PageConsumer consumer) throws SyncException {
        HttpGet get = new HttpGet(page);
        get.setHeader("Accept", "application/json");
        get.setHeader("OData-Version", "4.0");
        get.setHeader("OData-MaxVersion", "4.0");
        get.setHeader("Prefer", prefer);
        HttpClientResponseHandler<PageSummary> read = response -> {
            if (response.getEntity() == null) {
                throw new MalformedResponseException("a page without a body");
            }
            try (InputStream body = response.getEntity().getContent()) {
                return reader.read(body, consumer);
            }
        };
        Optional<ClassicHttpResponse> answered = ahead.take(page, prefer);
        return answered.isPresent() ? context.http().answered(get, answered.get(), read) : context.http().execute(get, read);
    }
}
