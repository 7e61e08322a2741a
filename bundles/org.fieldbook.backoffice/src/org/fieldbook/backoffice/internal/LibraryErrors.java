package org.fieldbook.backoffice.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.olingo.commons.api.edm.Edm;
import org.apache.olingo.commons.api.edm.EdmEntitySet;
import org.apache.olingo.commons.api.http.HttpStatusCode;
import org.apache.olingo.server.api.ODataLibraryException;
import org.apache.olingo.server.api.ODataRequest;
import org.apache.olingo.server.api.ODataServerError;

/**
 * Olingo's own refusals as Dataverse words them: a request body of a type the service does not read is 415
 * (Olingo says 406, which is about the answer's type), an unknown property in {@code $select} or
 * {@code $orderby} is named (Olingo's message names nothing), and a URL form the service does not serve is
 * the client's error, 400, not a server fault.
 */
final class LibraryErrors {

    private LibraryErrors() {
    }

    static void conform(ODataServerError error, ODataRequest request, Edm edm) {
        if (!(error.getException() instanceof ODataLibraryException exception)) {
            return;
        }
        String key = exception.getMessageKey().getKey();
        if (error.getStatusCode() == HttpStatusCode.NOT_ACCEPTABLE.getStatusCode() && "UNSUPPORTED_CONTENT_TYPE".equals(key)) {
            error.setStatusCode(HttpStatusCode.UNSUPPORTED_MEDIA_TYPE.getStatusCode());
            error.setMessage("The request body must be JSON: Content-Type: application/json.");
        } else if ("EXPRESSION_PROPERTY_NOT_IN_TYPE".equals(key)) {
            EdmEntitySet set = entitySet(request, edm);
            unknownProperty(request, set).ifPresent(name -> {
                error.setMessage("Could not find a property named '" + name + "' on type '"
                        + set.getEntityType().getFullQualifiedName().getFullQualifiedNameAsString() + "'.");
                error.setCode("0x80060888");
            });
        } else if (error.getStatusCode() == HttpStatusCode.NOT_IMPLEMENTED.getStatusCode()) {
            error.setStatusCode(HttpStatusCode.BAD_REQUEST.getStatusCode());
            error.setMessage("This URL form is not supported by the service.");
        }
    }

    /** @return the entity set the path starts with, or null */
    private static EdmEntitySet entitySet(ODataRequest request, Edm edm) {
        String path = request.getRawODataPath() == null ? "" : request.getRawODataPath().replaceFirst("^/", "");
        String name = URLDecoder.decode(path.split("[/(]", 2)[0], StandardCharsets.UTF_8);
        return edm.getEntityContainer().getEntitySet(name);
    }

    /** @return the first name in {@code $select} or {@code $orderby} that is no property of the set's rows */
    private static Optional<String> unknownProperty(ODataRequest request, EdmEntitySet set) {
        if (set == null || request.getRawQueryPath() == null) {
            return Optional.empty();
        }
        return Stream.of(request.getRawQueryPath().split("&")).map(option -> URLDecoder.decode(option, StandardCharsets.UTF_8))
                .filter(option -> option.startsWith("$select=") || option.startsWith("$orderby="))
                .flatMap(option -> Stream.of(option.substring(option.indexOf('=') + 1).split(",")))
                .map(item -> item.strip().split("[\\s/]", 2)[0])
                .filter(name -> set.getEntityType().getProperty(name) == null).findFirst();
    }
}
