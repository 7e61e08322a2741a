package org.fieldbook.sync.internal.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.fieldbook.backoffice.BackOfficeServer;
import org.fieldbook.backoffice.Role;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.tests.common.BackOfficeOnLoopback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Change sets against the real back office: all written with their versions, or none and the refused request named. */
class ChangeSetsTest {

    @RegisterExtension
    static final BackOfficeOnLoopback BACK_OFFICE = new BackOfficeOnLoopback();

    @TempDir
    static Path folder;
    private static UploadFixture fixture;
    private static ChangeSets changeSets;
    private static UploadHttp http;

    @BeforeAll
    static void signIn() throws Exception {
        BACK_OFFICE.server().addUser("dispatcher", BackOfficeServer.DEMO_PASSWORD.toCharArray(), Role.DISPATCHER, null);
        fixture = new UploadFixture(BACK_OFFICE.server(), folder);
        http = fixture.api("dispatcher");
        changeSets = new ChangeSets(http);
    }

    @AfterAll
    static void close() throws Exception {
        fixture.close();
    }

    @Test
    void aChangeSetThatSucceedsGivesEveryRowsNewVersion() throws Exception {
        String id = UUID.randomUUID().toString();

        ChangeSets.Result result = changeSets.send(List.of(create(id, "First"), update(id, "Second", "*")));

        assertThat(result.succeeded()).isTrue();
        assertThat(result.versions()).hasSize(2);
        assertThat(result.versions()[1]).isGreaterThan(result.versions()[0]).isPositive();
    }

    @Test
    void aStaleRequestNamesItsPositionAndLeavesNoTraceOfTheOthers() throws Exception {
        String existing = UUID.randomUUID().toString();
        http.send(create(existing, "Existing"));
        String rolledBack = UUID.randomUUID().toString();

        ChangeSets.Result result = changeSets.send(List.of(create(rolledBack, "Rolled back"), update(existing, "Lost", "W/\"1\"")));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.failed()).as("the refused request, counted from 0").isEqualTo(1);
        assertThat(fixture.rows("dispatcher", FieldbookPackage.Literals.ACCOUNT,
                "$filter=accountid%20eq%20" + rolledBack)).isEmpty();
    }

    private static UploadRequest create(String id, String name) {
        return new UploadRequest("POST", "accounts", null, json("{\"accountid\":\"" + id + "\",\"name\":\"" + name + "\"}"));
    }

    private static UploadRequest update(String id, String name, String ifMatch) {
        return new UploadRequest("PATCH", "accounts(" + id + ")", ifMatch, json("{\"name\":\"" + name + "\"}"));
    }

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
