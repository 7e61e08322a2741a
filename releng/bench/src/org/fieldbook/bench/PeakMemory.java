package org.fieldbook.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A process's peak resident memory as Linux reports it (VmHWM), to show what a load run needed. */
final class PeakMemory {

    private PeakMemory() {
    }

    /** @return the peak resident set of process {@code pid} in MiB, or -1 where /proc does not tell */
    static long of(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream().filter(line -> line.startsWith("VmHWM:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024).findFirst().orElse(-1);
        } catch (IOException e) {
            return -1;
        }
    }
}
