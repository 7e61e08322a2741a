package org.fieldbook.backoffice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.fieldbook.backoffice.BackOfficeServer;
import org.fieldbook.backoffice.PortInUseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A back office started on a port another program holds says so in one line and leaves its database usable. */
class PortInUseTest {

    @TempDir
    Path data;

    @Test
    void aTakenPortIsNamedWithWhatToDoAndTheDatabaseOpensAgain() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();

            assertThatThrownBy(() -> BackOfficeServer.start("127.0.0.1", port, data.resolve("db")))
                    .isInstanceOf(PortInUseException.class)
                    .hasMessage("Port " + port + " on 127.0.0.1 is already in use: another program (perhaps another back office)"
                            + " listens there. Stop it, or start with --port <another port>.");
        }
        assertThat(Files.isDirectory(data.resolve("db"))).isTrue();
        try (BackOfficeServer server = BackOfficeServer.start("127.0.0.1", 0, data.resolve("db"))) {
            assertThat(server.serviceRoot().getPort()).isPositive();
        }
    }
}
