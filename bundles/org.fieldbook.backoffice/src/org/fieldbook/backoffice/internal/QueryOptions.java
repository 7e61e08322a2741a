package org.fieldbook.backoffice.internal;

import java.util.Locale;

import org.apache.olingo.server.api.ODataApplicationException;
import org.apache.olingo.server.api.uri.UriInfo;
import org.apache.olingo.server.api.uri.queryoption.SystemQueryOption;

/**
 * The system query options Olingo parses but the Web API does not serve: refused with 400, as Dataverse refuses
 * {@code $skip}, {@code $search} and {@code $apply}, instead of answering as if they were not there. Olingo
 * itself refuses options it does not know ({@code $compute}, {@code $index}, …) and those that do not fit the
 * resource ({@code $top} on a single row).
 */
final class QueryOptions {

    private QueryOptions() {
    }

    /** @throws ODataApplicationException 400 naming the first option the request may not use */
    static void refuseUnsupported(UriInfo uriInfo) throws ODataApplicationException {
        for (SystemQueryOption option : uriInfo.getSystemQueryOptions()) {
            switch (option.getKind()) {
            case SKIP, SEARCH, APPLY -> throw unsupported(option.getName());
            case FORMAT -> {
                if (!option.getText().toLowerCase(Locale.ROOT).matches("json|application/json(;.*)?")) {
                    throw SqlFilter.badRequest("The query parameter $format supports json only.");
                }
            }
            default -> {
                // served
            }
            }
        }
    }

    private static ODataApplicationException unsupported(String name) {
        return SqlFilter.badRequest("The query parameter " + name + " is not supported.");
    }
}
