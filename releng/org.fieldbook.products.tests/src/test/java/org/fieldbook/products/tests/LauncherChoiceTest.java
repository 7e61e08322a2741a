package org.fieldbook.products.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After a p2 update plugins/ holds two launcher versions; the launch scripts (both source launcher.sh) start
 * the one the installation's configuration names. A decoy launcher jar whose main class does not exist shows
 * which one Java was given. Run through the headless back office product: a bad port ends it at once.
 */
class LauncherChoiceTest {

    private static final String DECOY_CLASS = "fieldbook.DecoyLauncher";
    private static final String BUNDLES_INFO = "configuration/org.eclipse.equinox.simpleconfigurator/bundles.info";

    @TempDir
    Path folder;

    private Path product;

    @BeforeEach
    void unpack() throws Exception {
        product = Products.unpackLinux(Products.BACK_OFFICE, folder);
    }

    @Test
    void aNewerLauncherBesideTheConfiguredOneIsNotStarted() throws Exception {
        decoy("org.eclipse.equinox.launcher_9.9.9.v99999999.jar");

        String output = startWithBadPort(2);

        assertThat(output).contains("Not a port: 'eighty'").doesNotContain(DECOY_CLASS);
    }

    @Test
    void theLauncherBundlesInfoNamesStartsEvenIfOlder() throws Exception {
        String decoy = decoy("org.eclipse.equinox.launcher_1.0.0.v19990101.jar");
        Path info = product.resolve(BUNDLES_INFO);
        String configured = Files.readString(info);
        assertThat(configured).containsPattern("(?m)^org\\.eclipse\\.equinox\\.launcher,1\\.8\\.");
        Files.writeString(info, configured.replaceAll("(?m)^org\\.eclipse\\.equinox\\.launcher,.*$",
                "org.eclipse.equinox.launcher,1.0.0.v19990101,plugins/" + decoy + ",4,false"));

        assertThat(startWithBadPort(1)).contains("Could not find or load main class " + DECOY_CLASS);
    }

    @Test
    void theIniStartupEntryWinsOverBundlesInfo() throws Exception {
        String decoy = decoy("org.eclipse.equinox.launcher_1.0.0.v19990101.jar");
        Path ini = product.resolve("eclipse.ini");
        Files.writeString(ini, "-startup\nplugins/" + decoy + "\n" + Files.readString(ini));

        assertThat(startWithBadPort(1)).contains("Could not find or load main class " + DECOY_CLASS);
    }

    @Test
    void aConfiguredLauncherThatIsMissingIsReportedNotGuessed() throws Exception {
        Path info = product.resolve(BUNDLES_INFO);
        Files.writeString(info, Files.readString(info).replaceAll("(?m)^org\\.eclipse\\.equinox\\.launcher,.*$",
                "org.eclipse.equinox.launcher,1.9.0,plugins/org.eclipse.equinox.launcher_1.9.0.jar,4,false"));

        assertThat(startWithBadPort(1)).contains("plugins/org.eclipse.equinox.launcher_1.9.0.jar is missing")
                .doesNotContain("Not a port");
    }

    /** Puts a jar that Java can start only to fail naming {@link #DECOY_CLASS} into plugins/. */
    private String decoy(String name) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, DECOY_CLASS);
        try (OutputStream file = Files.newOutputStream(product.resolve("plugins").resolve(name));
                JarOutputStream jar = new JarOutputStream(file, manifest)) {
            jar.flush();
        }
        return name;
    }

    private String startWithBadPort(int expectedExit) throws Exception {
        try (LaunchedProduct backOffice = LaunchedProduct.start(product.resolve("backoffice.sh"),
                Map.of("HOME", folder.toString()), "--port", "eighty")) {
            assertThat(backOffice.awaitExit(Duration.ofSeconds(60))).as(backOffice.output()).isEqualTo(expectedExit);
            return backOffice.output();
        }
    }
}
