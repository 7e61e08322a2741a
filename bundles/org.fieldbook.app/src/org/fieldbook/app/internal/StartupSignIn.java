package org.fieldbook.app.internal;

import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.fieldbook.sync.BackOfficeAccount;
import org.fieldbook.sync.SyncException;
import org.fieldbook.sync.SyncService;

/**
 * Signs a technician in at start-up when the environment names one ({@value #USER} and {@value #PASSWORD}, set
 * by {@code ./fieldbook demo}), so the demo opens signed in and syncing. It signs in even over an earlier
 * sign-in: that one may be for another back office (secure storage is the user's, not the workspace's), whose
 * refresh token this one refuses.
 */
final class StartupSignIn {

    static final String USER = "FIELDBOOK_SIGN_IN_USER";
    static final String PASSWORD = "FIELDBOOK_SIGN_IN_PASSWORD";

    private final Map<String, String> environment;

    StartupSignIn(Map<String, String> environment) {
        this.environment = environment;
    }

    /** @return the job signing in and then starting a sync, or empty when there is nothing to do */
    Optional<Job> start(BackOfficeAccount account, SyncService sync) {
        String user = environment.get(USER);
        String password = environment.get(PASSWORD);
        if (user == null || password == null) {
            return Optional.empty();
        }
        Job job = Job.create("Signing in as " + user, monitor -> {
            try {
                account.signIn(user, password.toCharArray());
                sync.syncNow();
            } catch (SyncException e) {
                ILog.of(StartupSignIn.class).warn("Cannot sign in as " + user + " at start-up: " + e.getMessage());
            }
            return Status.OK_STATUS;
        });
        job.schedule();
        return Optional.of(job);
    }
}
