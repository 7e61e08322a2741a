package org.fieldbook.products.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

/** The p2 update site tablets are updated from offers the client feature in the Fieldbook category. */
class UpdateSiteTest {

    @Test
    void theClientFeatureIsCategorisedWithItsBundles() throws IOException {
        Path repository = Path.of(System.getProperty("fieldbook.products", ".."))
                .resolve("org.fieldbook.client.product/target/repository");
        assertThat(repository.resolve("artifacts.jar")).isRegularFile();
        String content = metadata(repository.resolve("content.jar"));

        assertThat(content).contains("unit id='org.fieldbook.client.feature.feature.group'");
        // The category unit, named as category.xml says, requires the client feature.
        assertThat(content).containsPattern("(?s)value='Fieldbook client'/>\\s*"
                + "<property name='org.eclipse.equinox.p2.type.category' value='true'/>"
                + "((?!</unit>).)*name='org.fieldbook.client.feature.feature.group'");
        for (String bundle : new String[] { "model", "store", "sync", "ui", "app" }) {
            assertThat(repository.resolve("plugins").toFile().list())
                    .anyMatch(jar -> jar.startsWith("org.fieldbook." + bundle + "_"));
        }
    }

    private static String metadata(Path contentJar) throws IOException {
        try (ZipFile jar = new ZipFile(contentJar.toFile())) {
            return new String(jar.getInputStream(jar.getEntry("content.xml")).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
