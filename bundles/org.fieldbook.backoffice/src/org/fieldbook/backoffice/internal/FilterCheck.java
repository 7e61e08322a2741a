package org.fieldbook.backoffice.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.olingo.commons.api.http.HttpMethod;
import org.apache.olingo.server.api.OData;
import org.apache.olingo.server.api.ODataHandler;
import org.apache.olingo.server.api.ODataRequest;
import org.apache.olingo.server.api.ODataResponse;
import org.apache.olingo.server.api.ServiceMetadata;
import org.fieldbook.backoffice.Role;
import org.fieldbook.backoffice.internal.auth.Principal;
import org.fieldbook.backoffice.internal.http.RequestLimits;
import org.fieldbook.model.dataverse.DataverseSchema;
import org.fieldbook.model.dataverse.DataverseTable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Checks an offline profile's custom filter the way devices will use it: as the {@code $filter} of a query
 * the Web API serves. A filter the server cannot parse or evaluate is refused when the admin saves it, not
 * discovered on every technician's device at the next sync.
 */
public final class FilterCheck {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Principal CHECKER = new Principal("filter-check", Role.ADMIN, "00000000-0000-0000-0000-000000000000");

    private final BackOfficeDatabase database;
    private final OData odata = OData.newInstance();
    private final ServiceMetadata metadata;
    private final DataverseSchema schema = DataverseSchema.fieldbook();

    public FilterCheck(BackOfficeDatabase database) {
        this.database = database;
        this.metadata = odata.createServiceMetadata(new FieldbookEdmProvider(schema), List.of());
    }

    /** @throws IllegalArgumentException saying why the filter does not work on the table */
    public void check(String table, String filter) {
        DataverseTable target = schema.byLogicalName(table)
                .orElseThrow(() -> new IllegalArgumentException("No table " + table));
        String encoded = URLEncoder.encode(filter, StandardCharsets.UTF_8).replace("+", "%20");
        RequestLimits.ofQuery(encoded).ifPresent(refusal -> {
            throw new IllegalArgumentException("The filter of " + table + " does not work: " + refusal.message());
        });
        ODataRequest request = new ODataRequest();
        request.setMethod(HttpMethod.GET);
        request.setRawBaseUri("http://localhost/api/data/v9.2");
        request.setRawServiceResolutionUri("");
        request.setRawODataPath("/" + target.entitySet());
        request.setRawQueryPath("$top=1&$select=" + table + "id&$filter=" + encoded);
        request.setRawRequestUri(request.getRawBaseUri() + request.getRawODataPath() + "?" + request.getRawQueryPath());
        request.setBody(new ByteArrayInputStream(new byte[0]));
        ODataHandler handler = odata.createRawHandler(metadata);
        handler.register(new RecordProcessor(database, RowAccess.of(CHECKER)));
        handler.register(new DataverseErrors());
        ODataResponse response = handler.process(request);
        if (response.getStatusCode() != 200) {
            throw new IllegalArgumentException("The filter of " + table + " does not work: " + message(response.getContent()));
        }
    }

    private static String message(InputStream content) {
        try (InputStream body = content) {
            JsonNode error = JSON.readTree(body).path("error");
            return error.path("message").asText("the server cannot evaluate it");
        } catch (IOException | RuntimeException e) {
            return "the server cannot evaluate it";
        }
    }
}
