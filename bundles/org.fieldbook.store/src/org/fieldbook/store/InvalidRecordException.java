package org.fieldbook.store;

import java.util.List;

/** A record was refused because of invalid fields; each problem names its field. */
public class InvalidRecordException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public InvalidRecordException(List<String> problems) {
        super("Invalid record: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** @return one message per problem, each naming the field */
    public List<String> problems() {
        return problems;
    }
}
