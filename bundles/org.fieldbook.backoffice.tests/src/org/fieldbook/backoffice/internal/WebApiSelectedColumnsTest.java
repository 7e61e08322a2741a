package org.fieldbook.backoffice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import org.fieldbook.backoffice.demo.DemoSize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A read loads only the columns its {@code $select} returns: a device's listing of notes' keys and versions, their
 * delta and a single note read with {@code $select} run no SQL that names {@code documentbody}, however large the
 * files; a read without {@code $select} still returns the file. Observed on the SQL the back office runs: Derby's
 * statement cache ({@code SYSCS_DIAG.STATEMENT_CACHE}) of the server's database, emptied before the reads.
 */
class WebApiSelectedColumnsTest {

    @RegisterExtension
    static final BackOfficeFixture BACK_OFFICE = BackOfficeFixture.withDemo(44, new DemoSize(2, 2, 1, 1));
    private static final int FILE_BYTES = 20 * 1024 * 1024;
    private static final int NOTES = 2;
    private static final String KEYS_AND_VERSIONS = "$select=annotationid,versionnumber";

    @Test
    void listingsDeltasAndSelectedReadsOfNotesWithLargeFilesNeverReadTheFiles() throws Exception {
        WebApiSession ada = BACK_OFFICE.demoUser("tech1");
        String deltaLink = ada.json("annotations?" + KEYS_AND_VERSIONS, "Prefer", "odata.track-changes")
                .path("@odata.deltaLink").asText();
        List<String> ids = new ArrayList<>();
        for (int note = 0; note < NOTES; note++) {
            ids.add(createNote(ada, workOrderOf(ada), "Photo " + note));
        }
        BackOfficeDatabase underneath = BackOfficeDatabase.open(BACK_OFFICE.databaseFolder());
        String file = Base64.getEncoder().encodeToString(randomBytes(FILE_BYTES));
        storeFiles(underneath, ids, file);
        emptyStatementCache(underneath);

        JsonNode listing = ada.json("annotations?" + KEYS_AND_VERSIONS);
        JsonNode delta = ada.json(deltaLink);
        JsonNode one = ada.json("annotations(" + ids.get(0) + ")?$select=subject,filesize");
        HttpResponse<String> batch = ada.batchOfGets(List.of("annotations?" + KEYS_AND_VERSIONS));

        assertThat(listing.path("value")).extracting(row -> row.path("annotationid").asText()).containsAll(ids);
        assertThat(listing.path("value").get(0).has("documentbody")).isFalse();
        assertThat(delta.path("value")).extracting(row -> row.path("annotationid").asText()).containsAll(ids);
        assertThat(one.path("subject").asText()).isEqualTo("Photo 0");
        assertThat(one.has("documentbody")).isFalse();
        assertThat(batch.statusCode()).isEqualTo(200);
        assertThat(batch.body()).contains(ids.get(1)).doesNotContain("documentbody");
        List<String> noteReads = notesReadSince(underneath);
        assertThat(noteReads).as("the SQL that read notes").isNotEmpty().noneMatch(sql -> sql.contains("DOCUMENTBODY"));

        HttpResponse<String> whole = ada.get("annotations(" + ids.get(0) + ")");
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.body()).contains("\"documentbody\":\"" + file + "\"");
        assertThat(notesReadSince(underneath)).as("a read without $select").anyMatch(sql -> sql.contains("DOCUMENTBODY"));
    }

    /** Puts a large file into each note underneath the server, faster than uploading it in blocks. */
    private static void storeFiles(BackOfficeDatabase database, List<String> ids, String base64) {
        database.transaction("store large files", connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE ANNOTATION SET DOCUMENTBODY = ?, FILESIZE = ? WHERE ID = ?")) {
                for (String id : ids) {
                    update.setCharacterStream(1, new StringReader(base64), base64.length());
                    update.setLong(2, FILE_BYTES);
                    update.setString(3, id);
                    assertThat(update.executeUpdate()).isEqualTo(1);
                }
            }
            return null;
        });
    }

    private static void emptyStatementCache(BackOfficeDatabase database) {
        database.transaction("empty the statement cache", connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CALL SYSCS_UTIL.SYSCS_EMPTY_STATEMENT_CACHE()");
            }
            return null;
        });
    }

    /** @return the SQL in the statement cache that selects from the notes' table */
    private static List<String> notesReadSince(BackOfficeDatabase database) {
        return database.read("read the statement cache", connection -> {
            List<String> texts = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT SQL_TEXT FROM SYSCS_DIAG.STATEMENT_CACHE")) {
                while (rows.next()) {
                    String sql = rows.getString(1).toUpperCase(Locale.ROOT);
                    if (sql.startsWith("SELECT") && sql.contains(" FROM ANNOTATION ")) {
                        texts.add(sql);
                    }
                }
            }
            return texts;
        });
    }

    private static String workOrderOf(WebApiSession technician) throws Exception {
        for (JsonNode booking : technician.json("bookableresourcebookings?$select=_msdyn_workorder_value").path("value")) {
            if (!booking.path("_msdyn_workorder_value").isNull()) {
                return booking.path("_msdyn_workorder_value").asText();
            }
        }
        throw new AssertionError("the demo technician has no booked work order");
    }

    private static String createNote(WebApiSession session, String workOrder, String subject) throws Exception {
        String id = UUID.randomUUID().toString();
        HttpResponse<String> created = session.send("POST", "annotations", "{\"annotationid\":\"" + id + "\",\"subject\":\""
                + subject + "\",\"filename\":\"photo.jpg\",\"mimetype\":\"image/jpeg\",\"documentbody\":\""
                + Base64.getEncoder().encodeToString(randomBytes(100)) + "\",\"objectid_msdyn_workorder@odata.bind\":"
                + "\"/msdyn_workorders(" + workOrder + ")\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(204);
        return id;
    }

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }
}
