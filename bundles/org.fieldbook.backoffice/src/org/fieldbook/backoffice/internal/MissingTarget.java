package org.fieldbook.backoffice.internal;

/** A write binds a lookup to a row that does not exist: thrown to roll the write's transaction back, answered with 404. */
final class MissingTarget extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param table the logical name of the table the lookup points into
     * @param id the key of the missing row
     * @param lookup the lookup's column, {@code _<lookup>_value}
     */
    MissingTarget(String table, String id, String lookup) {
        super(table + " with id " + id + ", which " + lookup + " would point at, does not exist.", null, false, false);
    }
}
