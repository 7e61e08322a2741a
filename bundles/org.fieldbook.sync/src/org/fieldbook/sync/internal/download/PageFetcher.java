package org.fieldbook.sync.internal.download;

import java.io.InputStream;
import java.net.URI;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.fieldbook.sync.SyncException;
import org.fieldbook.sync.internal.MalformedResponseException;
import org.fieldbook.sync.internal.SyncContext;
import org.fieldbook.sync.internal.json.PageConsumer;
import org.fieldbook.sync.internal.json.PageSummary;
import org.fieldbook.sync.internal.json.RecordPageReader;

/** GETs one page of a collection and streams its rows into a consumer as they arrive. */
final class PageFetcher {

    /** Dataverse's largest page: fewer round trips, and the reader streams it anyway. */
    static final int LARGEST_PAGE = 5000;
    static final String PAGE_SIZE = "odata.maxpagesize=" + LARGEST_PAGE;

    private final SyncContext context;

    PageFetcher(SyncContext context) {
        this.context = context;
    }

    /** @param prefer the {@code Prefer} header, e.g. {@link #PAGE_SIZE} */
    PageSummary fetch(URI page, String prefer, RecordPageReader reader, PageConsumer consumer) throws SyncException {
        HttpGet get = new HttpGet(page);
        get.setHeader("Accept", "application/json");
        get.setHeader("OData-Version", "4.0");
        get.setHeader("OData-MaxVersion", "4.0");
        get.setHeader("Prefer", prefer);
        return context.http().execute(get, response -> {
            if (response.getEntity() == null) {
                throw new MalformedResponseException("a page without a body");
            }
            try (InputStream body = response.getEntity().getContent()) {
                return reader.read(body, consumer);
            }
        });
    }
}
