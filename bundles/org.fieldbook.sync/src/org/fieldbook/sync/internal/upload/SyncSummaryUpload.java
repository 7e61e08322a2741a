package org.fieldbook.sync.internal.upload;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.eclipse.emf.ecore.EClass;
import org.fieldbook.model.FieldbookFactory;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.OfflineProfileItem;
import org.fieldbook.model.SyncSummary;
import org.fieldbook.model.dataverse.DataverseTable;
import org.fieldbook.model.dataverse.DeviceTables;
import org.fieldbook.store.LocalStore;
import org.fieldbook.sync.SyncException;
import org.fieldbook.sync.internal.SyncContext;
import org.fieldbook.sync.internal.SyncLog;
import org.fieldbook.sync.internal.json.RecordBodyWriter;

/**
 * Sends the back office's {@code fieldbook_syncsummaries} one row at the end of a cycle: when it ran, how it
 * went, and what the device holds and still owes, for the console's fleet sync health. Best effort: a summary
 * that cannot be sent is logged and dropped, never kept for later, since the next cycle's summary says
 * everything it would have said and more recently; the sync never fails because of it.
 */
public final class SyncSummaryUpload {

    /** The length of the summary's message column. */
    private static final int MAX_MESSAGE = 4000;

    private final String clientVersion;
    private String device;

    /** @param clientVersion the version of the app that syncs */
    public SyncSummaryUpload(String clientVersion) {
        this.clientVersion = clientVersion;
    }

    /**
     * Sends the summary of a cycle that started at {@code started} and ends now.
     *
     * @param failure why the cycle failed, or null when it succeeded
     */
    public void send(SyncContext context, Instant started, String failure) {
        DataverseTable table = context.schema().byClass(FieldbookPackage.Literals.SYNC_SUMMARY).orElseThrow();
        SyncSummary summary = summary(context, started, failure);
        try {
            new UploadHttp(context.http(), context.serviceRoot())
                    .send(new UploadRequest("POST", table.entitySet(), null, new RecordBodyWriter(context.schema())
                            .body(RecordCreation.of(table, summary))));
        } catch (SyncException e) {
            SyncLog.of(SyncSummaryUpload.class).warn("The sync summary was not sent, the next cycle sends its own: " + e.getMessage());
        }
    }

    private SyncSummary summary(SyncContext context, Instant started, String failure) {
        LocalStore store = context.store();
        Instant finished = context.clock().instant();
        SyncSummary summary = FieldbookFactory.eINSTANCE.createSyncSummary();
        summary.setId(UUID.randomUUID().toString());
        summary.setDevice(device());
        summary.setStartedOn(started);
        summary.setFinishedOn(finished);
        summary.setDurationMillis(Duration.between(started, finished).toMillis());
        summary.setSucceeded(failure == null);
        summary.setMessage(failure == null || failure.length() <= MAX_MESSAGE ? failure : failure.substring(0, MAX_MESSAGE));
        summary.setRowsOnDevice(rowsOnDevice(context));
        summary.setPendingEdits(store.outbox().size());
        summary.setOpenErrors(store.syncErrors().unresolved().size() + store.conflicts().open().size());
        summary.setClientVersion(clientVersion);
        return summary;
    }

    /** @return the rows of the profile's tables the device holds */
    private static int rowsOnDevice(SyncContext context) {
        int rows = 0;
        for (OfflineProfileItem item : context.device().profile().getItems()) {
            EClass table = context.schema().byLogicalName(item.getTableName()).map(DataverseTable::eClass).orElse(null);
            if (table != null && DeviceTables.onDevices(table)) {
                rows += context.store().records().count(table);
            }
        }
        return rows;
    }

    /** The computer's name, looked up once, in the sync job rather than at start-up: a slow name service waits there. */
    private String device() {
        if (device == null) {
            try {
                device = InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                device = "unknown";
            }
        }
        return device;
    }
}
