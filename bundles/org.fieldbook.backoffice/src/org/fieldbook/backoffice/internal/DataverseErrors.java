package org.fieldbook.backoffice.internal;

import java.util.regex.Pattern;

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
import org.fieldbook.backoffice.internal.http.ErrorCodes;
import org.fieldbook.backoffice.internal.http.ServerFaults;

/**
 * Errors as Dataverse writes them: {@code {"error":{"code":"0x...","message":"..."}}}, a Dataverse code for
 * each status, and no Java internals in the message.
 */
final class DataverseErrors implements ErrorProcessor {

    /** What a message must not hold: Java names and the libraries' words, which say nothing to a client. */
    private static final Pattern INTERNALS = Pattern.compile(
            "java\\.|Exception|Error\\b|\\w+Impl\\b|@[0-9a-f]{4,}|org\\.apache|org\\.fieldbook|com\\.fasterxml|StreamReadConstraints|`");

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
        if (error.getStatusCode() == 501 && error.getException() instanceof ODataLibraryException) {
            // Olingo's 501s are request forms without a processor here (a single property, $value, $ref): the
            // client asked for something this service does not offer, which is no server fault.
            error.setStatusCode(400);
            error.setMessage("The back office does not serve requests of this form: " + request.getRawODataPath());
        }
        if (error.getCode() == null) {
            error.setCode(ErrorCodes.of(error.getStatusCode()));
        }
        if (error.getStatusCode() >= 500 && error.getStatusCode() != 501) {
            String reference = ServerFaults.report(request.getMethod() + " " + request.getRawRequestUri(), error.getException());
            response.setHeader(ServerFaults.REFERENCE_HEADER, reference);
            error.setMessage(ServerFaults.message(reference));
        } else if (error.getMessage() == null || INTERNALS.matcher(error.getMessage()).find()) {
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
