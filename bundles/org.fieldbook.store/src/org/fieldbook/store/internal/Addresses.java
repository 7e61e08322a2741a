package org.fieldbook.store.internal;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** One line of address for lists: the parts the device has, comma-separated. */
final class Addresses {

    private Addresses() {
    }

    static String line(String... parts) {
        String line = Stream.of(parts).filter(Objects::nonNull).map(String::strip).filter(part -> !part.isEmpty())
                .collect(Collectors.joining(", "));
        return line.isEmpty() ? null : line;
    }
}
