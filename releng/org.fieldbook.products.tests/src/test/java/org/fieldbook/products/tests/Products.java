package org.fieldbook.products.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where the product modules of this build left their archives, and how to unpack one. */
final class Products {

    static final String CLIENT = "fieldbook-client";
    static final String BACK_OFFICE = "fieldbook-backoffice";

    private Products() {
    }

    /** @return the archive of {@code product} for {@code platform}, e.g. {@code linux.gtk.x86_64.tar.gz} */
    static Path archive(String product, String platform) {
        String module = CLIENT.equals(product) ? "org.fieldbook.client.product" : "org.fieldbook.backoffice.product";
        Path archive = Path.of(System.getProperty("fieldbook.products", "..")).resolve(module).resolve("target/products")
                .resolve(product + "-" + System.getProperty("fieldbook.products.version", "0.1.0") + "-" + platform);
        assertThat(archive).as("product archive (build the products first)").isRegularFile();
        return archive;
    }

    /** Unpacks the Linux archive of {@code product} into {@code folder} and returns the product's root. */
    static Path unpackLinux(String product, Path folder) throws IOException, InterruptedException {
        Path archive = archive(product, "linux.gtk.x86_64.tar.gz");
        Process tar = new ProcessBuilder(List.of("tar", "-xzf", archive.toString(), "-C", folder.toString()))
                .redirectErrorStream(true).start();
        String output = new String(tar.getInputStream().readAllBytes());
        assertThat(tar.waitFor()).as("tar: " + output).isZero();
        Path root = folder.resolve(product);
        assertThat(root).isDirectory();
        return root;
    }

    static Path screenshots() throws IOException {
        return Files.createDirectories(Path.of(System.getProperty("fieldbook.screenshots", "target/screenshots")));
    }
}
