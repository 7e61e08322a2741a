package org.fieldbook.backoffice.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import org.apache.olingo.commons.api.data.Entity;
import org.apache.olingo.commons.api.edm.EdmEntityType;
import org.apache.olingo.commons.api.edm.FullQualifiedName;
import org.apache.olingo.commons.api.format.ContentType;
import org.apache.olingo.commons.api.http.HttpHeader;
import org.apache.olingo.commons.api.http.HttpStatusCode;
import org.apache.olingo.server.api.OData;
import org.apache.olingo.server.api.ODataApplicationException;
import org.apache.olingo.server.api.ODataLibraryException;
import org.apache.olingo.server.api.ODataRequest;
import org.apache.olingo.server.api.ODataResponse;
import org.apache.olingo.server.api.ServiceMetadata;
import org.apache.olingo.server.api.processor.ActionComplexProcessor;
import org.apache.olingo.server.api.processor.ActionVoidProcessor;
import org.apache.olingo.server.api.uri.UriInfo;
import org.apache.olingo.server.api.uri.UriResourceAction;
import org.fieldbook.backoffice.internal.http.ErrorCodes;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Answers Dataverse's block messages for notes' files ({@link BlockMessageTypes}): reads their JSON parameters,
 * refusing missing or malformed ones with 400 naming the parameter, and answers with their response types.
 */
final class BlockMessages implements ActionComplexProcessor, ActionVoidProcessor {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ANNOTATION_TYPE = FieldbookEdmProvider.NAMESPACE + ".annotation";
    private static final Pattern GUID = Pattern.compile("[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}");

    private final NoteBlocks blocks;
    private OData odata;
    private ServiceMetadata metadata;

    BlockMessages(NoteBlocks blocks) {
        this.blocks = blocks;
    }

    @Override
    public void init(OData newOdata, ServiceMetadata newMetadata) {
        this.odata = newOdata;
        this.metadata = newMetadata;
    }

    @Override
    public void processActionVoid(ODataRequest request, ODataResponse response, UriInfo uriInfo, ContentType requestFormat)
            throws ODataApplicationException {
        JsonNode body = body(request);
        String blockId = text(body, "BlockId");
        byte[] data = base64(text(body, "BlockData"), "BlockData");
        String token = text(body, "FileContinuationToken");
        run(() -> {
            blocks.uploadBlock(token, blockId, data);
            return null;
        });
        response.setStatusCode(HttpStatusCode.NO_CONTENT.getStatusCode());
    }

