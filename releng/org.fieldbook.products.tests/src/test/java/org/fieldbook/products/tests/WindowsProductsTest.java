package org.fieldbook.products.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

/** The win32 x86_64 archives the technicians' tablets get: launch script, Windows SWT, no GTK. */
class WindowsProductsTest {

    @Test
    void theClientZipHoldsTheWindowsLaunchScriptAndWindowsSwt() throws IOException {
        List<String> entries = entries(Products.archive(Products.CLIENT, "win32.win32.x86_64.zip"));

        assertThat(entries).contains("fieldbook-client/fieldbook.bat", "fieldbook-client/launcher.bat",
                "fieldbook-client/configuration/config.ini");
        assertThat(entries).anyMatch(entry -> entry.matches("fieldbook-client/plugins/org\\.eclipse\\.swt\\.win32\\.win32\\.x86_64_.*\\.jar"));
        assertThat(entries).anyMatch(entry -> entry.matches("fieldbook-client/plugins/org\\.eclipse\\.equinox\\.launcher_.*\\.jar"));
        assertThat(entries).anyMatch(entry -> entry.matches("fieldbook-client/plugins/org\\.fieldbook\\.app_.*\\.jar"));
        assertThat(entries).noneMatch(entry -> entry.contains("gtk") || entry.endsWith(".sh"));
    }

    @Test
    void theBackOfficeZipHoldsItsWindowsLaunchScript() throws IOException {
        List<String> entries = entries(Products.archive(Products.BACK_OFFICE, "win32.win32.x86_64.zip"));

        assertThat(entries).contains("fieldbook-backoffice/backoffice.bat", "fieldbook-backoffice/launcher.bat");
        assertThat(entries).anyMatch(entry -> entry.matches("fieldbook-backoffice/plugins/org\\.fieldbook\\.backoffice_.*\\.jar"));
        assertThat(entries).noneMatch(entry -> entry.contains("org.eclipse.swt"));
    }

    private static List<String> entries(Path zip) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            return file.stream().map(ZipEntry::getName).toList();
        }
    }
}
