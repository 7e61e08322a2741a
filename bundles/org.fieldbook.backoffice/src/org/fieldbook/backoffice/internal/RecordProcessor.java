package org.fieldbook.backoffice.internal;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.apache.olingo.commons.api.data.ContextURL;
import org.apache.olingo.commons.api.data.Entity;
import org.apache.olingo.commons.api.data.EntityCollection;
import org.apache.olingo.commons.api.data.Property;
import org.apache.olingo.commons.api.edm.EdmEntitySet;
import org.apache.olingo.commons.api.format.ContentType;
import org.apache.olingo.commons.api.http.HttpHeader;
import org.apache.olingo.commons.api.http.HttpStatusCode;
import org.apache.olingo.server.api.OData;
import org.apache.olingo.server.api.ODataApplicationException;
import org.apache.olingo.server.api.ODataRequest;
import org.apache.olingo.server.api.ODataResponse;
import org.apache.olingo.server.api.ServiceMetadata;
import org.apache.olingo.server.api.deserializer.DeserializerException;
import org.apache.olingo.server.api.prefer.Preferences;
import org.apache.olingo.server.api.processor.CountEntityCollectionProcessor;
import org.apache.olingo.server.api.processor.EntityProcessor;
import org.apache.olingo.server.api.serializer.EntityCollectionSerializerOptions;
import org.apache.olingo.server.api.serializer.EntitySerializerOptions;
import org.apache.olingo.server.api.serializer.SerializerException;
import org.apache.olingo.server.api.uri.UriInfo;
import org.apache.olingo.server.api.uri.UriParameter;
import org.apache.olingo.server.api.uri.UriResource;
import org.apache.olingo.server.api.uri.UriResourceEntitySet;
import org.apache.olingo.server.api.uri.queryoption.expression.ExpressionVisitException;
import org.fieldbook.backoffice.BackOfficeException;
import org.fieldbook.jdbc.TableMapping;
import org.fieldbook.model.Record;
import org.fieldbook.model.dataverse.FieldText;

/**
 * Serves rows for the Web API: collections paged with {@code Prefer: odata.maxpagesize} and an opaque
 * {@code $skiptoken}, single rows with their ETag, and creates, updates (upserts) and deletes checked
 * against {@code If-Match} / {@code If-None-Match} in the write's transaction.
 */
final class RecordProcessor implements CountEntityCollectionProcessor, EntityProcessor {

    /** Dataverse's largest page. */
    static final int MAX_PAGE_SIZE = 5000;

    private final BackOfficeDatabase database;
    private final RowAccess access;
    private final Optional<ProfileTableReads> profileTables;
    private OData odata;
    private ServiceMetadata metadata;

    /** @param profileTables the offline-profile tables' reads where this path serves them (devices' requests) */
    RecordProcessor(BackOfficeDatabase database, RowAccess access, Optional<ProfileTableReads> profileTables) {
        this.database = database;
        this.access = access;
        this.profileTables = profileTables;
    }

    @Override
    public void init(OData newOdata, ServiceMetadata newMetadata) {
        this.odata = newOdata;
        this.metadata = newMetadata;
    }

