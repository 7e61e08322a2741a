package org.fieldbook.sync.internal.json;

import java.io.IOException;
import java.io.InputStream;

import org.fieldbook.model.dataverse.DataverseTable;
import org.fieldbook.sync.internal.MalformedResponseException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Streams one page of a Dataverse collection response ({@code value}, {@code @odata.nextLink},
 * {@code @odata.deltaLink}, {@code @odata.count}, in any order) into records of one table, handed over in
 * batches as they are read so that a 5000-row page is never held whole. Safe to share between threads.
 */
public final class RecordPageReader {

    private static final JsonFactory JSON = new JsonFactory();

    private final DataverseTable table;
    private final RowReader rowReader;
    private final int batchSize;

    /** @param batchSize how many rows (or deleted keys) the consumer gets at most at a time */
    public RecordPageReader(DataverseTable table, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("The batch size must be positive: " + batchSize);
        }
        this.table = table;
        this.rowReader = new RowReader(table);
        this.batchSize = batchSize;
    }

    /**
     * Reads a page to its end. Full batches are handed over while reading; the last, partial ones only once
     * the whole body has proven well-formed. When this throws, batches already handed over came from a body
     * that then failed: the caller must not advance its link or token, and re-reads the page later.
     *
     * @throws MalformedResponseException for broken or truncated JSON or a value its column cannot hold, naming
     *         the table, the row's key when known, the column and the place in the body
     * @throws IOException when reading the body fails
     */
    public PageSummary read(InputStream body, PageConsumer consumer) throws IOException {
        try (JsonParser parser = JSON.createParser(body)) {
            ResponseCursor cursor = new ResponseCursor(parser, table.entitySet());
            try {
                return readPage(cursor, new Batches(consumer, batchSize));
            } catch (JsonProcessingException e) {
                throw cursor.malformed(e);
            }
        }
    }

    private PageSummary readPage(ResponseCursor cursor, Batches batches) throws IOException {
        JsonParser parser = cursor.parser();
        parser.nextToken();
        cursor.expect(JsonToken.START_OBJECT, "a JSON object");
        String nextLink = null;
        String deltaLink = null;
        Long count = null;
        boolean hasValue = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
            case "value" -> hasValue = readValue(cursor, batches);
            case "@odata.nextLink" -> nextLink = cursor.text(field);
            case "@odata.deltaLink" -> deltaLink = cursor.text(field);
            case "@odata.count" -> count = cursor.longValue(field);
            default -> parser.skipChildren();
            }
        }
        requireEnd(cursor, hasValue);
        String deltaToken = deltaLink == null ? null : deltaToken(cursor, deltaLink);
        batches.flush();
        return batches.summary(nextLink, deltaLink, deltaToken, count);
    }

    private boolean readValue(ResponseCursor cursor, Batches batches) throws IOException {
        cursor.expect(JsonToken.START_ARRAY, "\"value\" to be an array");
        while (cursor.parser().nextToken() == JsonToken.START_OBJECT) {
            rowReader.read(cursor, batches);
        }
        cursor.expect(JsonToken.END_ARRAY, "the entries of \"value\" to be objects");
        return true;
    }

    private static void requireEnd(ResponseCursor cursor, boolean hasValue) throws IOException {
        cursor.expect(JsonToken.END_OBJECT, "the end of the response object");
        if (!hasValue) {
            throw cursor.malformed(null, "no \"value\" array");
        }
        cursor.parser().nextToken();
        cursor.expect(null, "nothing after the response object");
    }

    private static String deltaToken(ResponseCursor cursor, String deltaLink) throws MalformedResponseException {
        String token = PageSummary.deltaTokenOf(deltaLink);
        if (token == null || token.isEmpty()) {
            throw cursor.malformed("@odata.deltaLink", "the delta link has no $deltatoken: " + deltaLink);
        }
        return token;
    }
}
