package org.fieldbook.tests.common;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * A separate JVM running a test's {@code main} class on a plain class path made of the test runtime's own
 * bundles, so a test can kill it at any moment (SIGKILL, no shutdown hooks) or limit the file size it may write.
 */
public final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final List<String> lines = new ArrayList<>();

    private ChildJvm(Process process) {
        this.process = process;
        Thread reader = new Thread(this::read, "child " + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts {@code main} with {@code arguments}.
     *
     * @param bundles the symbolic names of the bundles its class path is made of, the one holding {@code main} too
     * @param fileSizeLimitKb &gt; 0 runs it under {@code ulimit -f}, like a nearly full disk
     */
    public static ChildJvm start(List<String> bundles, Class<?> main, List<String> arguments, int fileSizeLimitKb) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> words = new ArrayList<>(List.of(quote(java), "-cp", quote(classPath(main, bundles)), main.getName()));
        arguments.stream().map(ChildJvm::quote).forEach(words::add);
        String command = String.join(" ", words);
        String limit = fileSizeLimitKb > 0 ? "ulimit -f " + fileSizeLimitKb + "; " : "";
        return new ChildJvm(new ProcessBuilder("bash", "-c", limit + "exec " + command).redirectErrorStream(true).start());
    }

    /** Waits until the child says {@code text}; fails with its output if it ends first or takes too long. */
    public void awaitLine(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!output().contains(text)) {
            if (!process.isAlive() && !output().contains(text)) {
                throw new AssertionError("The child ended before saying '" + text + "':\n" + output());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The child did not say '" + text + "' in time:\n" + output());
            }
            Thread.sleep(5);
        }
    }

    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("The child still runs (hung?):\n" + output());
        }
        return process.exitValue();
    }

    /** SIGKILL: no finally blocks, no shutdown hooks, no Derby shutdown. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    public String output() {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private void read() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                synchronized (lines) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            synchronized (lines) {
                lines.add("(output lost: " + e.getMessage() + ")");
            }
        }
    }

    /** @param anchor a class of an active bundle, whose context lists the installed bundles (a fragment's class: its host's) */
    private static String classPath(Class<?> anchor, List<String> bundles) {
        Bundle[] installed = FrameworkUtil.getBundle(anchor).getBundleContext().getBundles();
        return bundles.stream().map(name -> Arrays.stream(installed).filter(bundle -> name.equals(bundle.getSymbolicName()))
                .findFirst().flatMap(FileLocator::getBundleFileLocation)
                .orElseThrow(() -> new IllegalStateException("bundle " + name + " has no file in the test runtime")))
                .map(ChildJvm::classPathEntries)
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** A jar is itself; a bundle of this build may be its project folder, with its classes in target/classes. */
    private static String classPathEntries(File location) {
        File classes = new File(location, "target/classes");
        return classes.isDirectory() ? classes.getPath() + File.pathSeparator + location.getPath() : location.getPath();
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