    @Override
    public void readEntityCollection(ODataRequest request, ODataResponse response, UriInfo uriInfo, ContentType format)
            throws ODataApplicationException, SerializerException {
        EdmEntitySet set = entitySet(uriInfo);
        Optional<ProfileTable> derived = ProfileTable.bySet(set.getName());
        if (derived.isPresent() && profileTables.isPresent()) {
            profileTables.get().readCollection(request, response, uriInfo, format, derived.get());
            return;
        }
        TableMapping table = table(set);
        QueryOptions.refuseUnsupported(uriInfo);
        boolean delta = uriInfo.getDeltaTokenOption() != null;
        boolean tracked = odata.createPreferences(request.getHeaders(HttpHeader.PREFER)).hasTrackChanges();
        if ((delta || tracked) && (uriInfo.getFilterOption() != null || uriInfo.getOrderByOption() != null
                || uriInfo.getExpandOption() != null || uriInfo.getTopOption() != null)) {
            throw SqlFilter.badRequest("Change tracking cannot be combined with $filter, $orderby, $expand or $top.");
        }
        TableMapping read = SelectedColumns.of(table, uriInfo.getSelectOption());
        if (delta) {
            readDelta(request, response, uriInfo, format, set, read);
            return;
        }
        int pageSize = pageSize(request);
        int top = uriInfo.getTopOption() == null ? Integer.MAX_VALUE : uriInfo.getTopOption().getValue();
        SqlFilter filter = SqlFilter.and(filter(uriInfo, table), access.rows(table));
        PagePosition position = position(uriInfo, set, table);
        if (tracked) {
            position = position.tracking(database.watermark());
        }
        PagePosition start = position;
        List<Record> rows = clientValues(() -> database.page(read, filter, start, Math.min(pageSize, top)));
        EntityCollection collection = entities(uriInfo, set, read, rows);
        if (rows.size() == pageSize && top > pageSize) {
            String skipToken = position.next(rows.size(), rows.get(rows.size() - 1).getId());
            collection.setNext(nextLink(request, set, database.tokenSeal().seal(skipToken, pageContext(uriInfo, set)),
                    uriInfo.getTopOption() == null ? null : top - pageSize));
        } else if (tracked) {
            collection.setDeltaLink(deltaLink(request, set, DeltaToken.after(position.watermark(), Instant.now())));
        }
        if (uriInfo.getCountOption() != null && uriInfo.getCountOption().getValue()) {
            collection.setCount(clientValues(() -> database.count(table, filter)));
        }
        answerCollection(request, response, uriInfo, format, set, collection);
        preferenceApplied(response, tracked, pageSize);
    }

    /** {@code <set>/$count}: the number of rows the user reaches that meet {@code $filter}, as plain text. */
    @Override
    public void countEntityCollection(ODataRequest request, ODataResponse response, UriInfo uriInfo)
            throws ODataApplicationException, SerializerException {
        List<UriResource> parts = uriInfo.getUriResourceParts();
        if (parts.size() != 2) {
            throw SqlFilter.badRequest("$count counts the rows of a table: <set>/$count.");
        }
        TableMapping table = table(AddressedRow.only(parts.subList(0, 1)).getEntitySet());
        QueryOptions.refuseUnsupported(uriInfo);
        if (uriInfo.getDeltaTokenOption() != null) {
            throw SqlFilter.badRequest("The query parameter $deltatoken is not supported with $count.");
        }
        int count = database.count(table, SqlFilter.and(filter(uriInfo, table), access.rows(table)));
        response.setContent(new ByteArrayInputStream(Integer.toString(count).getBytes(StandardCharsets.UTF_8)));
        response.setStatusCode(HttpStatusCode.OK.getStatusCode());
        response.setHeader(HttpHeader.CONTENT_TYPE, ContentType.TEXT_PLAIN.toContentTypeString());
    }

    /**
     * A page of the rows created or changed and the rows deleted since the token, deletions as Dataverse's
     * {@code $deletedEntity} entries, in version order; with the link to the next page, or on the last page
     * to the next delta. The first page fixes the version the delta runs up to, so paging misses nothing that
     * changes meanwhile: those changes belong to the next delta.
     */
    private void readDelta(ODataRequest request, ODataResponse response, UriInfo uriInfo, ContentType format, EdmEntitySet set,
            TableMapping table) throws ODataApplicationException, SerializerException {
        DeltaToken token = deltaToken(uriInfo, set);
        long upTo = token.upTo() == DeltaToken.OPEN ? database.watermark() : token.upTo();
        int pageSize = pageSize(request);
        DeltaPage page = DeltaPage.read(database, table, access, token.watermark(), upTo, pageSize);
        EntityCollection changes = entities(uriInfo, set, table, page.changes());
        if (page.more()) {
            changes.setNext(deltaLink(request, set, new DeltaToken(page.last(), upTo, Instant.now())));
        } else {
            changes.setDeltaLink(deltaLink(request, set, DeltaToken.after(upTo, Instant.now())));
        }
        answerCollection(request, response, uriInfo, format, set, changes);
        response.setContent(DeletedEntities.interleave(response.getContent(),
                request.getRawBaseUri() + "/$metadata#" + set.getName() + "/$deletedEntity", page));
        preferenceApplied(response, false, pageSize);
    }

    private DeltaToken deltaToken(UriInfo uriInfo, EdmEntitySet set) throws ODataApplicationException {
        DeltaToken token;
        try {
            String sealed = uriInfo.getDeltaTokenOption().getValue();
            token = DeltaToken.parse(database.tokenSeal().open(sealed, DeltaToken.context(set.getName())));
        } catch (IllegalArgumentException e) {
            throw SqlFilter.badRequest("The $deltatoken is not valid.");
        }
        if (token.expired(Instant.now())) {
            throw new ODataApplicationException("The delta token has expired: download the table again.",
                    HttpStatusCode.BAD_REQUEST.getStatusCode(), Locale.ROOT, "0x80044352");
        }
        return token;
    }

