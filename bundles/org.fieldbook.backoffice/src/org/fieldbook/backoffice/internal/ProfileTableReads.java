package org.fieldbook.backoffice.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.olingo.commons.api.format.ContentType;
import org.apache.olingo.commons.api.http.HttpHeader;
import org.apache.olingo.commons.api.http.HttpStatusCode;
import org.apache.olingo.server.api.ODataApplicationException;
import org.apache.olingo.server.api.ODataRequest;
import org.apache.olingo.server.api.ODataResponse;
import org.apache.olingo.server.api.uri.UriInfo;
import org.apache.olingo.server.api.uri.UriResourceEntitySet;
import org.apache.olingo.server.api.uri.queryoption.SelectItem;
import org.apache.olingo.server.api.uri.queryoption.SystemQueryOption;
import org.apache.olingo.server.api.uri.queryoption.SystemQueryOptionKind;
import org.fieldbook.backoffice.internal.auth.Principal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads of the offline-profile tables ({@link ProfileTable}) as Dataverse answers them: a collection with
 * {@code $select} and a {@code $filter} of equalities, or one row by key. They are read-only: devices learn their
 * profile here, and administrators change profiles in the console.
 */
final class ProfileTableReads {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<SystemQueryOptionKind> TAKEN = Set.of(SystemQueryOptionKind.SELECT, SystemQueryOptionKind.FILTER);

    private final ProfileTableRows rows;
    private final Principal user;

    ProfileTableReads(ProfileTableRows rows, Principal user) {
        this.rows = rows;
        this.user = user;
    }

    void readCollection(ODataRequest request, ODataResponse response, UriInfo uriInfo, ContentType format, ProfileTable table)
            throws ODataApplicationException {
        QueryOptions.requireJson(format);
        refuseOtherOptions(uriInfo);
        ArrayNode value = JSON.createArrayNode();
        for (ObjectNode row : rows.rows(table, user)) {
            if (uriInfo.getFilterOption() == null || RowMatch.matches(uriInfo.getFilterOption().getExpression(), row)) {
                value.add(selected(row, table, uriInfo));
            }
        }
        ObjectNode answer = JSON.createObjectNode();
        answer.put("@odata.context", request.getRawBaseUri() + "/$metadata#" + table.entitySet() + selectList(uriInfo));
        answer.set("value", value);
        write(response, answer);
    }

    void readOne(ODataRequest request, ODataResponse response, UriInfo uriInfo, ContentType format, ProfileTable table)
            throws ODataApplicationException {
        QueryOptions.requireJson(format);
        refuseOtherOptions(uriInfo);
        UriResourceEntitySet addressed = (UriResourceEntitySet) uriInfo.getUriResourceParts().get(0);
        if (uriInfo.getUriResourceParts().size() != 1) {
            throw SqlFilter.badRequest("The offline profile tables are read a row or a collection at a time.");
        }
        String key = addressed.getKeyPredicates().get(0).getText().toLowerCase(Locale.ROOT);
        Optional<ObjectNode> row = rows.rows(table, user).stream()
                .filter(candidate -> candidate.get(table.keyColumn()).asText().equalsIgnoreCase(key)).findFirst();
        if (row.isEmpty()) {
            throw new ODataApplicationException(table.entitySet() + " With Id = " + key + " Does Not Exist",
                    HttpStatusCode.NOT_FOUND.getStatusCode(), Locale.ROOT, "0x80040217");
        }
        ObjectNode answer = JSON.createObjectNode();
        answer.put("@odata.context", request.getRawBaseUri() + "/$metadata#" + table.entitySet() + selectList(uriInfo) + "/$entity");
        answer.setAll(selected(row.get(), table, uriInfo));
        write(response, answer);
    }

    /** Devices write no profile: every change goes through the console. */
    static ODataApplicationException readOnly(ProfileTable table) {
        return new ODataApplicationException(table.entitySet() + " is read-only here: profiles are changed in the admin console.",
                HttpStatusCode.METHOD_NOT_ALLOWED.getStatusCode(), Locale.ROOT, "0x80040220");
    }

    private static void refuseOtherOptions(UriInfo uriInfo) throws ODataApplicationException {
        for (SystemQueryOption option : uriInfo.getSystemQueryOptions()) {
            if (!TAKEN.contains(option.getKind())) {
                throw SqlFilter.badRequest("The query parameter " + option.getName() + " is not supported on the offline profile tables.");
            }
        }
    }

    private static ObjectNode selected(ObjectNode row, ProfileTable table, UriInfo uriInfo) {
        List<String> columns = selectedColumns(uriInfo);
        if (columns.isEmpty()) {
            return row;
        }
        ObjectNode selected = JSON.createObjectNode();
        selected.set(table.keyColumn(), row.get(table.keyColumn()));
        columns.forEach(column -> selected.set(column, row.get(column)));
        return selected;
    }

    private static List<String> selectedColumns(UriInfo uriInfo) {
        List<String> columns = new ArrayList<>();
        if (uriInfo.getSelectOption() != null) {
            for (SelectItem item : uriInfo.getSelectOption().getSelectItems()) {
                if (item.isStar()) {
                    return List.of();
                }
                columns.add(item.getResourcePath().getUriResourceParts().get(0).getSegmentValue());
            }
        }
        return columns;
    }

    private static String selectList(UriInfo uriInfo) {
        List<String> columns = selectedColumns(uriInfo);
        return columns.isEmpty() ? "" : columns.stream().collect(Collectors.joining(",", "(", ")"));
    }

    private static void write(ODataResponse response, ObjectNode answer) {
        response.setStatusCode(HttpStatusCode.OK.getStatusCode());
        response.setHeader(HttpHeader.CONTENT_TYPE, ContentType.JSON.toContentTypeString());
        response.setContent(new ByteArrayInputStream(answer.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
