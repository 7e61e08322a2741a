package org.fieldbook.store;

import java.util.List;

/**
 * What applying a page did.
 *
 * @param upserted rows inserted or replaced
 * @param deleted rows removed
 * @param heldBack keys of rows (changed or deleted on the server) left alone because local edits wait
 */
public record ApplyResult(int upserted, int deleted, List<String> heldBack) {
}
