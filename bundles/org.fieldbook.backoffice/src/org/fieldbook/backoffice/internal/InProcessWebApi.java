package org.fieldbook.backoffice.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import org.apache.olingo.commons.api.http.HttpMethod;
import org.apache.olingo.server.api.OData;
import org.apache.olingo.server.api.ODataHandler;
import org.apache.olingo.server.api.ODataRequest;
import org.apache.olingo.server.api.ODataResponse;
import org.apache.olingo.server.api.ServiceMetadata;
import org.fieldbook.backoffice.internal.auth.Principal;
import org.fieldbook.model.dataverse.DataverseSchema;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Web API's query path served inside the back office, as a given user, without a socket: the same parser,
 * {@code $filter} evaluation, paging and row access as a request over HTTP, so the back office can ask what
 * that user's device would be answered.
 */
final class InProcessWebApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The base of the links in answers; never requested. */
    static final String BASE = "http://localhost/api/data/v9.2";

    private final BackOfficeDatabase database;
    private final OData odata = OData.newInstance();
    private final ServiceMetadata metadata;

    InProcessWebApi(BackOfficeDatabase database) {
        this.database = database;
        this.metadata = odata.createServiceMetadata(new FieldbookEdmProvider(DataverseSchema.fieldbook()), List.of());
    }

    /**
     * @param query the query options, percent-encoded, e.g. {@code $select=accountid&$filter=…}
     * @param prefer the {@code Prefer} header, or null
     */
    ODataResponse get(Principal user, String entitySet, String query, String prefer) {
        ODataRequest request = new ODataRequest();
        request.setMethod(HttpMethod.GET);
        request.setRawBaseUri(BASE);
        request.setRawServiceResolutionUri("");
        request.setRawODataPath("/" + entitySet);
        request.setRawQueryPath(query);
        request.setRawRequestUri(BASE + "/" + entitySet + "?" + query);
        request.setBody(new ByteArrayInputStream(new byte[0]));
        if (prefer != null) {
            request.addHeader("Prefer", prefer);
        }
        ODataHandler handler = odata.createRawHandler(metadata);
        handler.register(new RecordProcessor(database, RowAccess.of(user), Optional.empty()));
        handler.register(new DataverseErrors());
        return handler.process(request);
    }

    /** @return the message of an error answer, for the person who caused it */
    static String errorMessage(ODataResponse response) {
        try (InputStream body = response.getContent()) {
            return JSON.readTree(body).path("error").path("message").asText("the server cannot evaluate it");
        } catch (IOException | RuntimeException e) {
            return "the server cannot evaluate it";
        }
    }
}
