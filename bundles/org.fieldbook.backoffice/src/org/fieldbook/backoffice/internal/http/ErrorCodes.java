package org.fieldbook.backoffice.internal.http;

import java.util.Map;

/** Dataverse's error code for each status the back office answers with. */
public final class ErrorCodes {

    private static final Map<Integer, String> CODES = Map.ofEntries(Map.entry(400, "0x80040203"),
            Map.entry(401, "0x80040220"), Map.entry(403, "0x80040220"), Map.entry(404, "0x80040217"),
            Map.entry(405, "0x80040203"), Map.entry(412, "0x80060882"), Map.entry(413, "0x80040203"),
            Map.entry(414, "0x80040203"), Map.entry(415, "0x80040203"), Map.entry(429, "0x80072322"),
            Map.entry(431, "0x80040203"), Map.entry(501, "0x80040203"));

    private ErrorCodes() {
    }

    /** @return the code of {@code status}; a server fault's for statuses without one of their own */
    public static String of(int status) {
        return CODES.getOrDefault(status, ServerFaults.CODE);
    }
}
