package org.fieldbook.backoffice.internal.profiles;

/**
 * One thing the admin changed in a managed profile's draft, remembered so that a release upgrade keeps
 * it: the upgrade rules read these instead of comparing values with the release (an item the admin changed
 * and later changed back to the shipped values stays the admin's decision).
 *
 * @param kind what was changed
 * @param table the item's table
 * @param relationship for relationship changes, the relationship as text; empty otherwise
 */
record Customization(Kind kind, String table, String relationship) {

    enum Kind {
        /** The item's download filter, custom filter or interval was set: releases no longer change them. */
        ITEM_EDITED,
        /** The admin added the item: a release that does not list it keeps it. */
        ITEM_ADDED,
        /** The admin removed the item: a release does not bring it back. */
        ITEM_REMOVED,
        /** The admin added the relationship: kept whatever the release lists. */
        RELATIONSHIP_ADDED,
        /** The admin removed the relationship: a release does not bring it back. */
        RELATIONSHIP_REMOVED
    }

    static Customization item(Kind kind, String table) {
        return new Customization(kind, table, "");
    }
}
