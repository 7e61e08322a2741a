package org.fieldbook.ui.internal.sync;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.MApplicationFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.swt.widgets.Display;
import org.fieldbook.sync.SyncService;
import org.fieldbook.sync.SyncStatus.Phase;
import org.fieldbook.tests.common.ui.E4PartFixture;
import org.fieldbook.tests.common.ui.UiBot;
import org.fieldbook.ui.internal.StatusOnlySync;
import org.junit.jupiter.api.Test;

/** The tabs of the conflicts and sync-error parts say how many wait, following the sync status. */
class TabCountsAddonTest {

    @Test
    void theTabsCountWhatWaitsAndDropTheCountWhenNothingDoes() {
        try (E4PartFixture fixture = new E4PartFixture(TabCountsAddonTest.class)) {
            StatusOnlySync sync = new StatusOnlySync();
            MPart conflicts = part(TabCountsAddon.CONFLICTS_PART, "Conflicts");
            MPart errors = part(TabCountsAddon.SYNC_ERRORS_PART, "Sync errors");
            fixture.context().set(SyncService.class, sync);
            fixture.context().set(MApplication.class, application(conflicts, errors));
            fixture.context().set(UISynchronize.class, new DisplaySynchronize(fixture.shell().getDisplay()));
            fixture.make(TabCountsAddon.class);
            UiBot bot = fixture.bot();

            sync.change(Phase.IDLE, 2, 1);
            bot.waitUntil(() -> "Conflicts (2)".equals(conflicts.getLabel()) && "Sync errors (1)".equals(errors.getLabel()),
                    "the counts on the tabs");

            sync.change(Phase.IDLE, 0, 0);
            bot.waitUntil(() -> "Conflicts".equals(conflicts.getLabel()), "the conflicts tab without a count");
            assertThat(errors.getLabel()).isEqualTo("Sync errors");
        }
    }

    private static MPart part(String id, String label) {
        MPart part = MBasicFactory.INSTANCE.createPart();
        part.setElementId(id);
        part.setLabel(label);
        return part;
    }

    private static MApplication application(MPart... parts) {
        MPartStack stack = MBasicFactory.INSTANCE.createPartStack();
        for (MPart part : parts) {
            stack.getChildren().add(part);
        }
        MWindow window = MBasicFactory.INSTANCE.createTrimmedWindow();
        window.getChildren().add(stack);
        MApplication application = MApplicationFactory.INSTANCE.createApplication();
        application.getChildren().add(window);
        return application;
    }

    /** The workbench's UI thread access, for a test without a workbench. */
    private static final class DisplaySynchronize extends UISynchronize {

        private final Display display;

        DisplaySynchronize(Display display) {
            this.display = display;
        }

        @Override
        public void syncExec(Runnable runnable) {
            display.syncExec(runnable);
        }

        @Override
        public void asyncExec(Runnable runnable) {
            display.asyncExec(runnable);
        }

        @Override
        protected boolean isUIThread(Thread thread) {
            return display.getThread() == thread;
        }

        @Override
        protected void showBusyWhile(Runnable runnable) {
            runnable.run();
        }

        @Override
        protected boolean dispatchEvents() {
            return display.readAndDispatch();
        }
    }
}
