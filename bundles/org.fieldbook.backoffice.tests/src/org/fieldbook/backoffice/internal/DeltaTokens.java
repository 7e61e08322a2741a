package org.fieldbook.backoffice.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** Delta tokens sealed as the back office of a data folder seals them, for tests of old or edited tokens. */
final class DeltaTokens {

    private DeltaTokens() {
    }

    /** @return the token of a delta of {@code entitySet} after {@code watermark}, issued at {@code issued} */
    static String of(Path dataFolder, String entitySet, long watermark, Instant issued) throws IOException {
        String key = Files.readString(dataFolder.resolveSibling(dataFolder.getFileName() + ".key"));
        return TokenSeal.derivedFrom(key).seal(DeltaToken.after(watermark, issued).toString(), DeltaToken.context(entitySet));
    }
}
