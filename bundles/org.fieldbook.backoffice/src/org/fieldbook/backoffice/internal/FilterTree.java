package org.fieldbook.backoffice.internal;

import java.util.List;

/**
 * A custom data filter as the console's builder edits it: conditions on the table's columns in "all of"
 * and "any of" groups. It names no query language: {@link ODataFilters} reads and writes it as the
 * {@code $filter} profiles store, and a FetchXML rendering can be written beside it (the operators carry
 * FetchXML's names).
 */
public sealed interface FilterTree {

    /** How a group joins its members. */
    enum Match {
        /** every member holds: {@code and} */
        ALL,
        /** one member holds: {@code or} */
        ANY
    }

    /** @param members conditions and groups, at least one */
    record Group(Match match, List<FilterTree> members) implements FilterTree {

        public Group {
            members = List.copyOf(members);
        }
    }

    /**
     * @param column the column's logical name ({@code _x_value} for a lookup)
     * @param values as many as the operator takes, as text: {@code 7}, {@code 2026-12-04}, a GUID, a word
     */
    record Condition(String column, FilterOperator operator, List<String> values) implements FilterTree {

        public Condition {
            values = List.copyOf(values);
        }
    }
}
