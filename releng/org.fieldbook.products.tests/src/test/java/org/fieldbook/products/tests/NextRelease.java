package org.fieldbook.products.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The client's p2 repository as the next build makes it, made from this build's repository in a second: every
 * Fieldbook unit and artifact gets a higher qualifier (the bundles' manifests say so too, so the running client
 * reports the new version), third-party artifacts stay as they are. What a Tycho build does when only the time
 * stamp changes, without building twice. Metadata goes into content.jar and artifacts.jar, with each rewritten
 * artifact's size and checksums computed anew (p2 verifies them while downloading).
 */
final class NextRelease {

    private static final Pattern APP_JAR = Pattern.compile("org\\.fieldbook\\.app_(0\\.1\\.0\\.[^_]+)\\.jar");
    private static final Pattern ARTIFACT = Pattern.compile(
            "<artifact classifier='([^']+)' id='([^']+)' version='([^']+)'>(.*?)</artifact>", Pattern.DOTALL);
    private static final Pattern SIZE_OR_CHECKSUM = Pattern.compile(
            "(<property name='(?:artifact|download)\\.(size|checksum\\.[a-z0-9-]+|md5)' value=')[^']*'");

    private final Path built;
    private final String version;

    /** @param built this build's p2 repository of the client */
    NextRelease(Path built) throws IOException {
        this.built = built;
        try (Stream<Path> plugins = Files.list(built.resolve("plugins"))) {
            this.version = plugins.map(jar -> APP_JAR.matcher(jar.getFileName().toString())).filter(Matcher::matches)
                    .map(match -> match.group(1)).findFirst().orElseThrow(() -> new AssertionError("No org.fieldbook.app in " + built));
        }
    }

    /** @return the client product's version in this build's repository, e.g. {@code 0.1.0.202612041521} */
    String builtVersion() {
        return version;
    }

