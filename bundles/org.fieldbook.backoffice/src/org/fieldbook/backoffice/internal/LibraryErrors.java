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
import org.apache.olingo.server.api.uri.queryoption.SystemQueryOptionKind;

/**
 * Olingo's own refusals as Dataverse words them: a request body of a type the service does not read is 415
 * (Olingo says 406, which is about the answer's type), an unknown property in {@code $select} or
 * {@code $orderby} and an unknown query option are named (Olingo's messages name nothing),
 * and a URL form the service does not serve is the client's error, 400, not a server fault.
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
        } else if ("UNKNOWN_SYSTEM_QUERY_OPTION".equals(key) || "SYSTEM_QUERY_OPTION_LEVELS_NOT_ALLOWED_HERE".equals(key)) {
            unknownOption(request).ifPresent(name -> {
                error.setMessage("The query parameter " + name + " is not supported.");
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
        String name = decode(path.split("[/(]", 2)[0]);
        return edm.getEntityContainer().getEntitySet(name);
    }

    /** @return the first name in {@code $select} or {@code $orderby} that is no property of the set's rows */
    private static Optional<String> unknownProperty(ODataRequest request, EdmEntitySet set) {
        if (set == null) {
            return Optional.empty();
        }
        return options(request).filter(option -> option.matches("\\$(select|orderby)=.*"))
                .flatMap(option -> Stream.of(option.substring(option.indexOf('=') + 1).split(",")))
                .map(item -> item.strip().split("[\\s/]", 2)[0])
                .filter(name -> set.getEntityType().getProperty(name) == null).findFirst();
    }

    /** @return the first {@code $} option of the query that Olingo does not know, or {@code $levels} outside {@code $expand} */
    private static Optional<String> unknownOption(ODataRequest request) {
        return options(request).filter(option -> option.startsWith("$")).map(option -> option.split("=", 2)[0])
                .filter(name -> SystemQueryOptionKind.get(name) == null || SystemQueryOptionKind.get(name) == SystemQueryOptionKind.LEVELS)
                .findFirst();
    }

    /** @return the query's options, decoded (Olingo has decoded them before it refused one) */
    private static Stream<String> options(ODataRequest request) {
        return request.getRawQueryPath() == null ? Stream.empty() : Stream.of(request.getRawQueryPath().split("&")).map(LibraryErrors::decode);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
