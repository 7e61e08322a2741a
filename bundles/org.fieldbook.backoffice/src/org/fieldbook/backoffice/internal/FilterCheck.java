package org.fieldbook.backoffice.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.apache.olingo.server.api.ODataResponse;
import org.fieldbook.backoffice.Role;
import org.fieldbook.backoffice.internal.auth.Principal;
import org.fieldbook.backoffice.internal.http.RequestLimits;
import org.fieldbook.model.dataverse.DataverseSchema;
import org.fieldbook.model.dataverse.DataverseTable;

/**
 * Checks an offline profile's custom filter the way devices will use it: as the {@code $filter} of a query
 * the Web API serves. A filter the server cannot parse or evaluate is refused when the admin saves it, not
 * discovered on every technician's device at the next sync.
 */
public final class FilterCheck {

    private static final Principal CHECKER = new Principal("filter-check", Role.ADMIN, "00000000-0000-0000-0000-000000000000");

    private final InProcessWebApi webApi;
    private final DataverseSchema schema = DataverseSchema.fieldbook();

    public FilterCheck(BackOfficeDatabase database) {
        this.webApi = new InProcessWebApi(database);
    }

    /** @throws IllegalArgumentException saying why the filter does not work on the table */
    public void check(String table, String filter) {
        DataverseTable target = schema.byLogicalName(table)
                .orElseThrow(() -> new IllegalArgumentException("No table " + table));
        String encoded = URLEncoder.encode(filter, StandardCharsets.UTF_8).replace("+", "%20");
        RequestLimits.ofQuery(encoded).ifPresent(refusal -> {
            throw new IllegalArgumentException("The filter of " + table + " does not work: " + refusal.message());
        });
        ODataResponse response = webApi.get(CHECKER, target.entitySet(), "$top=1&$select=" + table + "id&$filter=" + encoded, null);
        if (response.getStatusCode() != 200) {
            throw new IllegalArgumentException("The filter of " + table + " does not work: " + InProcessWebApi.errorMessage(response));
        }
    }
}