    /**
     * Writes the next release into {@code folder}.
     *
     * @param suffix appended to the qualifier, which makes the version higher, e.g. {@code -next}
     * @param manifests changes each Fieldbook bundle's manifest gets after its version, e.g. a requirement that
     *        cannot be met
     * @return the version of the release written
     */
    String publish(Path folder, String suffix, UnaryOperator<Manifest> manifests) throws IOException {
        String next = version + suffix;
        Files.createDirectories(folder);
        try (Stream<Path> files = Files.walk(built)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String relative = built.relativize(file).toString();
                Path target = folder.resolve(relative.replace(version, next));
                Files.createDirectories(target.getParent());
                copy(file, relative, target, next, manifests);
            }
        }
        Files.writeString(folder.resolve("p2.index"), "version=1\nmetadata.repository.factory.order=content.xml,\\!\n"
                + "artifact.repository.factory.order=artifacts.xml,\\!\n", StandardCharsets.ISO_8859_1);
        rewriteXml(folder.resolve("artifacts.jar"), "artifacts.xml", xml -> checksums(folder, xml.replace(version, next), next));
        return next;
    }

    private void copy(Path file, String relative, Path target, String next, UnaryOperator<Manifest> manifests) throws IOException {
        if (relative.endsWith(".xz") || relative.equals("p2.index")) {
            return; // p2 would prefer the compressed metadata, which still names this build
        }
        if (relative.equals("content.jar") || relative.equals("artifacts.jar")) {
            Files.copy(file, target);
            if (relative.equals("content.jar")) {
                rewriteXml(target, "content.xml", xml -> xml.replace(version, next));
            }
        } else if (relative.startsWith("plugins/org.fieldbook.") && relative.contains(version)) {
            rewriteJar(file, target, "META-INF/MANIFEST.MF", bytes -> manifest(bytes, next, manifests));
        } else if (relative.startsWith("features/") && relative.contains(version)) {
            rewriteJar(file, target, "feature.xml", bytes -> new String(bytes, StandardCharsets.UTF_8).replace(version, next)
                    .getBytes(StandardCharsets.UTF_8));
        } else {
            Files.copy(file, target);
        }
    }

    private static byte[] manifest(byte[] bytes, String next, UnaryOperator<Manifest> manifests) throws IOException {
        Manifest manifest = new Manifest(new ByteArrayInputStream(bytes));
        manifest.getMainAttributes().putValue("Bundle-Version", next);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        manifests.apply(manifest).write(out);
        return out.toByteArray();
    }

    /** @return a change that makes the bundle {@code symbolicName} require a bundle nobody has: it never resolves */
    static UnaryOperator<Manifest> unresolvable(String symbolicName) {
        return ofBundle(symbolicName, main -> {
            String required = main.getValue("Require-Bundle");
            main.putValue("Require-Bundle", "org.fieldbook.never.released" + (required == null ? "" : "," + required));
        });
    }

    /**
     * @return a change that points the bundle {@code symbolicName}'s class path at an entry it does not hold: the
     *         bundle resolves, but none of its classes loads (a release that starts without its lifecycle, say)
     */
    static UnaryOperator<Manifest> withoutClasses(String symbolicName) {
        return ofBundle(symbolicName, main -> main.putValue("Bundle-ClassPath", "never-built.jar"));
    }

    private static UnaryOperator<Manifest> ofBundle(String symbolicName, Consumer<Attributes> change) {
        return manifest -> {
            Attributes main = manifest.getMainAttributes();
            if (main.getValue("Bundle-SymbolicName").split(";")[0].equals(symbolicName)) {
                change.accept(main);
            }
            return manifest;
        };
    }

    @FunctionalInterface
    private interface Rewrite {
        byte[] apply(byte[] bytes) throws IOException;
    }

    @FunctionalInterface
    private interface XmlRewrite {
        String apply(String xml) throws IOException;
    }

    private static void rewriteXml(Path jar, String entry, XmlRewrite rewrite) throws IOException {
        Path rewritten = jar.resolveSibling(jar.getFileName() + ".new");
        rewriteJar(jar, rewritten, entry, bytes -> rewrite.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        Files.move(rewritten, jar, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Copies the jar {@code from} to {@code to} with its entry {@code name} rewritten (the manifest stays first). */
    private static void rewriteJar(Path from, Path to, String name, Rewrite rewrite) throws IOException {
        try (ZipFile source = new ZipFile(from.toFile()); OutputStream file = Files.newOutputStream(to);
                ZipOutputStream jar = name.equals("META-INF/MANIFEST.MF") ? new JarOutputStream(file) : new ZipOutputStream(file)) {
            boolean found = false;
            for (ZipEntry entry : source.stream().toList()) {
                byte[] bytes;
                try (InputStream in = source.getInputStream(entry)) {
                    bytes = in.readAllBytes();
                }
                if (entry.getName().equals(name)) {
                    bytes = rewrite.apply(bytes);
                    found = true;
                }
                jar.putNextEntry(new ZipEntry(entry.getName()));
                jar.write(bytes);
                jar.closeEntry();
            }
            assertThat(found).as(name + " in " + from).isTrue();
        }
    }

    /** Sets the size and checksums of every artifact of version {@code next} from its file in {@code folder}. */
    private static String checksums(Path folder, String xml, String next) throws IOException {
        Matcher artifact = ARTIFACT.matcher(xml);
        StringBuilder out = new StringBuilder();
        while (artifact.find()) {
            String block = artifact.group();
            if (artifact.group(3).equals(next)) {
                block = withChecksums(block, file(folder, artifact.group(1), artifact.group(2), next));
            }
            artifact.appendReplacement(out, Matcher.quoteReplacement(block));
        }
        artifact.appendTail(out);
        return out.toString();
    }

    private static Path file(Path folder, String classifier, String id, String next) {
        return switch (classifier) {
            case "osgi.bundle" -> folder.resolve("plugins/" + id + "_" + next + ".jar");
            case "org.eclipse.update.feature" -> folder.resolve("features/" + id + "_" + next + ".jar");
            default -> folder.resolve("binary/" + id + "_" + next);
        };
    }

    private static String withChecksums(String block, Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Matcher property = SIZE_OR_CHECKSUM.matcher(block);
        StringBuilder out = new StringBuilder();
        while (property.find()) {
            String kind = property.group(2);
            String value = kind.equals("size") ? Long.toString(bytes.length) : digest(kind.replace("checksum.", ""), bytes);
            property.appendReplacement(out, Matcher.quoteReplacement(property.group(1) + value + "'"));
        }
        property.appendTail(out);
        return out.toString();
    }

    private static String digest(String algorithm, byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm.toUpperCase(Locale.ROOT)).digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError("p2 names a checksum Java lacks: " + algorithm, e);
        }
    }
}
