package org.fieldbook.app.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.fieldbook.sync.BackOfficeAccount;
import org.fieldbook.sync.SignInException;
import org.fieldbook.sync.SyncService;
import org.junit.jupiter.api.Test;

/** The start-up sign-in the demo relies on: who it signs in, when it leaves things alone, what a refusal does. */
class StartupSignInTest {

    private static final Map<String, String> TECH1 = Map.of(StartupSignIn.USER, "tech1", StartupSignIn.PASSWORD, "fieldbook");

    private final AtomicInteger syncs = new AtomicInteger();
    private final SyncService sync = (SyncService) Proxy.newProxyInstance(SyncService.class.getClassLoader(),
            new Class<?>[] { SyncService.class }, (proxy, method, arguments) -> {
                assertThat(method.getName()).as("the only call start-up makes").isEqualTo("syncNow");
                syncs.incrementAndGet();
                return null;
            });

    @Test
    void signsInTheTechnicianTheEnvironmentNamesThenSyncs() throws InterruptedException {
        Account account = new Account(null, "fieldbook");

        Job job = new StartupSignIn(TECH1).start(account, sync).orElseThrow();
        job.join();

        assertThat(account.signIns).containsExactly("tech1:fieldbook");
        assertThat(syncs).hasValue(1);
    }

    @Test
    void anEarlierSignInIsReplacedForItMayBeForAnotherBackOffice() throws InterruptedException {
        Account account = new Account("tech2", "fieldbook");

        new StartupSignIn(TECH1).start(account, sync).orElseThrow().join();

        assertThat(account.signIns).containsExactly("tech1:fieldbook");
        assertThat(account.userName()).contains("tech1");
        assertThat(syncs).hasValue(1);
    }

    @Test
    void withoutBothUserAndPasswordNothingHappens() {
        Account account = new Account(null, "fieldbook");

        assertThat(new StartupSignIn(Map.of(StartupSignIn.USER, "tech1")).start(account, sync)).isEmpty();
        assertThat(new StartupSignIn(Map.of(StartupSignIn.PASSWORD, "fieldbook")).start(account, sync)).isEmpty();
        assertThat(account.signIns).isEmpty();
    }

    @Test
    void aRefusedSignInIsLoggedAndDoesNotSync() throws InterruptedException {
        Account account = new Account(null, "another password");

        List<IStatus> logged = new CopyOnWriteArrayList<>();
        ILogListener listener = (status, plugin) -> logged.add(status);
        Platform.addLogListener(listener);
        try {
            new StartupSignIn(TECH1).start(account, sync).orElseThrow().join();
        } finally {
            Platform.removeLogListener(listener);
        }

        assertThat(account.signIns).containsExactly("tech1:fieldbook");
        assertThat(account.userName()).isEmpty();
        assertThat(syncs).hasValue(0);
        assertThat(logged).as("the log").anySatisfy(status -> {
            assertThat(status.getSeverity()).isEqualTo(IStatus.WARNING);
            assertThat(status.getMessage()).isEqualTo("Cannot sign in as tech1 at start-up: Wrong user name or password");
        });
    }

    /** An account that accepts one password and remembers each attempt. */
    private static final class Account implements BackOfficeAccount {

        private final String password;
        private final List<String> signIns = new ArrayList<>();
        private volatile String user;

        Account(String user, String password) {
            this.user = user;
            this.password = password;
        }

        @Override
        public synchronized void signIn(String userName, char[] given) throws SignInException {
            signIns.add(userName + ":" + new String(given));
            if (!password.equals(new String(given))) {
                throw new SignInException("Wrong user name or password");
            }
            user = userName;
        }

        @Override
        public void signOut() {
            user = null;
        }

        @Override
        public Optional<String> userName() {
            return Optional.ofNullable(user);
        }

        @Override
        public String accessToken() {
            return "token";
        }

        @Override
        public void rejected(String token) {
            // nothing to forget
        }
    }
}
