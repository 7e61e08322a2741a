package org.fieldbook.backoffice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BackOfficeOptionsTest {

    @Test
    void defaultsToLoopbackPort8080() {
        assertThat(BackOfficeOptions.parse()).isEqualTo(new BackOfficeOptions("127.0.0.1", 8080, 0, null, null, false));
    }

    @Test
    void hostAndPortCanBeChosen() {
        assertThat(BackOfficeOptions.parse("--port", "0", "--host", "::1")).isEqualTo(new BackOfficeOptions("::1", 0, 0, null, null, false));
    }

    @Test
    void demoDataIsASmallSetUnlessSized() {
        assertThat(BackOfficeOptions.parse("--demo").demoWorkOrders()).isEqualTo(30);
        assertThat(BackOfficeOptions.parse("--demo", "5000", "--port", "9000"))
                .isEqualTo(new BackOfficeOptions("127.0.0.1", 9000, 5000, null, null, false));
        assertThatThrownBy(() -> BackOfficeOptions.parse("--demo", "0")).hasMessageContaining("--demo takes 1 to 3000000");
    }

    @Test
    void theFieldbookApiCanBeClosedToDevices() {
        assertThat(BackOfficeOptions.parse("--demo", "--close-fieldbook-api-to-devices").fieldbookApiClosedToDevices()).isTrue();
        assertThat(BackOfficeOptions.USAGE).contains("--close-fieldbook-api-to-devices");
    }

    @Test
    void httpsNamesAKeyStore() {
        assertThat(BackOfficeOptions.parse("--https", "certs/server.p12").keyStore()).isEqualTo(Path.of("certs/server.p12"));
        assertThatThrownBy(() -> BackOfficeOptions.parse("--https")).hasMessageContaining("--https needs a value");
    }

    @Test
    void clientUpdatesNameTheFolderOfTheClientsRepository() {
        assertThat(BackOfficeOptions.parse("--client-updates", "releases/current", "--port", "9000").clientUpdates())
                .isEqualTo(Path.of("releases/current"));
        assertThat(BackOfficeOptions.parse().clientUpdates()).isNull();
        assertThatThrownBy(() -> BackOfficeOptions.parse("--client-updates")).hasMessageContaining("--client-updates needs a value");
        assertThat(BackOfficeOptions.USAGE).contains("[--client-updates <p2 repository folder>]");
    }

    @ParameterizedTest
    @ValueSource(strings = { "-1", "65536", "eighty", "" })
    void badPortsAreRefusedWithUsage(String port) {
        assertThatThrownBy(() -> BackOfficeOptions.parse("--port", port))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Not a port").hasMessageContaining("usage:");
    }

    @Test
    void missingValueAndUnknownOptionAreRefused() {
        assertThatThrownBy(() -> BackOfficeOptions.parse("--port")).hasMessageContaining("--port needs a value");
        assertThatThrownBy(() -> BackOfficeOptions.parse("--verbose")).hasMessageContaining("Unknown option '--verbose'");
    }
}
