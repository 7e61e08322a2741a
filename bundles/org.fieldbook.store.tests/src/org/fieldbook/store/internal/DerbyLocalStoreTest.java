package org.fieldbook.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

import org.fieldbook.model.Booking;
import org.fieldbook.model.FieldbookFactory;
import org.fieldbook.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DerbyLocalStoreTest {

    private static final Instant NINE = Instant.parse("2026-11-27T09:00:00Z");
    private static final Instant DAWN = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant DUSK = Instant.parse("2100-01-01T00:00:00Z");

    @TempDir
    Path workspace;

    @Test
    void firstOpenCreatesTheDatabaseAtTheLatestSchema() {
        Path folder = workspace.resolve("db");
        DerbyLocalStore store = new DerbyLocalStore(folder);
        try {
            assertThat(folder.resolve("service.properties")).exists();
            assertThat(store.schemaVersion()).isEqualTo(SchemaMigrations.latestVersion()).isPositive();
            assertThat(store.bookings().findStartingBetween(DAWN, DUSK)).isEmpty();
        } finally {
            store.close();
        }
    }

    @Test
    void bookingsAreReadBackByStartWindowInStartOrderAfterReopening() {
        Path folder = workspace.resolve("db");
        DerbyLocalStore store = new DerbyLocalStore(folder);
        store.bookings().save(booking("b-late", NINE.plusSeconds(7200)));
        store.bookings().save(booking("b-early", NINE));
        store.bookings().save(booking("b-next-day", NINE.plusSeconds(86_400)));
        store.close();

        DerbyLocalStore reopened = new DerbyLocalStore(folder);
        try {
            List<Booking> today = reopened.bookings().findStartingBetween(NINE, NINE.plusSeconds(86_400));
            assertThat(today).extracting(Booking::getId).containsExactly("b-early", "b-late");
            assertThat(today.get(0).getEndTime()).isEqualTo(NINE.plusSeconds(3600));
        } finally {
            reopened.close();
        }
    }

    @Test
    void savingAnExistingBookingReplacesIt() {
        DerbyLocalStore store = new DerbyLocalStore(workspace.resolve("db"));
        try {
            store.bookings().save(booking("b1", NINE));
            Booking moved = booking("b1", NINE.plusSeconds(600));
            moved.setName("Moved");
            store.bookings().save(moved);

            List<Booking> all = store.bookings().findStartingBetween(DAWN, DUSK);
            assertThat(all).singleElement().satisfies(b -> {
                assertThat(b.getName()).isEqualTo("Moved");
                assertThat(b.getStartTime()).isEqualTo(NINE.plusSeconds(600));
            });
        } finally {
            store.close();
        }
    }

    @Test
    void aDatabaseFromANewerFieldbookIsRefusedAndLeftUntouched() throws Exception {
        Path folder = workspace.resolve("db");
        new DerbyLocalStore(folder).close();
        int future = SchemaMigrations.latestVersion() + 1;
        try (DerbyDatabase database = DerbyDatabase.open(folder);
                Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO FB_SCHEMA_VERSION (VERSION) VALUES (" + future + ")");
        }

        assertThatThrownBy(() -> new DerbyLocalStore(folder))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("schema version " + future)
                .hasMessageContaining("update Fieldbook");

        try (DerbyDatabase database = DerbyDatabase.open(folder); Connection connection = database.connect()) {
            assertThat(SchemaMigrations.currentVersion(connection)).isEqualTo(future);
        }
    }

    private static Booking booking(String id, Instant start) {
        Booking booking = FieldbookFactory.eINSTANCE.createBooking();
        booking.setId(id);
        booking.setName("Booking " + id);
        booking.setStartTime(start);
        booking.setEndTime(start.plusSeconds(3600));
        booking.setVersionNumber(1);
        return booking;
    }
}
