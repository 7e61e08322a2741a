package org.fieldbook.store;

import java.time.Instant;

/**
 * A table's download state.
 *
 * @param table the table's logical name
 * @param deltaToken the change-tracking token for the next delta, or null
 * @param watermark the highest version number downloaded, or null
 * @param nextLink where an interrupted download resumes, or null
 * @param rowsApplied rows applied since the table was first synced
 * @param lastSuccess when the last download finished, or null
 * @param nextDue when the next one is due, or null
 */
public record TableSyncState(String table, String deltaToken, Long watermark, String nextLink, long rowsApplied,
        Instant lastSuccess, Instant nextDue) {
}
