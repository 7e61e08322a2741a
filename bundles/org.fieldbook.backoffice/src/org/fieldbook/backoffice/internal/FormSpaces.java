package org.fieldbook.backoffice.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request whose query string reads {@code +} as a space, as Dataverse does and as HTML forms and
 * {@code curl --data-urlencode} write it; a plus sign itself is sent as {@code %2B}. Olingo would read
 * {@code name+eq+'x'} as one word. Links the server writes from the query string then carry {@code %20}.
 */
final class FormSpaces extends HttpServletRequestWrapper {

    FormSpaces(HttpServletRequest request) {
        super(request);
    }

    @Override
    public String getQueryString() {
        String query = super.getQueryString();
        return query == null ? null : query.replace("+", "%20");
    }
}
