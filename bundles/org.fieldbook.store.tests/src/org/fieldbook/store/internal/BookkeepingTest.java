package org.fieldbook.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

import org.fieldbook.model.Conflict;
import org.fieldbook.model.ConflictResolution;
import org.fieldbook.model.FieldValue;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.SyncError;
import org.fieldbook.model.SyncErrorType;
import org.fieldbook.model.WorkOrderSystemStatus;
import org.fieldbook.store.StoreException;
import org.junit.jupiter.api.Test;

/**
 * Conflicts and sync errors are kept until the technician deals with them, configuration documents until
 * replaced; bad stored values are named.
 */
class BookkeepingTest extends StoreTestCase {

    @Test
    void aConflictKeepsAllThreeVersionsUntilResolved() {
        Conflict conflict = StoreFixtures.MODEL.createConflict();
        conflict.setTableName("msdyn_workorder");
        conflict.setRecordId("wo-1");
        conflict.setBaseETag("W/\"5\"");
        conflict.setServerETag("W/\"8\"");
        conflict.getBaseValues().add(value("msdyn_instructions", null));
        conflict.getLocalValues().add(value("msdyn_instructions", "Gate code 4711"));
        conflict.getServerValues().add(value("msdyn_instructions", "Call before arriving"));
        String id = store.conflicts().add(conflict).getId();

        reopen();
        List<Conflict> open = store.conflicts().open();

        assertThat(open).singleElement().satisfies(kept -> {
            assertThat(kept.getId()).isEqualTo(id);
            assertThat(kept.getResolution()).isEqualTo(ConflictResolution.OPEN);
            assertThat(kept.getLocalValues()).extracting(FieldValue::getValue).containsExactly("Gate code 4711");
            assertThat(kept.getServerValues()).extracting(FieldValue::getValue).containsExactly("Call before arriving");
            assertThat(kept.getBaseValues()).extracting(FieldValue::getColumn, FieldValue::getValue)
                    .containsExactly(tuple("msdyn_instructions", null));
            assertThat(kept.getServerETag()).isEqualTo("W/\"8\"");
        });

        Instant now = Instant.parse("2026-11-27T12:00:00Z");
        store.conflicts().resolve(id, ConflictResolution.KEPT_MINE, now);
        assertThat(store.conflicts().open()).isEmpty();
        assertThat(store.conflicts().all()).singleElement().satisfies(resolved -> {
            assertThat(resolved.getResolution()).isEqualTo(ConflictResolution.KEPT_MINE);
            assertThat(resolved.getResolvedAt()).isEqualTo(now);
        });
    }

    @Test
    void aConfigurationDocumentIsKeptReplacedAndSurvivesARestart() {
        assertThat(store.configuration().load("offline-profile")).isEmpty();

        store.configuration().save("offline-profile", "{\"name\":\"first\"}");
        store.configuration().save("offline-profile", "{\"name\":\"second\"}");
        reopen();

        assertThat(store.configuration().load("offline-profile")).hasValue("{\"name\":\"second\"}");
    }

    @Test
    void syncErrorsStayUntilRetriedOrDismissed() {
        SyncError error = StoreFixtures.MODEL.createSyncError();
        error.setTableName("msdyn_workorderproduct");
        error.setRecordId("wop-1");
        error.setHttpStatus(403);
        error.setErrorType(SyncErrorType.OTHER);
        error.setMessage("You do not have access to this work order");
        String id = store.syncErrors().add(error).getId();

        assertThat(store.syncErrors().unresolved()).singleElement().satisfies(kept -> {
            assertThat(kept.getHttpStatus()).isEqualTo(403);
            assertThat(kept.getMessage()).isEqualTo("You do not have access to this work order");
            assertThat(kept.getOccurredAt()).isNotNull();
        });
        store.syncErrors().resolve(id);
        assertThat(store.syncErrors().unresolved()).isEmpty();
    }

    @Test
    void anUnknownChoiceValueInTheDatabaseIsReportedWithItsColumn() throws Exception {
        store.downloads().apply(StoreFixtures.page(FieldbookPackage.Literals.WORK_ORDER, List.of(
                StoreFixtures.workOrder("wo-1", "WO-1", null, null, null, WorkOrderSystemStatus.SCHEDULED))));
        try (Connection connection = store.database().connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE MSDYN_WORKORDER SET MSDYN_SYSTEMSTATUS = 42 WHERE ID = 'wo-1'");
        }

        assertThatThrownBy(() -> store.records().find(FieldbookPackage.Literals.WORK_ORDER, "wo-1"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("Unknown value 42 in column MSDYN_SYSTEMSTATUS");
    }

    private static FieldValue value(String column, String text) {
        FieldValue value = StoreFixtures.MODEL.createFieldValue();
        value.setColumn(column);
        value.setValue(text);
        return value;
    }
}
