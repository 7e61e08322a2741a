package org.fieldbook.backoffice.internal;

/**
 * Where a page of a collection starts, and what its {@code $skiptoken} says: without {@code $orderby},
 * pages follow the key and the token is the last key; with it, the token is an offset into that order.
 *
 * @param orderBy the ORDER BY list, or null for key order
 * @param afterId the last key of the previous page, in key order
 * @param offset rows to skip, in an ordered collection
 */
record PagePosition(String orderBy, String afterId, int offset) {

    private static final String OFFSET = "o:";

    static PagePosition of(String orderBy, String skipToken) throws IllegalArgumentException {
        if (skipToken == null) {
            return new PagePosition(orderBy, null, 0);
        }
        if (orderBy == null) {
            return new PagePosition(null, skipToken, 0);
        }
        if (!skipToken.startsWith(OFFSET)) {
            throw new IllegalArgumentException("This $skiptoken does not belong to an ordered collection.");
        }
        return new PagePosition(orderBy, null, Integer.parseInt(skipToken.substring(OFFSET.length())));
    }

    /** @return the token of the page after this one, whose last row has key {@code lastId} */
    String next(int rows, String lastId) {
        return orderBy == null ? lastId : OFFSET + (offset + rows);
    }
}
