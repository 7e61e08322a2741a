package org.fieldbook.backoffice.internal;

import java.util.Locale;

import org.apache.olingo.commons.api.format.ContentType;
import org.apache.olingo.commons.api.http.HttpStatusCode;
import org.apache.olingo.server.api.ODataApplicationException;
import org.apache.olingo.server.api.uri.UriInfo;
import org.apache.olingo.server.api.uri.queryoption.SystemQueryOption;

/**
 * The system query options Olingo parses but the Web API does not serve: refused with 400, as Dataverse refuses
 * {@code $skip}, {@code $search} and {@code $apply}, instead of answering as if they were not there. Olingo
 * itself refuses options it does not know ({@code $compute}, {@code $index}, …), those that do not fit the
 * resource ({@code $top} on a single row).
 */
final class QueryOptions {

    private QueryOptions() {
    }

    /**
     * Rows are answered in JSON only, as in Dataverse: Olingo would also write XML for {@code $format=xml} or
     * {@code Accept: application/xml}.
     *
     * @throws ODataApplicationException 406 for any other format
     */
    static void requireJson(ContentType format) throws ODataApplicationException {
        if (!format.isCompatible(ContentType.APPLICATION_JSON)) {
            throw new ODataApplicationException("The service answers in JSON only: Accept: application/json.",
                    HttpStatusCode.NOT_ACCEPTABLE.getStatusCode(), Locale.ROOT, "0x80060888");
        }
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
