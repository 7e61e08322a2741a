package org.fieldbook.ui.internal.sync;

import java.time.ZoneId;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.fieldbook.sync.SyncListener;
import org.fieldbook.sync.SyncService;
import org.fieldbook.sync.SyncStatus;
import org.fieldbook.sync.SyncStatus.Phase;
import org.fieldbook.ui.WidgetIds;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The status bar's sync area: online or offline, the last complete sync, changes waiting, conflicts and
 * errors to look at, a progress bar and a Cancel button while a cycle runs, and the reason when one failed.
 * It only listens to the sync service; the UI thread never waits on the network.
 */
public final class SyncStatusControl {

    static final String STATE_ID = "status.sync";
    static final String MESSAGE_ID = "status.sync.message";
    static final String CANCEL_ID = "status.sync.cancel";
    static final String PROGRESS_ID = "status.sync.progress";

    private final SyncService sync;
    private final IEventBroker events;
    private final SyncListener listener = this::changed;
    private Label state;
    private Label message;
    private ProgressBar progress;
    private Button cancel;

    /** @param events asks the workbench to re-check the Sync command's enablement; absent outside a workbench */
    @Inject
    public SyncStatusControl(SyncService sync, @Optional IEventBroker events) {
        this.sync = sync;
        this.events = events;
    }

    @PostConstruct
    public void createControls(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(4, false));
        state = WidgetIds.name(new Label(area, SWT.NONE), STATE_ID);
        progress = WidgetIds.name(new ProgressBar(area, SWT.INDETERMINATE), PROGRESS_ID);
        progress.setLayoutData(new GridData(120, SWT.DEFAULT));
        cancel = WidgetIds.name(new Button(area, SWT.PUSH), CANCEL_ID);
        cancel.setText("Cancel sync");
        cancel.setLayoutData(new GridData(SWT.DEFAULT, 44));
        cancel.addListener(SWT.Selection, event -> sync.cancel());
        message = WidgetIds.name(new Label(area, SWT.NONE), MESSAGE_ID);
        show(sync.status());
        sync.addListener(listener);
    }

    @PreDestroy
    public void dispose() {
        sync.removeListener(listener);
    }

    private void changed(SyncStatus status) {
        if (!state.isDisposed()) {
            state.getDisplay().asyncExec(() -> show(status));
        }
    }

    private void show(SyncStatus status) {
        if (state.isDisposed()) {
            return;
        }
        boolean syncing = status.phase() == Phase.SYNCING;
        state.setText(SyncStatusText.of(status, ZoneId.systemDefault()));
        message.setText(status.message() == null ? "" : status.message());
        progress.setVisible(syncing);
        cancel.setVisible(syncing);
        state.getParent().getParent().layout(true, true);
        if (events != null) {
            events.post(UIEvents.REQUEST_ENABLEMENT_UPDATE_TOPIC, UIEvents.ALL_ELEMENT_ID);
        }
    }
}
