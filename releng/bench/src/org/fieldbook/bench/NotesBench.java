package org.fieldbook.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.fieldbook.backoffice.demo.DemoSize;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.store.Note;
import org.fieldbook.store.NoteDraft;
import org.fieldbook.sync.internal.AuthorizedHttp;
import org.fieldbook.sync.internal.DeviceProfile;
import org.fieldbook.sync.internal.PooledHttpClients;
import org.fieldbook.sync.internal.notes.NoteFileDownload;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

/**
 * Notes' files on loopback: each size uploaded by one device (the note's row, then its blocks) and fetched by
 * another, in MB/s, beside a plain HTTP PUT and GET of the same bytes to a server that only keeps them in memory;
 * and how many bytes the store grows by per byte of file. Run through {@code releng/bench/notes-bench.sh}.
 */
public final class NotesBench {

    private static final int[] SIZES_MB = { 1, 5, 20 };
    private static final int ROUNDS = 2;

    private NotesBench() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("fieldbook-notes-bench");
        try (BenchBackOffice office = new BenchBackOffice(folder.resolve("office"), DemoSize.small());
                PlainServer plain = new PlainServer()) {
            AuthorizedHttp admin = office.as("admin");
            String organizations = admin.execute(ClassicRequestBuilder.get(office.serviceRoot().resolve("organizations"))
                    .setHeader("Accept", "application/json").build(), response -> EntityUtils.toString(response.getEntity()));
            String organization = new ObjectMapper().readTree(organizations).path("value").get(0).path("organizationid").asText();
            office.patch(admin, "organizations(" + organization + ")", "{\"maxuploadfilesize\":" + (64 << 20) + "}");
            System.out.println("| file | rounds | upload in blocks MB/s | download in blocks MB/s | plain PUT MB/s | plain GET MB/s"
                    + " | store bytes per file byte |");
            System.out.println("|---|---|---|---|---|---|---|");
            for (int sizeMb : SIZES_MB) {
                measure(office, plain, folder.resolve(sizeMb + "mb"), sizeMb);
            }
        }
    }

    private static void measure(BenchBackOffice office, PlainServer plain, Path folder, int sizeMb) throws Exception {
        byte[] file = new byte[sizeMb << 20];
        new Random(sizeMb).nextBytes(file);
        StringBuilder up = new StringBuilder();
        StringBuilder down = new StringBuilder();
        StringBuilder put = new StringBuilder();
        StringBuilder get = new StringBuilder();
        String overhead = "";
        for (int round = 0; round < ROUNDS; round++) {
            try (BenchDevice writer = new BenchDevice(office.as("tech1"), office.serviceRoot(), folder.resolve("writer" + round));
                    BenchDevice reader = new BenchDevice(office.as("tech1"), office.serviceRoot(), folder.resolve("reader" + round))) {
                DeviceProfile profile = writer.profile();
                writer.download(profile);
                String workOrder = writer.store().records().versions(FieldbookPackage.Literals.WORK_ORDER).keySet().iterator().next();
                long before = folderSize(writer.store().location());
                Note note = writer.store().notes().add(new NoteDraft(workOrder, "Bench " + sizeMb + " MB " + round, null, "bench.jpg",
                        "image/jpeg", file));
                overhead = String.format("%.2f", (folderSize(writer.store().location()) - before) / (double) file.length);
                long start = System.nanoTime();
                writer.upload(profile);
                append(up, rate(file.length, start));
                reader.download();
                start = System.nanoTime();
                new NoteFileDownload(office.as("tech1"), office.serviceRoot(), reader.store().noteFiles()).fetch(note.id(),
                        new NullProgressMonitor());
                append(down, rate(file.length, start));
                if (!Arrays.equals(reader.store().notes().file(note.id()).orElseThrow(), file)) {
                    throw new IllegalStateException("The downloaded file differs from the uploaded one");
                }
            }
            append(put, plain.put(file));
            append(get, plain.get(file.length));
        }
        System.out.println("| " + sizeMb + " MB | " + ROUNDS + " | " + up + " | " + down + " | " + put + " | " + get + " | " + overhead + " |");
    }

    private static void append(StringBuilder rates, double rate) {
        rates.append(rates.isEmpty() ? "" : ", ").append(String.format("%.1f", rate));
    }

    private static double rate(long bytes, long startNanos) {
        return bytes / 1_048_576.0 / ((System.nanoTime() - startNanos) / 1e9);
    }

    private static long folderSize(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(path -> path.toFile().length()).sum();
        }
    }

    /** A server that keeps the last PUT's bytes in memory and answers a GET with them: the floor of any transfer. */
    private static final class PlainServer implements AutoCloseable {

        private final HttpServer server;
        private final CloseableHttpClient client = PooledHttpClients.create();
        private volatile byte[] kept = new byte[0];

        PlainServer() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/file", exchange -> {
                if ("PUT".equals(exchange.getRequestMethod())) {
                    try (InputStream body = exchange.getRequestBody()) {
                        kept = body.readAllBytes();
                    }
                    exchange.sendResponseHeaders(204, -1);
                } else {
                    exchange.sendResponseHeaders(200, kept.length);
                    exchange.getResponseBody().write(kept);
                }
                exchange.close();
            });
            server.start();
        }

        private URI uri() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/file");
        }

        double put(byte[] file) throws IOException {
            long start = System.nanoTime();
            client.execute(ClassicRequestBuilder.put(uri()).setEntity(new ByteArrayEntity(file, ContentType.APPLICATION_OCTET_STREAM)).build(),
                    response -> null);
            return rate(file.length, start);
        }

        double get(int size) throws IOException {
            long start = System.nanoTime();
            byte[] body = client.execute(ClassicRequestBuilder.get(uri()).build(), response -> EntityUtils.toByteArray(response.getEntity()));
            if (body.length != size) {
                throw new IllegalStateException("The plain GET brought " + body.length + " bytes");
            }
            return rate(size, start);
        }

        @Override
        public void close() throws IOException {
            client.close();
            server.stop(0);
        }
    }
}
