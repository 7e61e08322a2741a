package org.fieldbook.ui.internal.status;

import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.fieldbook.sync.BackOfficeConnection;
import org.fieldbook.sync.SyncException;
import org.fieldbook.ui.WidgetIds;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Status-bar item saying which back office this client syncs with and whether it answers. The probe
 * runs in a job: the UI thread never waits on the network.
 */
public final class BackOfficeStatusControl {

    static final String ID = "status.backoffice";

    private final BackOfficeConnection connection;
    private Label label;

    @Inject
    public BackOfficeStatusControl(BackOfficeConnection connection) {
        this.connection = connection;
    }

    @PostConstruct
    public void createControls(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(1, false));
        label = WidgetIds.name(new Label(area, SWT.NONE), ID);
        label.setText(text("checking\u2026"));
        probe();
    }

    private void probe() {
        Job job = Job.create("Checking the back office", monitor -> {
            String state;
            try {
                List<String> tables = connection.probe();
                state = "online \u00b7 " + tables.size() + " tables";
            } catch (SyncException e) {
                state = "offline \u2014 " + e.getMessage();
            }
            String shown = text(state);
            ILog.of(BackOfficeStatusControl.class).info(shown);
            if (!label.isDisposed()) {
                label.getDisplay().asyncExec(() -> show(shown));
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void show(String text) {
        if (!label.isDisposed()) {
            label.setText(text);
            label.getParent().getParent().layout(true, true);
        }
    }

    private String text(String state) {
        return "Back office " + connection.serviceRoot() + ": " + state;
    }
}