    @Override
    public void processActionComplex(ODataRequest request, ODataResponse response, UriInfo uriInfo, ContentType requestFormat,
            ContentType responseFormat) throws ODataApplicationException, ODataLibraryException {
        String action = ((UriResourceAction) uriInfo.getUriResourceParts().get(0)).getAction().getName();
        JsonNode body = body(request);
        ObjectNode answer = JSON.createObjectNode();
        answer.put("@odata.context", request.getRawBaseUri() + "/$metadata#" + FieldbookEdmProvider.NAMESPACE + "." + action + "Response");
        switch (action) {
        case BlockMessageTypes.INITIALIZE_UPLOAD -> initializeUpload(body, answer);
        case BlockMessageTypes.COMMIT_UPLOAD -> commit(body, answer);
        case BlockMessageTypes.INITIALIZE_DOWNLOAD -> initializeDownload(body, answer);
        default -> downloadBlock(body, answer);
        }
        response.setStatusCode(HttpStatusCode.OK.getStatusCode());
        response.setHeader(HttpHeader.CONTENT_TYPE, ContentType.JSON.toContentTypeString());
        response.setContent(new ByteArrayInputStream(answer.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private void initializeUpload(JsonNode body, ObjectNode answer) throws ODataApplicationException, ODataLibraryException {
        ObjectNode target = target(body);
        String id = targetId(target);
        Entity entity = entity(target);
        answer.put("FileContinuationToken", run(() -> blocks.initializeUpload(id == null ? UUID.randomUUID().toString() : id, entity)));
    }

    private void commit(JsonNode body, ObjectNode answer) throws ODataApplicationException, ODataLibraryException {
        ObjectNode target = target(body);
        String id = targetId(target);
        Entity entity = entity(target);
        List<String> blockList = blockList(body);
        String token = text(body, "FileContinuationToken");
        NoteBlocks.Committed committed = run(() -> blocks.commit(token, blockList, entity, id));
        answer.put("AnnotationId", committed.annotationId());
        answer.put("FileSizeInBytes", committed.size());
    }

    private void initializeDownload(JsonNode body, ObjectNode answer) throws ODataApplicationException {
        String id = targetId(target(body));
        if (id == null) {
            throw badRequest("Target must name the annotation by its annotationid.");
        }
        NoteBlocks.Download download = run(() -> blocks.initializeDownload(id));
        answer.put("FileContinuationToken", download.token());
        answer.put("FileSizeInBytes", download.size());
        answer.put("FileName", download.fileName());
        answer.put("IsChunkingSupported", true);
    }

    private void downloadBlock(JsonNode body, ObjectNode answer) throws ODataApplicationException {
        long offset = number(body, "Offset");
        long length = number(body, "BlockLength");
        String token = text(body, "FileContinuationToken");
        answer.put("Data", Base64.getEncoder().encodeToString(run(() -> blocks.downloadBlock(token, offset, length))));
    }

    /** A body of the blocks' work, which may refuse the request. */
    @FunctionalInterface
    private interface Work<T> {
        T run() throws ODataApplicationException;
    }

    /** @return what {@code work} answers; its refusals as the answers that say so */
    private static <T> T run(Work<T> work) throws ODataApplicationException {
        try {
            return work.run();
        } catch (EntityRecords.Rejected rejected) {
            throw rejected.reason();
        } catch (OutOfReach e) {
            throw new ODataApplicationException("The signed-in user has no access to this annotation or its work order.",
                    HttpStatusCode.FORBIDDEN.getStatusCode(), Locale.ROOT, ErrorCodes.of(HttpStatusCode.FORBIDDEN.getStatusCode()));
        } catch (MissingTarget missing) {
            throw new ODataApplicationException(missing.getMessage(), HttpStatusCode.NOT_FOUND.getStatusCode(), Locale.ROOT,
                    ErrorCodes.of(HttpStatusCode.NOT_FOUND.getStatusCode()));
        }
    }

    private static JsonNode body(ODataRequest request) throws ODataApplicationException {
        try {
            JsonNode body = JSON.readTree(request.getBody());
            if (body == null || !body.isObject()) {
                throw badRequest("The body must be a JSON object of the action's parameters.");
            }
            return body;
        } catch (JacksonException e) {
            throw badRequest("The body is not valid JSON.");
        } catch (IOException e) {
            throw badRequest("The body could not be read.");
        }
    }

    private static ObjectNode target(JsonNode body) throws ODataApplicationException {
        if (!(body.get("Target") instanceof ObjectNode target)) {
            throw badRequest("The parameter Target is missing: it must be an annotation.");
        }
        ObjectNode copy = target.deepCopy();
        JsonNode type = copy.remove("@odata.type");
        if (type != null && !type.asText().equals(ANNOTATION_TYPE) && !type.asText().equals("#" + ANNOTATION_TYPE)) {
            throw badRequest("Target must be a " + ANNOTATION_TYPE + ".");
        }
        return copy;
    }

    /** @return the annotationid the target names, lower case, or null for a new note */
    private static String targetId(ObjectNode target) throws ODataApplicationException {
        JsonNode id = target.get("annotationid");
        if (id == null || id.isNull()) {
            return null;
        }
        if (!id.isTextual() || !GUID.matcher(id.asText()).matches()) {
            throw badRequest("Target's annotationid must be a GUID.");
        }
        return id.asText().toLowerCase(Locale.ROOT);
    }

    /** The target's columns as the Web API reads a note; a file in the target is not how blocks carry one. */
    private Entity entity(ObjectNode target) throws ODataApplicationException, ODataLibraryException {
        if (target.has("documentbody")) {
            throw badRequest("Target must not hold a documentbody: the file comes in blocks.");
        }
        EdmEntityType type = metadata.getEdm().getEntityType(new FullQualifiedName(ANNOTATION_TYPE));
        return odata.createDeserializer(ContentType.JSON)
                .entity(new ByteArrayInputStream(target.toString().getBytes(StandardCharsets.UTF_8)), type).getEntity();
    }

    private static List<String> blockList(JsonNode body) throws ODataApplicationException {
        JsonNode list = body.get("BlockList");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw badRequest("The parameter BlockList is missing: it must list the ids of the uploaded blocks in order.");
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode id : list) {
            if (!id.isTextual()) {
                throw badRequest("BlockList must hold block ids as strings.");
            }
            ids.add(id.asText());
        }
        return ids;
    }

    private static String text(JsonNode body, String name) throws ODataApplicationException {
        JsonNode value = body.get(name);
        if (value == null || !value.isTextual() || value.asText().isEmpty()) {
            throw badRequest("The parameter " + name + " is missing: it must be a string.");
        }
        return value.asText();
    }

    private static long number(JsonNode body, String name) throws ODataApplicationException {
        JsonNode value = body.get(name);
        if (value == null || !value.canConvertToLong() || !value.isIntegralNumber()) {
            throw badRequest("The parameter " + name + " is missing: it must be a whole number.");
        }
        return value.asLong();
    }

    private static byte[] base64(String value, String name) throws ODataApplicationException {
        try {
            return Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            throw badRequest(name + " is not valid base64.");
        }
    }

    private static ODataApplicationException badRequest(String message) {
        return new ODataApplicationException(message, HttpStatusCode.BAD_REQUEST.getStatusCode(), Locale.ROOT,
                ErrorCodes.of(HttpStatusCode.BAD_REQUEST.getStatusCode()));
    }
}
