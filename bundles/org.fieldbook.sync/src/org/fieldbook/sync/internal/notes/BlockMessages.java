package org.fieldbook.sync.internal.notes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.fieldbook.sync.SyncException;
import org.fieldbook.sync.internal.AuthorizedHttp;
import org.fieldbook.sync.internal.JsonFields;
import org.fieldbook.sync.internal.MalformedResponseException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Dataverse's block messages for a note's file, as unbound actions of the Web API: the upload's
 * {@code InitializeAnnotationBlocksUpload}, {@code UploadBlock} and {@code CommitAnnotationBlocksUpload}, the
 * download's {@code InitializeAnnotationBlocksDownload} and {@code DownloadBlock}, and the note's file size.
 */
final class BlockMessages {

    private static final JsonFactory JSON = new JsonFactory();

    /** A download begun: its token and the file's size. */
    record Download(String token, long size) {
    }

    /** What the upload sends as the note, Dataverse's {@code Target}: the note's key and its file's name and type. */
    record Target(String noteId, String fileName, String mimeType) {
    }

    private final AuthorizedHttp http;
    private final URI serviceRoot;

    BlockMessages(AuthorizedHttp http, URI serviceRoot) {
        this.http = http;
        this.serviceRoot = serviceRoot;
    }

    /** @return the upload's continuation token */
    String initializeUpload(Target target) throws SyncException {
        return require(post("InitializeAnnotationBlocksUpload", json -> writeTarget(json, target)), "FileContinuationToken");
    }

    void uploadBlock(String token, String blockId, byte[] data) throws SyncException {
        post("UploadBlock", json -> {
            json.writeStringField("BlockId", blockId);
            json.writeStringField("BlockData", Base64.getEncoder().encodeToString(data));
            json.writeStringField("FileContinuationToken", token);
        });
    }

    /** @return the size of the file the office committed */
    long commit(String token, Target target, List<String> blockIds) throws SyncException {
        return Long.parseLong(require(post("CommitAnnotationBlocksUpload", json -> {
            writeTarget(json, target);
            json.writeArrayFieldStart("BlockList");
            for (String blockId : blockIds) {
                json.writeString(blockId);
            }
            json.writeEndArray();
            json.writeStringField("FileContinuationToken", token);
        }), "FileSizeInBytes"));
    }

    Download initializeDownload(String noteId) throws SyncException {
        Map<String, String> answer = post("InitializeAnnotationBlocksDownload", json -> {
            json.writeObjectFieldStart("Target");
            json.writeStringField("annotationid", noteId);
            json.writeEndObject();
        });
        return new Download(require(answer, "FileContinuationToken"), Long.parseLong(require(answer, "FileSizeInBytes")));
    }

    byte[] downloadBlock(String token, long offset, int length) throws SyncException {
        String data = require(post("DownloadBlock", json -> {
            json.writeNumberField("Offset", offset);
            json.writeNumberField("BlockLength", length);
            json.writeStringField("FileContinuationToken", token);
        }), "Data");
        try {
            return Base64.getDecoder().decode(data);
        } catch (IllegalArgumentException e) {
            throw new SyncException("The back office sent a block this device cannot read: " + e.getMessage(), e);
        }
    }

    /** @return the size of the note's file as the office holds it, 0 for none */
    long fileSize(String noteId) throws SyncException {
        var get = ClassicRequestBuilder.get(serviceRoot.resolve("annotations(" + noteId + ")?$select=filesize"));
        String size = http.execute(odata(get).build(), response -> fields(response.getEntity().getContent(), "filesize")).get("filesize");
        return size == null || "null".equals(size) ? 0 : Long.parseLong(size);
    }

    private static void writeTarget(JsonGenerator json, Target target) throws IOException {
        json.writeObjectFieldStart("Target");
        json.writeStringField("@odata.type", "Microsoft.Dynamics.CRM.annotation");
        json.writeStringField("annotationid", target.noteId());
        json.writeStringField("filename", target.fileName());
        if (target.mimeType() != null) {
            json.writeStringField("mimetype", target.mimeType());
        }
        json.writeEndObject();
    }

    /** The fields of the action's JSON parameters. */
    @FunctionalInterface
    private interface Parameters {
        void write(JsonGenerator json) throws IOException;
    }

    private Map<String, String> post(String action, Parameters parameters) throws SyncException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (JsonGenerator json = JSON.createGenerator(body)) {
            json.writeStartObject();
            parameters.write(json);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory
        }
        var post = ClassicRequestBuilder.post(serviceRoot.resolve(action))
                .setEntity(new ByteArrayEntity(body.toByteArray(), ContentType.APPLICATION_JSON));
        return http.execute(odata(post).build(), response -> response.getEntity() == null ? Map.of()
                : fields(response.getEntity().getContent(), "FileContinuationToken", "FileSizeInBytes", "Data"));
    }

    private static Map<String, String> fields(InputStream body, String... names) throws IOException {
        try (body) {
            return JsonFields.first(body, names);
        } catch (JsonProcessingException e) {
            throw new MalformedResponseException("an answer that is not JSON: " + e.getOriginalMessage());
        }
    }

    private static String require(Map<String, String> answer, String name) throws SyncException {
        String value = answer.get(name);
        if (value == null) {
            throw new SyncException("The back office's answer lacks " + name + ".");
        }
        return value;
    }

    private static ClassicRequestBuilder odata(ClassicRequestBuilder request) {
        return request.setHeader("Accept", "application/json").setHeader("OData-Version", "4.0").setHeader("OData-MaxVersion", "4.0");
    }
}
