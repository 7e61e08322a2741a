package org.fieldbook.ui.internal;

import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;

/**
 * Runs work that reads or writes Derby or the network in a job, then hands its result to the UI thread: the
 * UI thread never waits, and a part closed meanwhile is left alone.
 */
public final class Background {

    /** Work that may block and fail. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws Exception;
    }

    private Background() {
    }

    /**
     * @param owner the control whose display shows the outcome; nothing is shown once it is disposed
     * @return the scheduled job
     */
    public static <T> Job run(String name, Control owner, Work<T> work, Consumer<T> done, Consumer<Exception> failed) {
        Job job = Job.create(name, monitor -> {
            try {
                T result = work.run();
                later(owner, () -> done.accept(result));
            } catch (Exception e) {
                later(owner, () -> failed.accept(e));
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
        return job;
    }

    /** Runs {@code update} on the UI thread unless {@code owner} is disposed by then. */
    public static void later(Control owner, Runnable update) {
        if (!owner.isDisposed()) {
            owner.getDisplay().asyncExec(() -> {
                if (!owner.isDisposed()) {
                    update.run();
                }
            });
        }
    }
}
