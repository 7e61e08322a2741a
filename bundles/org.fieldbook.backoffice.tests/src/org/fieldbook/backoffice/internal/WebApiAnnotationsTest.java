package org.fieldbook.backoffice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.fieldbook.backoffice.demo.DemoSize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Notes ({@code annotations}) with files: created with a small documentbody, uploaded and downloaded in blocks with
 * Dataverse's block messages (resuming across a server restart, a re-sent block replacing itself), bounded by the
 * organization's maxuploadfilesize, reached by a technician on their own work orders only, bad input refused.
 */
class WebApiAnnotationsTest {

    @RegisterExtension
    static final BackOfficeFixture BACK_OFFICE = BackOfficeFixture.withDemo(43, new DemoSize(2, 2, 1, 1));
    private static final String ORGANIZATION = "organizations(8f0c6a55-1d3e-4c1b-9a57-0f1e1d000001)";
    private static final String TOO_LARGE = "0x80044a02";

    @Test
    void aNoteWithASmallFileIsCreatedAndReadBackWithTheColumnsTheServerSets() throws Exception {
        WebApiSession ada = BACK_OFFICE.demoUser("tech1");
        byte[] file = bytes(1000, 1);
        String id = createNote(ada, workOrderOf(ada), "Pump before repair", file);

        JsonNode note = ada.json("annotations(" + id + ")");
        assertThat(note.path("subject").asText()).isEqualTo("Pump before repair");
        assertThat(Base64.getDecoder().decode(note.path("documentbody").asText())).isEqualTo(file);
        assertThat(note.path("filesize").asInt()).isEqualTo(1000);
        assertThat(note.path("isdocument").asBoolean()).isTrue();
        assertThat(note.path("objecttypecode").asText()).isEqualTo("msdyn_workorder");
        assertThat(note.path("_createdby_value").asText()).isNotEmpty();
        assertThat(note.path("versionnumber").asLong()).isPositive();
    }

    @Test
    void theMetadataDescribesTheBlockMessagesWithDataversesNamesAndResponses() throws Exception {
        String metadata = BACK_OFFICE.demoUser("tech1").get("$metadata", "Accept", "application/xml").body();

        assertThat(metadata).contains("<EntityType Name=\"annotation\"", "<Action Name=\"InitializeAnnotationBlocksUpload\"",
                "<Action Name=\"UploadBlock\"", "<Action Name=\"CommitAnnotationBlocksUpload\"",
                "<Action Name=\"InitializeAnnotationBlocksDownload\"", "<Action Name=\"DownloadBlock\"",
                "<ComplexType Name=\"CommitAnnotationBlocksUploadResponse\"", "<ActionImport Name=\"DownloadBlock\"",
                "<Property Name=\"IsChunkingSupported\" Type=\"Edm.Boolean\"");
    }

    @Test
    void aFileUploadedInBlocksWithABlockSentTwiceDownloadsByteIdenticalInBlocks() throws Exception {
        WebApiSession ada = BACK_OFFICE.demoUser("tech1");
        byte[] file = bytes(700_001, 2);
        Upload upload = startUpload(ada);
        String id = upload.id();
        String token = upload.token();
        List<String> blocks = uploadBlocks(ada, token, file, 0, 300_000);
        uploadBlock(ada, token, blocks.get(1), slice(file, 300_000, 600_000)); // the answer was lost: sent again

        JsonNode committed = commit(ada, token, id, blocks);
        assertThat(committed.path("FileSizeInBytes").asInt()).isEqualTo(file.length);
        assertThat(committed.path("AnnotationId").asText()).isEqualTo(id);
        assertThat(download(ada, id, 256_000)).isEqualTo(file);
        assertThat(ada.json("annotations(" + id + ")?$select=filesize").path("filesize").asInt()).isEqualTo(file.length);
    }

    @Test
    void theSameBlockSentTwiceAtOnceIsTakenInTurnsNotRefused() throws Exception {
        WebApiSession ada = BACK_OFFICE.demoUser("tech1");
        byte[] file = bytes(400_000, 8);
        Upload upload = startUpload(ada);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                List<Future<HttpResponse<String>>> answers = new ArrayList<>();
                for (int copy = 0; copy < 2; copy++) {
                    answers.add(pool.submit(() -> ada.send("POST", "UploadBlock", uploadJson(upload.token(), blockId(0), file))));
                }
                for (Future<HttpResponse<String>> answer : answers) {
                    assertThat(answer.get().statusCode()).as(answer.get().body()).isEqualTo(204);
                }
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(commit(ada, upload.token(), upload.id(), List.of(blockId(0))).path("FileSizeInBytes").asInt()).isEqualTo(file.length);
    }

