package org.fieldbook.ui.internal.launch;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The URIs the form hands to the maps and phone apps: Windows' {@code bingmaps:} handler is not on Linux, and
 * a {@code geo:} URI is not understood on Windows, so the address goes to the cross-platform maps URL that
 * every browser and maps app opens.
 */
public final class VisitUris {

    private VisitUris() {
    }

    /** @return a maps search for the address, e.g. {@code https://www.google.com/maps/search/?api=1&query=12+Mill+Road} */
    public static String maps(String address) {
        return "https://www.google.com/maps/search/?api=1&query=" + URLEncoder.encode(address, StandardCharsets.UTF_8);
    }

    /** @return a {@code tel:} URI of the number with only what dialling needs: digits and a leading + */
    public static String tel(String number) {
        return "tel:" + number.replaceAll("[^0-9+]", "");
    }
}
