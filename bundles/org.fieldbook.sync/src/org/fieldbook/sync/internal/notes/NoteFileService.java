package org.fieldbook.sync.internal.notes;

import java.io.IOException;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.eclipse.core.runtime.IProgressMonitor;
import org.fieldbook.store.LocalStore;
import org.fieldbook.sync.BackOfficeAccount;
import org.fieldbook.sync.BackOfficeConnection;
import org.fieldbook.sync.NoteFileFetcher;
import org.fieldbook.sync.SyncException;
import org.fieldbook.sync.internal.AuthorizedHttp;
import org.fieldbook.sync.internal.PooledHttpClients;
import org.fieldbook.sync.internal.SyncLog;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** Fetches a note's file on demand through its own HTTP client, so that opening a photo does not wait for a sync. */
@Component(service = NoteFileFetcher.class)
public final class NoteFileService implements NoteFileFetcher {

    private final CloseableHttpClient client = PooledHttpClients.create();
    private final LocalStore store;
    private final NoteFileDownload download;

    @Activate
    public NoteFileService(@Reference LocalStore store, @Reference BackOfficeConnection connection, @Reference BackOfficeAccount account) {
        this.store = store;
        this.download = new NoteFileDownload(new AuthorizedHttp(client, account), connection.serviceRoot(), store.noteFiles());
    }

    @Override
    public byte[] fetchFile(String noteId, IProgressMonitor monitor) throws SyncException {
        download.fetch(noteId, monitor);
        return store.notes().file(noteId).orElseThrow(() -> new SyncException("The note " + noteId + " has no file."));
    }

    @Deactivate
    void close() {
        try {
            client.close();
        } catch (IOException e) {
            SyncLog.of(NoteFileService.class).warn("Cannot close the HTTP client of the notes' files: " + e.getMessage());
        }
    }
}