    @Test
    void aServerRestartedBetweenBlocksKeepsTheBlocksUploadedBefore() throws Exception {
        WebApiSession ada = BACK_OFFICE.demoUser("tech1");
        byte[] file = bytes(500_000, 3);
        Upload upload = startUpload(ada);
        String id = upload.id();
        String token = upload.token();
        List<String> first = uploadBlocks(ada, token, slice(file, 0, 200_000), 0, 100_000);

        BACK_OFFICE.restart();
        WebApiSession again = BACK_OFFICE.demoUser("tech1");
        List<String> blocks = new ArrayList<>(first);
        blocks.addAll(uploadBlocks(again, token, slice(file, 200_000, file.length), first.size(), 100_000));

        assertThat(commit(again, token, id, blocks).path("FileSizeInBytes").asInt()).isEqualTo(file.length);
        assertThat(download(again, id, 100_000)).isEqualTo(file);
    }

    @Test
    void aFileOverTheOrganizationsLimitIsRefusedWithDataversesErrorAndNothingIsStored() throws Exception {
        WebApiSession admin = BACK_OFFICE.demoUser("admin");
        WebApiSession ada = BACK_OFFICE.demoUser("tech1");
        assertThat(admin.json(ORGANIZATION).path("maxuploadfilesize").asInt()).isEqualTo(5_242_880);
        assertThat(admin.send("PATCH", ORGANIZATION, "{\"maxuploadfilesize\":1000}").statusCode()).isEqualTo(204);
        try {
            String id = UUID.randomUUID().toString();
            HttpResponse<String> created = ada.send("POST", "annotations", noteJson(id, workOrderOf(ada), "Too big", bytes(1001, 4)));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(400);
            assertThat(created.body()).contains(TOO_LARGE).contains("too large").contains("1000 bytes");
            assertThat(ada.get("annotations(" + id + ")").statusCode()).isEqualTo(404);

            String token = initializeUpload(ada, id, workOrderOf(ada));
            uploadBlock(ada, token, blockId(0), bytes(600, 5));
            HttpResponse<String> over = ada.send("POST", "UploadBlock", uploadJson(token, blockId(1), bytes(600, 6)));
            assertThat(over.statusCode()).as(over.body()).isEqualTo(400);
            assertThat(over.body()).contains(TOO_LARGE);
            HttpResponse<String> commit = ada.send("POST", "CommitAnnotationBlocksUpload", commitJson(token, id, workOrderOf(ada),
                    List.of(blockId(0), blockId(0))));
            assertThat(commit.statusCode()).as(commit.body()).isEqualTo(400);
            assertThat(commit.body()).contains(TOO_LARGE);
            assertThat(ada.get("annotations(" + id + ")").statusCode()).isEqualTo(404);
        } finally {
            admin.send("PATCH", ORGANIZATION, "{\"maxuploadfilesize\":5242880}");
        }
    }

    @Test
    void anotherTechniciansNoteIsOutOfReachWhateverTheRequest() throws Exception {
        WebApiSession ada = BACK_OFFICE.demoUser("tech1");
        WebApiSession bo = BACK_OFFICE.demoUser("tech2");
        String adaOrder = workOrderOf(ada);
        String id = createNote(ada, adaOrder, "Ada's private note", bytes(10, 7));

        assertThat(bo.get("annotations(" + id + ")").statusCode()).isIn(403, 404);
        assertThat(bo.json("annotations?$filter=subject eq 'Ada''s private note'").path("value")).isEmpty();
        assertThat(bo.json("annotations", "Prefer", "odata.track-changes").toString()).doesNotContain(id);
        HttpResponse<String> batch = WebApiBatch.batch(bo, null, WebApiBatch.request("GET", "annotations(" + id + ")", null, null),
                WebApiBatch.request("GET", "annotations?$filter=_objectid_value%20eq%20" + adaOrder, null, null));
        assertThat(batch.body()).doesNotContain("Ada's private note");
        assertThat(WebApiBatch.statuses(batch).get(0)).isIn(403, 404);
        for (WebApiSession office : List.of(BACK_OFFICE.demoUser("dispatcher"), BACK_OFFICE.demoUser("admin"))) {
            assertThat(office.json("annotations(" + id + ")").path("subject").asText()).isEqualTo("Ada's private note");
        }

        HttpResponse<String> bound = bo.send("POST", "annotations", noteJson(UUID.randomUUID().toString(), adaOrder, "Mine now", null));
        assertThat(bound.statusCode()).as(bound.body()).isEqualTo(403);
        String inBatch = UUID.randomUUID().toString();
        assertThat(WebApiBatch.statuses(WebApiBatch.batch(bo, null, WebApiBatch.changeSet(WebApiBatch.request("POST", "annotations", "1",
                noteJson(inBatch, adaOrder, "Mine in a batch", null)))))).contains(403);
        assertThat(ada.get("annotations(" + inBatch + ")").statusCode()).as("nothing written").isEqualTo(404);
        HttpResponse<String> moved = ada.send("PATCH", "annotations(" + id + ")",
                "{\"objectid_msdyn_workorder@odata.bind\":\"/msdyn_workorders(" + workOrderOf(bo) + ")\"}");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(403);
        HttpResponse<String> upload = bo.send("POST", "InitializeAnnotationBlocksUpload", "{\"Target\":" + target(UUID.randomUUID()
                .toString(), adaOrder) + "}");
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(403);
        assertThat(bo.send("POST", "InitializeAnnotationBlocksDownload", "{\"Target\":{\"annotationid\":\"" + id + "\"}}")
                .statusCode()).isEqualTo(404);

        String adaToken = initializeUpload(ada, UUID.randomUUID().toString(), adaOrder);
        HttpResponse<String> stolen = bo.send("POST", "UploadBlock", uploadJson(adaToken, blockId(0), bytes(10, 8)));
        assertThat(stolen.statusCode()).as(stolen.body()).isEqualTo(403);
        assertThat(stolen.body()).contains("another user");
    }

