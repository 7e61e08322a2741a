package org.fieldbook.backoffice.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.apache.olingo.commons.api.ex.ODataRuntimeException;
import org.apache.olingo.commons.api.format.ContentType;
import org.apache.olingo.commons.api.http.HttpHeader;
import org.apache.olingo.commons.api.http.HttpStatusCode;
import org.apache.olingo.server.api.OData;
import org.apache.olingo.server.api.ODataApplicationException;
import org.apache.olingo.server.api.ODataLibraryException;
import org.apache.olingo.server.api.ODataRequest;
import org.apache.olingo.server.api.ODataResponse;
import org.apache.olingo.server.api.ServiceMetadata;
import org.apache.olingo.server.api.batch.BatchFacade;
import org.apache.olingo.server.api.deserializer.batch.BatchOptions;
import org.apache.olingo.server.api.deserializer.batch.BatchRequestPart;
import org.apache.olingo.server.api.deserializer.batch.ODataResponsePart;
import org.apache.olingo.server.api.processor.BatchProcessor;
import org.fieldbook.backoffice.internal.http.RequestLimits;

/**
 * {@code $batch}: up to {@value #MAX_REQUESTS} requests, run in order through the handler of the batch
 * request, so with its signed-in user's row access whatever the parts say. A change set commits all its
 * writes or none: they share one transaction, and the first failing request rolls it back and answers for
 * the whole change set, named by its Content-ID. Processing stops at the first failure unless {@code Prefer: odata.continue-on-error}.
 */
final class BatchRequests implements BatchProcessor {

    /** Dataverse's limit of requests in one batch. */
    static final int MAX_REQUESTS = 1000;

    private final BackOfficeDatabase database;
    private OData odata;

    BatchRequests(BackOfficeDatabase database) {
        this.database = database;
    }

    @Override
    public void init(OData newOdata, ServiceMetadata metadata) {
        this.odata = newOdata;
    }

    @Override
    public void processBatch(BatchFacade facade, ODataRequest request, ODataResponse response)
            throws ODataApplicationException, ODataLibraryException {
        String boundary = facade.extractBoundaryFromContentType(request.getHeader(HttpHeader.CONTENT_TYPE));
        BatchOptions options = BatchOptions.with().rawBaseUri(request.getRawBaseUri())
                .rawServiceResolutionUri(request.getRawServiceResolutionUri()).build();
        List<BatchRequestPart> parts = odata.createFixedFormatDeserializer().parseBatchRequest(request.getBody(), boundary, options);
        if (parts.stream().mapToInt(part -> part.getRequests().size()).sum() > MAX_REQUESTS) {
            throw SqlFilter.badRequest("A batch holds at most " + MAX_REQUESTS + " requests.");
        }
        for (BatchRequestPart part : parts) {
            for (ODataRequest inner : part.getRequests()) {
                requireWithinLimits(inner);
            }
        }
        boolean continueOnError = odata.createPreferences(request.getHeaders(HttpHeader.PREFER)).hasContinueOnError();
        List<ODataResponsePart> answers = new ArrayList<>();
        for (BatchRequestPart part : parts) {
            ODataResponsePart answer = facade.handleBatchRequest(part);
            answers.add(answer);
            if (!continueOnError && answer.getResponses().stream().anyMatch(BatchRequests::failed)) {
                break;
            }
        }
        String responseBoundary = "batchresponse_" + UUID.randomUUID();
        response.setContent(
                ChangeSetBoundaries.rename(odata.createFixedFormatSerializer().batchResponse(answers, responseBoundary)));
        response.setHeader(HttpHeader.CONTENT_TYPE, ContentType.MULTIPART_MIXED + ";boundary=" + responseBoundary);
        if (continueOnError) {
            response.setHeader("Preference-Applied", "odata.continue-on-error");
        }
        response.setStatusCode(HttpStatusCode.OK.getStatusCode());
    }

    /** The limits the servlet filter checks on the batch request, checked on each request inside it. */
    private static void requireWithinLimits(ODataRequest request) throws ODataApplicationException {
        Optional<RequestLimits.Refusal> refusal = RequestLimits.ofUrl(request.getRawRequestUri())
                .or(() -> RequestLimits.ofQuery(request.getRawQueryPath()));
        for (Map.Entry<String, List<String>> header : request.getAllHeaders().entrySet()) {
            for (String value : header.getValue()) {
                refusal = refusal.or(() -> RequestLimits.ofHeader(header.getKey(), value));
            }
        }
        if (refusal.isPresent()) {
            throw new ODataApplicationException("A request in the batch is refused: " + refusal.get().message(),
                    refusal.get().status(), Locale.ROOT);
        }
    }

    /** Runs a change set in one transaction: committed when every request succeeded, else rolled back. */
    @Override
    public ODataResponsePart processChangeSet(BatchFacade facade, List<ODataRequest> requests)
            throws ODataApplicationException, ODataLibraryException {
        ContentIdReferences references = new ContentIdReferences();
        List<ODataResponse> responses = new ArrayList<>();
        try (Transactions.ChangeSet changeSet = database.beginChangeSet()) {
            for (ODataRequest request : requests) {
                references.resolve(request);
                ODataResponse answer = handle(facade, request);
                if (failed(answer)) {
                    // Alone in its change set's answer, so that the answer carries its Content-ID: the client
                    // learns which request was refused, as Dataverse tells it.
                    return new ODataResponsePart(List.of(answer), true);
                }
                references.remember(request, answer);
                responses.add(answer);
            }
            changeSet.commit();
        }
        return new ODataResponsePart(responses, true);
    }

    /** Olingo reports a reference to an unknown Content-ID in a URL as a runtime exception: a bad request. */
    private static ODataResponse handle(BatchFacade facade, ODataRequest request)
            throws ODataApplicationException, ODataLibraryException {
        try {
            return facade.handleODataRequest(request);
        } catch (ODataRuntimeException e) {
            throw new ODataApplicationException(e.getMessage(), HttpStatusCode.BAD_REQUEST.getStatusCode(), Locale.ROOT);
        }
    }

    private static boolean failed(ODataResponse response) {
        return response.getStatusCode() >= HttpStatusCode.BAD_REQUEST.getStatusCode();
    }
}
