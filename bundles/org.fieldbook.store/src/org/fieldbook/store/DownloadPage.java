package org.fieldbook.store;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.fieldbook.model.Record;

/**
 * One page of a table's download.
 *
 * @param table the model class of the rows
 * @param rows rows to insert or replace
 * @param deletedIds keys of rows to remove
 * @param nextLink where the download continues, or null after the last page
 * @param deltaToken the change-tracking token for the next sync, on the last page, or null
 * @param watermark the highest version number downloaded so far, or null
 */
public record DownloadPage(EClass table, List<? extends Record> rows, List<String> deletedIds, String nextLink,
        String deltaToken, Long watermark) {

    public DownloadPage {
        rows = List.copyOf(rows);
        deletedIds = List.copyOf(deletedIds);
    }
}
