package org.fieldbook.store;

import java.util.Objects;

/**
 * A note the technician is adding to a work order: a subject and text, and optionally one file (a photo, a
 * signature) with its name and media type.
 *
 * @param workOrderId the work order the note regards
 * @param subject its title
 * @param text its text; may be null
 * @param fileName the file's name, or null for a note without file
 * @param mimeType the file's media type (e.g. {@code image/jpeg}), or null without file
 * @param file the file's bytes, or null without file
 */
public record NoteDraft(String workOrderId, String subject, String text, String fileName, String mimeType, byte[] file) {

    public NoteDraft {
        Objects.requireNonNull(workOrderId, "workOrderId");
        if (file != null && (fileName == null || fileName.isBlank())) {
            throw new IllegalArgumentException("A note's file needs a name");
        }
    }

    /** @return a note without file */
    public static NoteDraft text(String workOrderId, String subject, String text) {
        return new NoteDraft(workOrderId, subject, text, null, null, null);
    }

    /** @return whether the note carries a file */
    public boolean hasFile() {
        return file != null;
    }
}
