package org.fieldbook.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.fieldbook.backoffice.demo.DemoSize;
import org.fieldbook.sync.SyncException;
import org.fieldbook.sync.internal.AuthorizedHttp;

/**
 * The back office of the load benchmark in a JVM of its own ({@link LoadServer}), so that its heap, garbage
 * collection and Derby page cache are not the simulated devices' (Derby's cache size is one setting per JVM,
 * and the devices need a small one); it runs until its standard input closes.
 */
final class ServerProcess implements AutoCloseable {

    private final Process process;
    private final URI serviceRoot;
    private final URI tokenEndpoint;

    private ServerProcess(Process process, URI serviceRoot, URI tokenEndpoint) {
        this.process = process;
        this.serviceRoot = serviceRoot;
        this.tokenEndpoint = tokenEndpoint;
    }

    /** Starts the back office with demo data of {@code size} in {@code folder} and waits until it answers. */
    static ServerProcess start(Path folder, DemoSize size, String heap) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-Xmx" + heap, "-cp", System.getProperty("java.class.path"), LoadServer.class.getName(),
                folder.toString(), Integer.toString(size.technicians()), Integer.toString(size.workOrders()),
                Integer.toString(size.accounts()), Integer.toString(size.products()))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith(LoadServer.READY)) {
                String[] uris = line.substring(LoadServer.READY.length()).trim().split(" ");
                drain(out);
                return new ServerProcess(process, URI.create(uris[0]), URI.create(uris[1]));
            }
        }
        throw new IOException("The back office process ended before it was ready (exit " + process.exitValue() + ")");
    }

    /** Passes the server's further output on to standard error, so that it never blocks on a full pipe. */
    private static void drain(BufferedReader out) {
        Thread drain = new Thread(() -> {
            try {
                out.lines().forEach(System.err::println);
            } catch (UncheckedIOException e) {
                // the process ended
            }
        }, "back office output");
        drain.setDaemon(true);
        drain.start();
    }

    URI serviceRoot() {
        return serviceRoot;
    }

    /** @return requests through {@code client} as a freshly signed-in demo user */
    AuthorizedHttp signIn(CloseableHttpClient client, String user) throws SyncException {
        return BenchBackOffice.signIn(tokenEndpoint, client, user);
    }

    /** @return the CPU time the back office process has used */
    Duration cpu() {
        return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** @return the most memory the back office process held, in MiB (Linux), or -1 */
    long peakMegabytes() {
        return PeakMemory.of(process.pid());
    }

    @Override
    public void close() throws IOException {
        process.getOutputStream().close();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroy();
            }
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
        }
    }
}