    /** @return the rows as entities, with the lookups {@code $expand} asks for */
    private EntityCollection entities(UriInfo uriInfo, EdmEntitySet set, TableMapping table, List<Record> rows)
            throws ODataApplicationException {
        EntityCollection collection = new EntityCollection();
        rows.forEach(row -> collection.getEntities().add(RowEntities.entity(set, table, row)));
        new LookupExpansion(database, access).expand(uriInfo.getExpandOption(), set, table, rows, collection.getEntities());
        return collection;
    }

    private void answerCollection(ODataRequest request, ODataResponse response, UriInfo uriInfo, ContentType format,
            EdmEntitySet set, EntityCollection collection) throws ODataApplicationException, SerializerException {
        QueryOptions.requireJson(format);
        ContextURL context = ContextURL.with().serviceRoot(URI.create(request.getRawBaseUri() + "/")).entitySet(set)
                .selectList(selectList(set, uriInfo)).build();
        EntityCollectionSerializerOptions options = EntityCollectionSerializerOptions.with().contextURL(context)
                .select(uriInfo.getSelectOption()).expand(uriInfo.getExpandOption()).count(uriInfo.getCountOption())
                .id(request.getRawRequestUri()).build();
        response.setContent(odata.createSerializer(format).entityCollection(metadata, set.getEntityType(), collection, options)
                .getContent());
        response.setStatusCode(HttpStatusCode.OK.getStatusCode());
        response.setHeader(HttpHeader.CONTENT_TYPE, format.toContentTypeString());
    }

    private String selectList(EdmEntitySet set, UriInfo uriInfo) throws SerializerException {
        return odata.createUriHelper().buildContextURLSelectList(set.getEntityType(), uriInfo.getExpandOption(),
                uriInfo.getSelectOption());
    }

    private static void preferenceApplied(ODataResponse response, boolean tracked, int pageSize) {
        List<String> applied = new ArrayList<>();
        if (tracked) {
            applied.add("odata.track-changes");
        }
        if (pageSize < MAX_PAGE_SIZE) {
            applied.add("odata.maxpagesize=" + pageSize);
        }
        if (!applied.isEmpty()) {
            response.setHeader("Preference-Applied", String.join(",", applied));
        }
    }

    private URI deltaLink(ODataRequest request, EdmEntitySet set, DeltaToken token) {
        String select = request.getRawQueryPath() == null ? "" : Arrays.stream(request.getRawQueryPath().split("&"))
                .filter(option -> isOption(option, "select")).findFirst().map(option -> option + "&").orElse("");
        return URI.create(request.getRawBaseUri() + "/" + set.getName() + "?" + select + "$deltatoken="
                + database.tokenSeal().seal(token.toString(), DeltaToken.context(set.getName())));
    }

    /** What a skip token belongs to: its table, its order and its filter. */
    private static String pageContext(UriInfo uriInfo, EdmEntitySet set) {
        return "page " + set.getName() + "\n" + (uriInfo.getOrderByOption() == null ? "" : uriInfo.getOrderByOption().getText())
                + "\n" + (uriInfo.getFilterOption() == null ? "" : uriInfo.getFilterOption().getText());
    }

    /**
     * A row with its ETag, or the row a single-valued lookup of it points at ({@code set(id)/navigation});
     * {@code If-None-Match} answers 304 for an unchanged row, except with {@code $expand}.
     */
    @Override
    public void readEntity(ODataRequest request, ODataResponse response, UriInfo uriInfo, ContentType format)
            throws ODataApplicationException, SerializerException {
        Optional<ProfileTable> derived = uriInfo.getUriResourceParts().get(0) instanceof UriResourceEntitySet first
                ? ProfileTable.bySet(first.getEntitySet().getName()) : Optional.empty();
        if (derived.isPresent() && profileTables.isPresent()) {
            profileTables.get().readOne(request, response, uriInfo, format, derived.get());
            return;
        }
        QueryOptions.refuseUnsupported(uriInfo);
        // A $select names the last segment's columns; a row on the way needs only its lookups, which are always read.
        Optional<AddressedRow> addressed = AddressedRow.of(uriInfo, this::readable,
                set -> SelectedColumns.of(table(set), uriInfo.getSelectOption()));
        if (addressed.isEmpty()) {
            response.setStatusCode(HttpStatusCode.NO_CONTENT.getStatusCode());
            return;
        }
        AddressedRow target = addressed.get();
        String ifNoneMatch = request.getHeader(HttpHeader.IF_NONE_MATCH);
        if (ifNoneMatch != null && !"*".equals(ifNoneMatch.strip()) && uriInfo.getExpandOption() == null
                && ETags.matches(ifNoneMatch, target.row().getVersionNumber())) {
            response.setStatusCode(HttpStatusCode.NOT_MODIFIED.getStatusCode());
            response.setHeader(HttpHeader.ETAG, FieldText.etag(target.row().getVersionNumber()));
            return;
        }
        answerEntity(request, response, uriInfo, format, target, HttpStatusCode.OK);
    }

