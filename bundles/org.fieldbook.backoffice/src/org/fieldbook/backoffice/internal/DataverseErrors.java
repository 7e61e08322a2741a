package org.fieldbook.backoffice.internal;

import java.util.Map;

import org.apache.olingo.commons.api.format.ContentType;
import org.apache.olingo.commons.api.http.HttpHeader;
import org.apache.olingo.server.api.OData;
import org.apache.olingo.server.api.ODataLibraryException;
import org.apache.olingo.server.api.ODataRequest;
import org.apache.olingo.server.api.ODataResponse;
import org.apache.olingo.server.api.ODataServerError;
import org.apache.olingo.server.api.ServiceMetadata;
import org.apache.olingo.server.api.processor.ErrorProcessor;
import org.apache.olingo.server.api.serializer.SerializerException;

/**
 * Errors as Dataverse writes them: {@code {"error":{"code":"0x...","message":"..."}}}, a Dataverse code for
 * each status, and no Java internals in the message.
 */
final class DataverseErrors implements ErrorProcessor {

    private static final Map<Integer, String> CODES = Map.of(400, "0x80040203", 401, "0x80040220", 403, "0x80040220",
            404, "0x80040217", 405, "0x80040203", 412, "0x80060882", 413, "0x80040203", 415, "0x80040203", 429, "0x80072322",
            501, "0x80040203");
    private static final String SERVER_FAULT = "0x80040216";

    private OData odata;
    private ServiceMetadata metadata;

    @Override
    public void init(OData newOdata, ServiceMetadata newMetadata) {
        this.odata = newOdata;
        this.metadata = newMetadata;
    }

    @Override
    public void processError(ODataRequest request, ODataResponse response, ODataServerError error, ContentType format) {
        LibraryErrors.conform(error, request, metadata.getEdm());
        if (error.getStatusCode() == 404 && error.getException() instanceof ODataLibraryException) {
            // Olingo's 404s are unknown tables or properties in the URL: a bad request. Rows that do not exist
            // are this bundle's own ODataApplicationExceptions and stay 404.
            error.setStatusCode(400);
            error.setMessage("The URL names a table or property the service does not have: " + request.getRawODataPath());
        }
        if (error.getCode() == null) {
            error.setCode(CODES.getOrDefault(error.getStatusCode(), SERVER_FAULT));
        }
        if (error.getStatusCode() >= 500) {
            error.setMessage("The back office could not complete the request.");
        } else if (error.getMessage() == null || error.getMessage().matches(".*\\b\\w+Exception\\b.*")) {
            error.setMessage("The request is malformed: it is not the JSON or URL this request needs.");
        }
        error.setException(null);
        response.setStatusCode(error.getStatusCode());
        try {
            response.setContent(odata.createSerializer(ContentType.JSON).error(error).getContent());
            response.setHeader(HttpHeader.CONTENT_TYPE, ContentType.JSON.toContentTypeString());
        } catch (SerializerException e) {
            response.setContent(null);
        }
    }
}
