package org.fieldbook.ui.internal.notes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.fieldbook.store.NoteDraft;

/**
 * What the technician entered in the add-note dialog: a title, a text and the photos picked, not yet read.
 *
 * @param title the note's subject; a default one when blank
 * @param text its text, possibly empty
 * @param photos the picture files, in the order picked; empty for a text-only note
 */
public record NewNote(String title, String text, List<Path> photos) {

    static final String PHOTO = "Photo";
    static final String NOTE = "Note";
    static final String ORIGINAL = " (original)";

    public NewNote {
        photos = List.copyOf(photos);
    }

    /**
     * Hands {@code add} the notes to store, one at a time so only one photo is in memory: a text-only note, or a
     * note per photo prepared by {@code settings} (and the original as a note of its own when they keep originals).
     * Blocks on file reads and image work: call it in a job.
     */
    public void drafts(String workOrderId, PhotoSettings settings, Consumer<NoteDraft> add) throws IOException {
        String text = this.text.isBlank() ? null : this.text;
        if (photos.isEmpty()) {
            add.accept(NoteDraft.text(workOrderId, title.isBlank() ? NOTE : title, text));
            return;
        }
        String subject = title.isBlank() ? PHOTO : title;
        for (Path photo : photos) {
            byte[] original = Files.readAllBytes(photo);
            add.accept(new NoteDraft(workOrderId, subject, text, Photos.jpegName(photo), Photos.JPEG,
                    Photos.prepare(original, settings.longestEdge(), settings.jpegQuality())));
            if (settings.keepOriginals()) {
                add.accept(new NoteDraft(workOrderId, subject + ORIGINAL, text, photo.getFileName().toString(),
                        Photos.mimeType(photo), original));
            }
        }
    }
}
