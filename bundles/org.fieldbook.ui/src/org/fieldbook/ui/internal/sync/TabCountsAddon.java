package org.fieldbook.ui.internal.sync;

import java.util.Map;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.fieldbook.sync.SyncListener;
import org.fieldbook.sync.SyncService;
import org.fieldbook.sync.SyncStatus;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * An e4 addon that puts on the tabs what waits for the technician — "Conflicts (2)", "Sync errors (1)" — so
 * it is seen without opening those parts (which the workbench creates only when first shown). The counts come
 * from the sync status; labels change on the UI thread.
 */
public final class TabCountsAddon {

    static final String CONFLICTS_PART = "org.fieldbook.ui.part.conflicts";
    static final String SYNC_ERRORS_PART = "org.fieldbook.ui.part.syncerrors";
    private static final Map<String, String> NAMES = Map.of(CONFLICTS_PART, "Conflicts", SYNC_ERRORS_PART, "Sync errors");

    private final SyncService sync;
    private final MApplication application;
    private final UISynchronize ui;
    private final SyncListener listener = status -> later(status);

    @Inject
    public TabCountsAddon(SyncService sync, MApplication application, UISynchronize ui) {
        this.sync = sync;
        this.application = application;
        this.ui = ui;
    }

    @PostConstruct
    public void start() {
        sync.addListener(listener);
        later(sync.status());
    }

    @PreDestroy
    public void stop() {
        sync.removeListener(listener);
    }

    /** @return the tab's text: the part's name, and the count when something waits */
    static String label(String name, int waiting) {
        return waiting > 0 ? name + " (" + waiting + ")" : name;
    }

    private void later(SyncStatus status) {
        ui.asyncExec(() -> show(status));
    }

    private void show(SyncStatus status) {
        for (TreeIterator<EObject> all = ((EObject) application).eAllContents(); all.hasNext();) {
            if (all.next() instanceof MPart part && NAMES.containsKey(part.getElementId())) {
                int waiting = CONFLICTS_PART.equals(part.getElementId()) ? status.openConflicts() : status.syncErrors();
                String label = label(NAMES.get(part.getElementId()), waiting);
                if (!label.equals(part.getLabel())) {
                    part.setLabel(label);
                }
            }
        }
    }
}