    @Test
    void badInputIsRefusedWithAClearMessageAndNeverA5xx() throws Exception {
        WebApiSession ada = BACK_OFFICE.demoUser("tech1");
        String token = startUpload(ada).token();
        String[][] cases = {
            {"UploadBlock", "{\"BlockId\":\"" + blockId(0) + "\",\"BlockData\":\"not base64!\",\"FileContinuationToken\":\"" + token + "\"}",
                "BlockData is not valid base64"},
            {"UploadBlock", uploadJson("no-such-token", blockId(0), bytes(4, 9)), "unknown"},
            {"UploadBlock", "{\"BlockData\":\"AAAA\",\"FileContinuationToken\":\"" + token + "\"}", "BlockId is missing"},
            {"UploadBlock", "not json", "not valid JSON"},
            {"CommitAnnotationBlocksUpload", "{\"Target\":{},\"FileContinuationToken\":\"" + token + "\"}", "BlockList is missing"},
            {"CommitAnnotationBlocksUpload", commitJson(token, null, null, List.of(blockId(9))), "was not uploaded"},
            {"InitializeAnnotationBlocksUpload", "{}", "Target is missing"},
            {"DownloadBlock", "{\"Offset\":0,\"FileContinuationToken\":\"x\"}", "BlockLength is missing"},
            {"DownloadBlock", "{\"Offset\":0,\"BlockLength\":10,\"FileContinuationToken\":\"x\"}", "unknown"}};
        for (String[] bad : cases) {
            HttpResponse<String> answer = ada.send("POST", bad[0], bad[1]);
            assertThat(answer.statusCode()).as(bad[0] + " " + bad[1] + ": " + answer.body()).isBetween(400, 499);
            assertThat(answer.body()).as(bad[1]).contains(bad[2]).doesNotContain("java.", "Exception");
        }
        HttpResponse<String> badBody = ada.send("POST", "annotations", "{\"subject\":\"x\",\"documentbody\":\"%%%\","
                + "\"objectid_msdyn_workorder@odata.bind\":\"/msdyn_workorders(" + workOrderOf(ada) + ")\"}");
        assertThat(badBody.statusCode()).as(badBody.body()).isEqualTo(400);
        assertThat(badBody.body()).contains("documentbody is not valid base64");
    }

    // --- helpers ---

    private static String workOrderOf(WebApiSession technician) throws Exception {
        for (JsonNode booking : technician.json("bookableresourcebookings?$select=_msdyn_workorder_value").path("value")) {
            if (!booking.path("_msdyn_workorder_value").isNull()) {
                return booking.path("_msdyn_workorder_value").asText();
            }
        }
        throw new AssertionError("the demo technician has no booked work order");
    }

    private static String createNote(WebApiSession session, String workOrder, String subject, byte[] file) throws Exception {
        String id = UUID.randomUUID().toString();
        HttpResponse<String> created = session.send("POST", "annotations", noteJson(id, workOrder, subject, file));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(204);
        return id;
    }

