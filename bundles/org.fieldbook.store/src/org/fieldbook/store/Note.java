package org.fieldbook.store;

import java.time.Instant;

/**
 * A note on a work order as the device holds it. Its file, if any, is read through
 * {@link WorkOrderNotes#file(String)}; a file larger than the sync's limit may be known by its size only until
 * the technician opens it.
 *
 * @param id the note's key
 * @param workOrderId the work order it regards
 * @param subject its title
 * @param text its text, or null
 * @param fileName the file's name, or null for a note without file
 * @param mimeType the file's media type, or null
 * @param fileSize the file's size in bytes, 0 without file
 * @param fileOnDevice whether every byte of the file is on the device
 * @param createdOn when it was written (on the device for the technician's own, else as the office says)
 * @param waitingForUpload whether the note or its file still has to reach the office
 * @param problem why the office refused the note's file (e.g. larger than the organization allows), or null;
 *        the file stays on the device
 */
public record Note(String id, String workOrderId, String subject, String text, String fileName, String mimeType,
        long fileSize, boolean fileOnDevice, Instant createdOn, boolean waitingForUpload, String problem) {

    /** @return whether the note carries a file, on the device or not */
    public boolean hasFile() {
        return fileName != null && fileSize > 0;
    }
}