    /** Answers with the row as JSON, its {@code $select} and {@code $expand} applied, and its ETag. */
    private void answerEntity(ODataRequest request, ODataResponse response, UriInfo uriInfo, ContentType format,
            AddressedRow target, HttpStatusCode status) throws ODataApplicationException, SerializerException {
        QueryOptions.requireJson(format);
        EdmEntitySet set = target.set();
        Entity entity = entities(uriInfo, set, target.table(), List.of(target.row())).getEntities().get(0);
        ContextURL context = ContextURL.with().serviceRoot(URI.create(request.getRawBaseUri() + "/")).entitySet(set)
                .suffix(ContextURL.Suffix.ENTITY).selectList(selectList(set, uriInfo)).build();
        EntitySerializerOptions options = EntitySerializerOptions.with().contextURL(context).select(uriInfo.getSelectOption())
                .expand(uriInfo.getExpandOption()).build();
        response.setContent(odata.createSerializer(format).entity(metadata, set.getEntityType(), entity, options).getContent());
        response.setStatusCode(status.getStatusCode());
        response.setHeader(HttpHeader.CONTENT_TYPE, format.toContentTypeString());
        response.setHeader(HttpHeader.ETAG, entity.getETag());
    }

    @Override
    public void createEntity(ODataRequest request, ODataResponse response, UriInfo uriInfo, ContentType requestFormat,
            ContentType responseFormat) throws ODataApplicationException, DeserializerException {
        EdmEntitySet set = entitySet(uriInfo);
        TableMapping table = table(set);
        Entity body = odata.createDeserializer(requestFormat).entity(request.getBody(), set.getEntityType()).getEntity();
        Property key = body.getProperty(table.logicalName() + "id");
        Record row = EntityRecords.toRecord(table, body, null,
                key == null || key.getValue() == null ? UUID.randomUUID().toString() : key.getValue().toString());
        requireWrite(table);
        Written written = checked(() -> database.create(table, row, access));
        if (written.outcome() == Written.Outcome.EXISTS) {
            throw new ODataApplicationException("A record with matching key values already exists.",
                    HttpStatusCode.PRECONDITION_FAILED.getStatusCode(), Locale.ROOT, "0x80040237");
        }
        answerWritten(request, response, set, row.getId(), written);
        answerRepresentation(request, response, uriInfo, responseFormat, set, table, row.getId(), written);
    }

    @Override
    public void updateEntity(ODataRequest request, ODataResponse response, UriInfo uriInfo, ContentType requestFormat,
            ContentType responseFormat) throws ODataApplicationException, DeserializerException {
        UriResourceEntitySet resource = AddressedRow.only(uriInfo.getUriResourceParts());
        EdmEntitySet set = resource.getEntitySet();
        TableMapping table = table(set);
        String id = key(resource.getKeyPredicates()).toLowerCase(Locale.ROOT);
        Entity body = odata.createDeserializer(requestFormat).entity(request.getBody(), set.getEntityType()).getEntity();
        requireWrite(table);
        Written written;
        if ("*".equals(request.getHeader(HttpHeader.IF_NONE_MATCH))) {
            Record row = EntityRecords.toRecord(table, body, null, id);
            written = checked(() -> database.create(table, row, access));
            if (written.outcome() == Written.Outcome.EXISTS) {
                written = Written.refused(Written.Outcome.STALE);
            }
        } else {
            written = checked(() -> database.update(table, id, stored -> EntityRecords.toRecordOrReject(table, body, stored, id),
                    request.getHeader(HttpHeader.IF_MATCH), true, access));
        }
        answerWritten(request, response, set, id, written);
        answerRepresentation(request, response, uriInfo, responseFormat, set, table, id, written);
    }

