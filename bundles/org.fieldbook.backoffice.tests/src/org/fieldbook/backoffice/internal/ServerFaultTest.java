package org.fieldbook.backoffice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.fieldbook.backoffice.Role;
import org.fieldbook.backoffice.internal.http.ServerFaults;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A fault of the server's own is a 500 that names a reference, and the log holds its cause under that reference. */
class ServerFaultTest {

    @RegisterExtension
    static final BackOfficeFixture BACK_OFFICE = BackOfficeFixture.empty();

    private final List<IStatus> logged = new CopyOnWriteArrayList<>();
    private final ILogListener listener = (status, plugin) -> logged.add(status);

    @BeforeEach
    void listen() {
        Platform.addLogListener(listener);
    }

    @AfterEach
    void stopListening() {
        Platform.removeLogListener(listener);
    }

    @Test
    void aBrokenDatabaseAnswers500WithTheReferenceOfTheLoggedCause() throws Exception {
        WebApiSession dispatcher = BACK_OFFICE.newUser("dispatch", Role.DISPATCHER);
        // Underneath the running server, as a failing disk or a botched manual repair would.
        BackOfficeDatabase.open(BACK_OFFICE.databaseFolder()).transaction("break the product table", connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("RENAME TABLE PRODUCT TO PRODUCT_AWAY");
            }
            return null;
        });

        HttpResponse<String> response = dispatcher.get("products");

        String message = ErrorAnswers.assertError(response, 500);
        String reference = response.headers().firstValue(ServerFaults.REFERENCE_HEADER).orElseThrow();
        assertThat(message).contains("(reference " + reference + ")");
        assertThat(logged).anySatisfy(status -> {
            assertThat(status.getSeverity()).isEqualTo(IStatus.ERROR);
            assertThat(status.getMessage()).contains(reference);
            assertThat(status.getException()).isNotNull();
        });
    }
}