    private static String noteJson(String id, String workOrder, String subject, byte[] file) {
        String body = file == null ? "" : ",\"filename\":\"photo.jpg\",\"mimetype\":\"image/jpeg\",\"documentbody\":\""
                + Base64.getEncoder().encodeToString(file) + "\"";
        return "{\"annotationid\":\"" + id + "\",\"subject\":\"" + subject + "\",\"notetext\":\"seen on site\""
                + body + ",\"objectid_msdyn_workorder@odata.bind\":\"/msdyn_workorders(" + workOrder + ")\"}";
    }

    private static String target(String id, String workOrder) {
        return "{\"@odata.type\":\"Microsoft.Dynamics.CRM.annotation\",\"annotationid\":\"" + id + "\",\"subject\":\"Photo\","
                + "\"filename\":\"big.jpg\",\"mimetype\":\"image/jpeg\",\"objectid_msdyn_workorder@odata.bind\":\"/msdyn_workorders("
                + workOrder + ")\"}";
    }

    /** An upload begun for a new note on one of the user's work orders. */
    private record Upload(String id, String token) {
    }

    private static Upload startUpload(WebApiSession session) throws Exception {
        String id = UUID.randomUUID().toString();
        return new Upload(id, initializeUpload(session, id, workOrderOf(session)));
    }

    private static String initializeUpload(WebApiSession session, String id, String workOrder) throws Exception {
        HttpResponse<String> answer = session.send("POST", "InitializeAnnotationBlocksUpload", "{\"Target\":" + target(id, workOrder) + "}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return WebApiSession.JSON.readTree(answer.body()).path("FileContinuationToken").asText();
    }

    /** @return the ids of the blocks {@code file} was cut into, numbered from {@code first} */
    private static List<String> uploadBlocks(WebApiSession session, String token, byte[] file, int first, int blockSize) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int offset = 0; offset < file.length; offset += blockSize) {
            String id = blockId(first + ids.size());
            uploadBlock(session, token, id, slice(file, offset, Math.min(file.length, offset + blockSize)));
            ids.add(id);
        }
        return ids;
    }

    private static void uploadBlock(WebApiSession session, String token, String blockId, byte[] data) throws Exception {
        HttpResponse<String> answer = session.send("POST", "UploadBlock", uploadJson(token, blockId, data));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(204);
    }

    private static String uploadJson(String token, String blockId, byte[] data) {
        return "{\"BlockId\":\"" + blockId + "\",\"BlockData\":\"" + Base64.getEncoder().encodeToString(data)
                + "\",\"FileContinuationToken\":\"" + token + "\"}";
    }

    /** Dataverse's clients send the note's Target again, its columns and binding as on the initialization. */
    private static String commitJson(String token, String id, String workOrder, List<String> blocks) {
        String target = id == null ? "{}" : target(id, workOrder);
        return "{\"Target\":" + target + ",\"BlockList\":" + blocks.stream().map(block -> "\"" + block + "\"").toList()
                + ",\"FileContinuationToken\":\"" + token + "\"}";
    }

    private static JsonNode commit(WebApiSession session, String token, String id, List<String> blocks) throws Exception {
        HttpResponse<String> answer = session.send("POST", "CommitAnnotationBlocksUpload", commitJson(token, id, workOrderOf(session),
                blocks));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return WebApiSession.JSON.readTree(answer.body());
    }

    private static byte[] download(WebApiSession session, String id, int blockSize) throws Exception {
        HttpResponse<String> started = session.send("POST", "InitializeAnnotationBlocksDownload", "{\"Target\":{\"annotationid\":\"" + id
                + "\"}}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        JsonNode download = WebApiSession.JSON.readTree(started.body());
        assertThat(download.path("FileName").asText()).isEqualTo("big.jpg");
        assertThat(download.path("IsChunkingSupported").asBoolean()).isTrue();
        int size = download.path("FileSizeInBytes").asInt();
        byte[] file = new byte[size];
        for (int offset = 0; offset < size; offset += blockSize) {
            HttpResponse<String> block = session.send("POST", "DownloadBlock", "{\"Offset\":" + offset + ",\"BlockLength\":" + blockSize
                    + ",\"FileContinuationToken\":\"" + download.path("FileContinuationToken").asText() + "\"}");
            assertThat(block.statusCode()).as(block.body()).isEqualTo(200);
            byte[] data = Base64.getDecoder().decode(WebApiSession.JSON.readTree(block.body()).path("Data").asText());
            assertThat(data.length).isEqualTo(Math.min(blockSize, size - offset));
            System.arraycopy(data, 0, file, offset, data.length);
        }
        return file;
    }

    private static String blockId(int index) {
        return Base64.getEncoder().encodeToString(String.format("block-%06d", index).getBytes());
    }

    private static byte[] bytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static byte[] slice(byte[] bytes, int from, int to) {
        return java.util.Arrays.copyOfRange(bytes, from, to);
    }
}