    @Override
    public void deleteEntity(ODataRequest request, ODataResponse response, UriInfo uriInfo) throws ODataApplicationException {
        UriResourceEntitySet resource = AddressedRow.only(uriInfo.getUriResourceParts());
        TableMapping table = table(resource.getEntitySet());
        String id = key(resource.getKeyPredicates()).toLowerCase(Locale.ROOT);
        requireWrite(table);
        answerWritten(request, response, resource.getEntitySet(), id,
                database.delete(table, id, request.getHeader(HttpHeader.IF_MATCH), access));
    }

    /** @return what {@code write} wrote; a refused body or a lookup to a missing row as the answer that says so */
    private static Written checked(Supplier<Written> write) throws ODataApplicationException {
        try {
            return write.get();
        } catch (EntityRecords.Rejected rejected) {
            throw rejected.reason();
        } catch (MissingTarget missing) {
            throw new ODataApplicationException(missing.getMessage(), HttpStatusCode.NOT_FOUND.getStatusCode(), Locale.ROOT,
                    "0x80040217");
        }
    }

    /** 204 and where the row lives, or the status that says why nothing was written. */
    private static void answerWritten(ODataRequest request, ODataResponse response, EdmEntitySet set, String id, Written written)
            throws ODataApplicationException {
        switch (written.outcome()) {
        case NOT_FOUND -> throw new ODataApplicationException(set.getName() + " with key " + id + " does not exist.",
                HttpStatusCode.NOT_FOUND.getStatusCode(), Locale.ROOT, "0x80040217");
        case FORBIDDEN -> throw forbidden(set.getName() + " " + id);
        case STALE, EXISTS -> throw new ODataApplicationException("The version of the record does not match the If-Match or"
                + " If-None-Match condition.", HttpStatusCode.PRECONDITION_FAILED.getStatusCode(), Locale.ROOT, "0x80060882");
        default -> {
            response.setStatusCode(HttpStatusCode.NO_CONTENT.getStatusCode());
            String entityId = request.getRawBaseUri() + "/" + set.getName() + "(" + id + ")";
            if (written.outcome() != Written.Outcome.DELETED) {
                response.setHeader("OData-EntityId", entityId);
                response.setHeader(HttpHeader.ETAG, FieldText.etag(written.version()));
            }
            if (written.outcome() == Written.Outcome.CREATED) {
                // Olingo's $batch resolves a Content-ID reference ($1) to what a POST created through Location.
                response.setHeader(HttpHeader.LOCATION, entityId);
            }
        }
        }
    }

    /**
     * With {@code Prefer: return=representation}, answers a successful create (201) or update (200) with the
     * written row, its {@code $select} applied, as Dataverse does.
     */
    private void answerRepresentation(ODataRequest request, ODataResponse response, UriInfo uriInfo, ContentType format,
            EdmEntitySet set, TableMapping table, String id, Written written) throws ODataApplicationException {
        if (odata.createPreferences(request.getHeaders(HttpHeader.PREFER)).getReturn() != Preferences.Return.REPRESENTATION) {
            return;
        }
        HttpStatusCode status = written.outcome() == Written.Outcome.CREATED ? HttpStatusCode.CREATED : HttpStatusCode.OK;
        try {
            TableMapping read = SelectedColumns.of(table, uriInfo.getSelectOption());
            answerEntity(request, response, uriInfo, format, new AddressedRow(set, read, readable(read, id)), status);
        } catch (SerializerException e) {
            throw new ODataApplicationException("The written row cannot be returned.",
                    HttpStatusCode.INTERNAL_SERVER_ERROR.getStatusCode(), Locale.ROOT);
        }
        response.setHeader("Preference-Applied", "return=representation");
    }

    /**
     * @return the row if the user reaches it
     * @throws ODataApplicationException 404 when there is no such row, 403 when it is out of the user's reach
     */
    private Record readable(TableMapping table, String id) throws ODataApplicationException {
        Optional<Record> row = database.find(table, id, access.rows(table));
        if (row.isPresent()) {
            return row.get();
        }
        if (database.find(table, id).isPresent()) {
            throw forbidden(table.logicalName() + " " + id);
        }
        throw new ODataApplicationException("No " + table.logicalName() + " with key " + id + ".",
                HttpStatusCode.NOT_FOUND.getStatusCode(), Locale.ROOT, "0x80040217");
    }

