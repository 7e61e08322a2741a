package org.fieldbook.backoffice.internal;

import org.apache.olingo.server.api.ODataApplicationException;
import org.apache.olingo.server.api.uri.UriInfo;
import org.apache.olingo.server.api.uri.queryoption.SystemQueryOption;

/**
 * The system query options Olingo parses but the Web API does not serve: refused with 400, as Dataverse refuses
 * {@code $skip}, {@code $search} and {@code $apply}, instead of answering as if they were not there. Olingo
 * itself refuses options it does not know ({@code $compute}, {@code $index}, …), those that do not fit the
 * resource ({@code $top} on a single row) and a {@code $format} other than JSON (406).
 */
final class QueryOptions {

    private QueryOptions() {
    }

    /** @throws ODataApplicationException 400 naming the first option the request may not use */
    static void refuseUnsupported(UriInfo uriInfo) throws ODataApplicationException {
        for (SystemQueryOption option : uriInfo.getSystemQueryOptions()) {
            switch (option.getKind()) {
            case SKIP, SEARCH, APPLY -> throw SqlFilter.badRequest("The query parameter " + option.getName() + " is not supported.");
            default -> {
                // served, or refused where it does not belong by the processor
            }
            }
        }
    }
}
