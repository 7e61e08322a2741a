package org.fieldbook.ui.internal.status;

import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.fieldbook.sync.BackOfficeConnection;
import org.fieldbook.sync.SyncException;
import org.fieldbook.sync.SyncListener;
import org.fieldbook.sync.SyncService;
import org.fieldbook.sync.SyncStatus;
import org.fieldbook.sync.SyncStatus.Phase;
import org.fieldbook.ui.WidgetIds;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The status bar's one word on the back office: online or offline, as the latest request found it. A probe
 * answers at start-up; after that every sync cycle's outcome does, so the word never contradicts the sync
 * status beside it. The address and the probe's details go to the tooltip and the log, not to the technician's
 * eye. The probe runs in a job: the UI thread never waits on the network.
 */
public final class BackOfficeStatusControl {

    static final String ID = "status.backoffice";
    static final String ONLINE = "\u25cf Online";
    static final String OFFLINE = "\u25cb Offline";

    private final BackOfficeConnection connection;
    private final SyncService sync;
    private final SyncListener followSync = this::synced;
    private Label label;
    /** Whether a cycle ran since the last word: an idle status before any cycle says nothing about the network. */
    private volatile boolean cycleRan;

    @Inject
    public BackOfficeStatusControl(BackOfficeConnection connection, @Optional SyncService sync) {
        this.connection = connection;
        this.sync = sync;
    }

    @PostConstruct
    public void createControls(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(1, false));
        label = WidgetIds.name(new Label(area, SWT.NONE), ID);
        label.setText("Checking the back office\u2026");
        label.setToolTipText("Back office " + connection.serviceRoot());
        label.addListener(SWT.Dispose, event -> {
            if (sync != null) {
                sync.removeListener(followSync);
            }
        });
        probe();
        if (sync != null) {
            sync.addListener(followSync);
        }
    }

    private void probe() {
        Job job = Job.create("Checking the back office", monitor -> {
            try {
                List<String> tables = connection.probe();
                ILog.of(BackOfficeStatusControl.class).info(logged("online \u00b7 " + tables.size() + " tables"));
                show(true, null);
            } catch (SyncException e) {
                ILog.of(BackOfficeStatusControl.class).info(logged("offline \u2014 " + e.getMessage()));
                show(false, e.getMessage());
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void synced(SyncStatus status) {
        if (status.phase() == Phase.SYNCING) {
            cycleRan = true;
        } else if (status.phase() == Phase.OFFLINE) {
            cycleRan = false;
            show(false, status.message());
        } else if (cycleRan && (status.phase() == Phase.IDLE || status.phase() == Phase.FAILED)) {
            cycleRan = false;
            show(true, null); // the back office answered, even if with a refusal
        }
    }

    private void show(boolean online, String reason) {
        if (label.isDisposed()) {
            return;
        }
        label.getDisplay().asyncExec(() -> {
            if (!label.isDisposed()) {
                label.setText(online ? ONLINE : OFFLINE);
                label.setToolTipText("Back office " + connection.serviceRoot() + (reason == null ? "" : "\n" + reason));
                label.getParent().getParent().layout(true, true);
            }
        });
    }

    private String logged(String state) {
        return "Back office " + connection.serviceRoot() + ": " + state;
    }
}
