package org.fieldbook.backoffice.internal;

/**
 * Where a page of a collection starts, and what its {@code $skiptoken} says: without {@code $orderby},
 * pages follow the key and the token is the last key (with the change-tracking watermark of the first
 * page, when changes are tracked); with it, the token is an offset into that order.
 *
 * @param orderBy the ORDER BY list, or null for key order
 * @param afterId the last key of the previous page, in key order
 * @param offset rows to skip, in an ordered collection
 * @param watermark the version the first page of a tracked download was read at, or -1
 */
record PagePosition(String orderBy, String afterId, int offset, long watermark) {

    private static final String OFFSET = "o:";
    private static final String WATERMARK = "~";

    static PagePosition of(String orderBy, String skipToken) throws IllegalArgumentException {
        if (skipToken == null) {
            return new PagePosition(orderBy, null, 0, -1);
        }
        if (orderBy == null) {
            int mark = skipToken.indexOf(WATERMARK);
            return mark < 0 ? new PagePosition(null, skipToken, 0, -1)
                    : new PagePosition(null, skipToken.substring(0, mark), 0, Long.parseLong(skipToken.substring(mark + 1)));
        }
        if (!skipToken.startsWith(OFFSET)) {
            throw new IllegalArgumentException("This $skiptoken does not belong to an ordered collection.");
        }
        return new PagePosition(orderBy, null, Integer.parseInt(skipToken.substring(OFFSET.length())), -1);
    }

    /** @return this position, remembering the watermark of a tracked download's first page */
    PagePosition tracking(long version) {
        return new PagePosition(orderBy, afterId, offset, watermark >= 0 ? watermark : version);
    }

    /** @return the token of the page after this one, whose last row has key {@code lastId} */
    String next(int rows, String lastId) {
        if (orderBy != null) {
            return OFFSET + (offset + rows);
        }
        return watermark >= 0 ? lastId + WATERMARK + watermark : lastId;
    }
}