    private void requireWrite(TableMapping table) throws ODataApplicationException {
        if (!access.mayWrite(table)) {
            throw forbidden("the table " + table.logicalName());
        }
    }

    private static ODataApplicationException forbidden(String what) {
        return new ODataApplicationException("The signed-in user has no access to " + what + ".",
                HttpStatusCode.FORBIDDEN.getStatusCode(), Locale.ROOT, "0x80040220");
    }

    /**
     * The same request for the page at {@code skipToken}: the other query options are kept, and a
     * {@code $top} is reduced by what this page returned.
     */
    private static URI nextLink(ODataRequest request, EdmEntitySet set, String skipToken, Integer remainingTop) {
        String query = request.getRawQueryPath() == null ? "" : request.getRawQueryPath();
        List<String> options = new ArrayList<>(Arrays.stream(query.split("&"))
                .filter(option -> !option.isEmpty() && !isOption(option, "skiptoken") && !isOption(option, "top"))
                .toList());
        if (remainingTop != null) {
            options.add("$top=" + remainingTop);
        }
        options.add("$skiptoken=" + skipToken);
        return URI.create(request.getRawBaseUri() + "/" + set.getName() + "?" + String.join("&", options));
    }

    private static boolean isOption(String option, String name) {
        return option.startsWith("$" + name + "=") || option.startsWith("%24" + name + "=");
    }

    private PagePosition position(UriInfo uriInfo, EdmEntitySet set, TableMapping table) throws ODataApplicationException {
        String orderBy;
        try {
            orderBy = SqlFilter.orderBy(uriInfo.getOrderByOption(), table, LocalDate.now(ZoneOffset.UTC));
        } catch (ExpressionVisitException e) {
            throw SqlFilter.badRequest("The $orderby is not valid: " + e.getMessage());
        }
        try {
            return PagePosition.of(orderBy, uriInfo.getSkipTokenOption() == null ? null
                    : database.tokenSeal().open(uriInfo.getSkipTokenOption().getValue(), pageContext(uriInfo, set)));
        } catch (IllegalArgumentException e) {
            throw SqlFilter.badRequest("The $skiptoken is not valid: use the @odata.nextLink of the previous page as it is.");
        }
    }

    private static SqlFilter filter(UriInfo uriInfo, TableMapping table) throws ODataApplicationException {
        if (uriInfo.getFilterOption() == null) {
            return null;
        }
        try {
            return SqlFilter.of(uriInfo.getFilterOption().getExpression(), table, LocalDate.now(ZoneOffset.UTC));
        } catch (ExpressionVisitException e) {
            throw SqlFilter.badRequest("The $filter cannot be evaluated: " + e.getMessage());
        }
    }

    /** A value of the query that its column cannot hold (SQL's data exceptions, class 22) is the client's error. */
    private static <T> T clientValues(Supplier<T> read) throws ODataApplicationException {
        try {
            return read.get();
        } catch (BackOfficeException e) {
            if (e.getCause() instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                throw SqlFilter.badRequest("A value in the query does not fit the column it is compared with.");
            }
            throw e;
        }
    }

    private TableMapping table(EdmEntitySet set) throws ODataApplicationException {
        Optional<ProfileTable> derived = ProfileTable.bySet(set.getName());
        if (derived.isPresent()) {
            throw ProfileTableReads.readOnly(derived.get());
        }
        try {
            return database.tables().of(set.getEntityType().getName());
        } catch (IllegalArgumentException e) {
            throw new ODataApplicationException(set.getName() + " is not served yet.", HttpStatusCode.NOT_IMPLEMENTED.getStatusCode(),
                    Locale.ROOT);
        }
    }

    private static EdmEntitySet entitySet(UriInfo uriInfo) throws ODataApplicationException {
        return AddressedRow.only(uriInfo.getUriResourceParts()).getEntitySet();
    }

    private static String key(List<UriParameter> keys) {
        return keys.get(0).getText();
    }

    private int pageSize(ODataRequest request) {
        Integer preferred = odata.createPreferences(request.getHeaders(HttpHeader.PREFER)).getMaxPageSize();
        return preferred == null ? MAX_PAGE_SIZE : Math.max(1, Math.min(preferred, MAX_PAGE_SIZE));
    }

}
