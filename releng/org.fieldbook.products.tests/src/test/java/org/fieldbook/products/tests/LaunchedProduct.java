package org.fieldbook.products.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A product started through its launch script as a separate process. Its console output is collected
 * so a test can wait for a line and show everything the product said when something goes wrong.
 */
final class LaunchedProduct implements AutoCloseable {

    private final Process process;
    private final List<String> output = new ArrayList<>();

    private LaunchedProduct(Process process) {
        this.process = process;
        Thread reader = new Thread(this::collect, "output of " + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    static LaunchedProduct start(Path script, Map<String, String> environment, String... arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(script.toString());
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(script.getParent().toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        return new LaunchedProduct(builder.start());
    }

    /** Waits until a line containing {@code text} appears; fails with the whole output otherwise. */
    String awaitLine(String text, Duration timeout) throws InterruptedException {
        return awaitLineAfter(null, text, timeout);
    }

    /**
     * Waits until a line containing {@code text} appears after the first line containing {@code earlier} (anywhere
     * when null), e.g. a line a product says at each start, after the line that ended the previous start.
     */
    String awaitLineAfter(String earlier, String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            synchronized (output) {
                boolean after = earlier == null;
                for (String line : output) {
                    if (after && line.contains(text)) {
                        return line;
                    }
                    after |= earlier != null && line.contains(earlier);
                }
            }
            if (!process.isAlive()) {
                throw new AssertionError("The product exited with " + process.exitValue() + " before saying '" + text
                        + "':\n" + output());
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The product did not say '" + text + "'" + (earlier == null ? "" : " after '" + earlier + "'")
                + " within " + timeout.toSeconds() + " s:\n" + output());
    }

    /** @return the exit code, once the product has ended by itself */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("The product still runs after " + timeout.toSeconds() + " s:\n" + output());
        }
        return process.exitValue();
    }

    String output() {
        synchronized (output) {
            return String.join("\n", output);
        }
    }

    private void collect() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                synchronized (output) {
                    output.add(line);
                }
            }
        } catch (IOException e) {
            synchronized (output) {
                output.add("(output lost: " + e.getMessage() + ")");
            }
        }
    }

    /** Stops the product as a desktop session would (SIGTERM), then forcibly if it does not go. */
    @Override
    public void close() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
        }
    }
}
