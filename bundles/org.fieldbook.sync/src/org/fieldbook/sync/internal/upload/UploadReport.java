package org.fieldbook.sync.internal.upload;

import java.util.Map;

/**
 * What an upload did, counted in records (several edits of one record are sent as one).
 *
 * @param sent records the server took, a conflict the device won included
 * @param conflicts conflicts recorded, whichever side won
 * @param errors records the server refused, each recorded as a sync error and left in the outbox
 * @param waiting records not sent because they point at a new record the server did not take
 */
public record UploadReport(int sent, int conflicts, int errors, int waiting) {

    static UploadReport of(Map<Outcome, Integer> counts) {
        int clientWon = counts.getOrDefault(Outcome.CLIENT_WON, 0);
        return new UploadReport(counts.getOrDefault(Outcome.SENT, 0) + clientWon, clientWon + counts.getOrDefault(Outcome.SERVER_WON, 0),
                counts.getOrDefault(Outcome.FAILED, 0), counts.getOrDefault(Outcome.WAITING, 0));
    }
}
