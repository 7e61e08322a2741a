package org.fieldbook.sync.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.fieldbook.model.Account;
import org.fieldbook.model.Conflict;
import org.fieldbook.model.ConflictResolution;
import org.fieldbook.model.FieldValue;
import org.fieldbook.model.FieldbookFactory;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.dataverse.DataverseSchema;
import org.fieldbook.store.DownloadPage;
import org.fieldbook.store.OutboxEntry;
import org.fieldbook.store.internal.DerbyLocalStore;
import org.fieldbook.sync.ConflictChoice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The technician's choices in the conflict review become an edit based on the latest server version. */
class ConflictReviewTest {

    private static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");
    private static final FieldbookFactory MODEL = FieldbookFactory.eINSTANCE;

    @TempDir
    Path folder;

    private DerbyLocalStore store;
    private ConflictReview review;

    @BeforeEach
    void anAccountTheServerWon() {
        store = new DerbyLocalStore(folder.resolve("db"), (database, mayCreate) -> "review-test-key");
        review = new ConflictReview(store, DataverseSchema.fieldbook(), Clock.fixed(NOW, ZoneOffset.UTC));
        Account server = MODEL.createAccount();
        server.setId("a1");
        server.setName("Contoso Dairy Ltd");
        server.setTelephone1("+1 555 0199");
        server.setVersionNumber(42);
        store.downloads().apply(new DownloadPage(FieldbookPackage.Literals.ACCOUNT, List.of(server), List.of(), null, null, null));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void keepingMineQueuesMyValuesOnTheServersVersion() {
        String conflict = conflict(ConflictResolution.OPEN);

        review.resolve(conflict, Map.of("name", ConflictChoice.MINE, "telephone1", ConflictChoice.MINE));

        OutboxEntry edit = store.outbox().pending().get(0);
        assertThat(edit.changedFields()).containsEntry("name", "Contoso Dairy").containsEntry("telephone1", "+1 555 0100");
        assertThat(edit.baseETag()).isEqualTo("W/\"42\"");
        assertThat(store.conflicts().all().get(0).getResolution()).isEqualTo(ConflictResolution.KEPT_MINE);
        assertThat(store.conflicts().all().get(0).getResolvedAt()).isEqualTo(NOW);
    }

    @Test
    void choosingPerFieldSendsOnlyWhatDiffersFromTheServer() {
        String conflict = conflict(ConflictResolution.OPEN);

        review.resolve(conflict, Map.of("name", ConflictChoice.SERVER, "telephone1", ConflictChoice.MINE));

        assertThat(store.outbox().pending()).singleElement().satisfies(edit -> assertThat(edit.changedFields())
                .containsOnlyKeys("telephone1"));
        assertThat(store.conflicts().open()).isEmpty();
        assertThat(store.conflicts().all().get(0).getResolution()).isEqualTo(ConflictResolution.MERGED);
    }

    @Test
    void aConflictTheDeviceWonCanStillBeTurnedToTheServersValues() {
        Account mine = store.records().<Account>find(FieldbookPackage.Literals.ACCOUNT, "a1").orElseThrow();
        mine.setName("Contoso Dairy");
        store.downloads().apply(new DownloadPage(FieldbookPackage.Literals.ACCOUNT, List.of(mine), List.of(), null, null, null));
        String conflict = conflict(ConflictResolution.CLIENT_WON);

        review.resolve(conflict, ConflictReview.all(store.conflicts().all().get(0), ConflictChoice.SERVER));

        assertThat(store.outbox().pending()).singleElement().satisfies(edit -> assertThat(edit.changedFields())
                .containsEntry("name", "Contoso Dairy Ltd"));
        assertThat(store.conflicts().all().get(0).getResolution()).isEqualTo(ConflictResolution.TOOK_SERVER);
        assertThatThrownBy(() -> review.resolve(conflict, Map.of("name", ConflictChoice.MINE)))
                .as("answered already").isInstanceOf(IllegalArgumentException.class).hasMessageContaining("waits for a choice");
    }

    private String conflict(ConflictResolution resolution) {
        Conflict conflict = MODEL.createConflict();
        conflict.setTableName("account");
        conflict.setRecordId("a1");
        conflict.setBaseETag("W/\"40\"");
        conflict.setServerETag("W/\"42\"");
        conflict.setDetectedAt(NOW.minusSeconds(60));
        conflict.setResolution(resolution);
        conflict.getBaseValues().add(value("name", "Contoso"));
        conflict.getBaseValues().add(value("telephone1", null));
        conflict.getLocalValues().add(value("name", "Contoso Dairy"));
        conflict.getLocalValues().add(value("telephone1", "+1 555 0100"));
        conflict.getServerValues().add(value("name", "Contoso Dairy Ltd"));
        conflict.getServerValues().add(value("telephone1", "+1 555 0199"));
        return store.conflicts().add(conflict).getId();
    }

    private static FieldValue value(String column, String value) {
        FieldValue field = MODEL.createFieldValue();
        field.setColumn(column);
        field.setValue(value);
        return field;
    }
}
