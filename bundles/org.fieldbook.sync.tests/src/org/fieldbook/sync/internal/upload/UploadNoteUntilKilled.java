package org.fieldbook.sync.internal.upload;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.locks.LockSupport;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpResponse;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.io.CloseMode;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.fieldbook.model.dataverse.DataverseSchema;
import org.fieldbook.store.internal.DerbyLocalStore;
import org.fieldbook.sync.internal.AuthorizedHttp;
import org.fieldbook.sync.internal.PooledHttpClients;
import org.fieldbook.sync.internal.ProfileSource;
import org.fieldbook.sync.internal.ReadsAhead;
import org.fieldbook.sync.internal.SyncContext;
import org.fieldbook.sync.internal.faults.Device;

/**
 * Run in a child JVM (plain class path) by {@code KilledNoteUploadTest}: opens a device's store and runs the upload
 * step, which sends a note's file in blocks. When the answer to its n-th {@code UploadBlock} arrived (the office
 * stored the block) and before the device read it, it says {@code waiting to be killed} and waits there, so the test
 * kills it at that exact point whatever the speed of the upload. Arguments: the device's folder, the service root, an
 * access token of the technician, n. It says {@code uploaded} if it ends.
 */
public final class UploadNoteUntilKilled {

    private UploadNoteUntilKilled() {
    }

    public static void main(String[] args) throws Exception {
        URI serviceRoot = URI.create(args[1]);
        DerbyLocalStore store = Device.openStore(Path.of(args[0]));
        try (CloseableHttpClient client = new StopAfterBlocks(PooledHttpClients.create(), Integer.parseInt(args[3]))) {
            AuthorizedHttp http = new AuthorizedHttp(client, new SyncUntilKilled.GivenToken(args[2]));
            SyncContext context = new SyncContext(http, serviceRoot, store, DataverseSchema.fieldbook(),
                    new ProfileSource(http, serviceRoot, store.configuration()).fetch(ReadsAhead.none()), Clock.systemUTC());
            new OutboxUpload().upload(context, new NullProgressMonitor());
            System.out.println("uploaded");
        } finally {
            store.close();
        }
    }

    /** The product's HTTP client, stopping for good once the head of the n-th {@code UploadBlock} answer arrived. */
    private static final class StopAfterBlocks extends CloseableHttpClient {

        private final CloseableHttpClient http;
        private final int stopAt;
        private int blocks;

        StopAfterBlocks(CloseableHttpClient http, int stopAt) {
            this.http = http;
            this.stopAt = stopAt;
        }

        @Override
        @SuppressWarnings("deprecation")
        protected CloseableHttpResponse doExecute(HttpHost target, ClassicHttpRequest request, HttpContext context) throws IOException {
            CloseableHttpResponse response = http.execute(target, request, context);
            if (request.getRequestUri().endsWith("/UploadBlock")) {
                blocks++;
                System.out.println("block answered " + blocks + ": " + response.getCode());
                if (blocks == stopAt) {
                    System.out.println("waiting to be killed");
                    while (true) {
                        LockSupport.park();
                    }
                }
            }
            return response;
        }

        @Override
        public void close(CloseMode closeMode) {
            http.close(closeMode);
        }

        @Override
        public void close() throws IOException {
            http.close();
        }
    }
}
