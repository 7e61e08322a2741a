package org.fieldbook.backoffice.console.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.fieldbook.backoffice.Role;
import org.fieldbook.backoffice.internal.SyncHealth;
import org.fieldbook.model.SyncSummary;

/**
 * The fleet's sync health, for dispatchers and admins: {@code GET sync-health}, every technician with their
 * device's last successful sync and what its latest summary says; the page sorts the whole list itself.
 */
final class SyncHealthCalls implements ConsoleCall.Handler {

    private final SyncHealth health;
    private final Clock clock;

    SyncHealthCalls(SyncHealth health, Clock clock) {
        this.health = health;
        this.clock = clock;
    }

    /**
     * @param lastSync when the last successful cycle ended, or null when none did
     * @param lastFailure why the latest cycle failed, or null when it succeeded (or none was reported)
     */
    record Row(String user, String device, String lastSync, Long durationMillis, Integer rowsOnDevice, Integer pendingEdits,
            Integer openErrors, String clientVersion, boolean stale, String lastFailure) {
    }

    record Fleet(List<Row> technicians, long staleAfterHours) {
    }

    @Override
    public boolean handle(ConsoleCall call) throws IOException {
        if (!call.is("GET", "sync-health")) {
            return false;
        }
        call.require(Role.DISPATCHER);
        Instant now = clock.instant();
        call.answer(200, new Fleet(health.technicians().stream().map(technician -> row(technician, now)).toList(),
                SyncHealth.STALE_AFTER.toHours()));
        return true;
    }

    /** The last success's time and duration; the counts of the latest summary, which say how the device is now. */
    private static Row row(SyncHealth.Technician technician, Instant now) {
        SyncSummary success = technician.lastSuccess().orElse(null);
        SyncSummary latest = technician.latest().orElse(null);
        if (latest == null) {
            return new Row(technician.user(), null, null, null, null, null, null, null, true, null);
        }
        return new Row(technician.user(), latest.getDevice(), success == null ? null : success.getFinishedOn().toString(),
                success == null ? null : success.getDurationMillis(), latest.getRowsOnDevice(), latest.getPendingEdits(),
                latest.getOpenErrors(), latest.getClientVersion(), technician.staleAt(now),
                latest.isSucceeded() ? null : latest.getMessage());
    }
}
