package org.fieldbook.ui.internal.notes;

import java.util.List;
import java.util.stream.Stream;

/**
 * A customer's signature under a completion summary, as it becomes a note on the work order.
 *
 * @param signer the name the customer gave
 * @param png the signature picture ({@link SignaturePad#png()})
 * @param summary what they signed for
 */
public record Signature(String signer, byte[] png, CompletionSummary summary) {

    public static final String FILE_NAME = "signature.png";
    public static final String MIME_TYPE = "image/png";
    /** How a signature note's subject begins: the form knows a signed work order by it. */
    public static final String SUBJECT_PREFIX = "Customer signature";

    /** @return e.g. "Customer signature: Ada Lovelace" */
    public String subject() {
        return SUBJECT_PREFIX + ": " + signer;
    }

    /** @return the summary signed for, then who signed it, as the note's text */
    public String text() {
        return String.join("\n", Stream.concat(summary.lines().stream(), Stream.of("", "Signed by " + signer)).toList());
    }

    /** @return whether a note with {@code subject} and {@code fileName} is a customer's signature */
    public static boolean isSignature(String subject, String fileName) {
        return FILE_NAME.equals(fileName) && subject != null && subject.startsWith(SUBJECT_PREFIX);
    }

    @Override
    public String toString() {
        return subject() + " (" + png.length + " bytes; " + List.of(summary.workOrder()) + ")";
    }
}
