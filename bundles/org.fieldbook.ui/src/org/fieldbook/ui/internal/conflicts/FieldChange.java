package org.fieldbook.ui.internal.conflicts;

/** Which side changed a field since the version both started from; said in words, never by colour alone. */
enum FieldChange {
    NONE(""),
    HERE("changed here"),
    OFFICE("changed in the office"),
    BOTH("changed here and in the office");

    private final String words;

    FieldChange(String words) {
        this.words = words;
    }

    static FieldChange of(boolean here, boolean office) {
        if (here) {
            return office ? BOTH : HERE;
        }
        return office ? OFFICE : NONE;
    }

    String words() {
        return words;
    }
}
