package org.fieldbook.sync;

import java.net.URI;

/**
 * Opens a page in the device's own browser, for the Entra ID sign-in. A service, so the client's UI supplies the
 * desktop's browser and a test (or a kiosk build) acts as the browser itself.
 */
public interface SystemBrowser {

    /** @return whether a browser took the page; when none did the sign-in falls back to a device code */
    boolean open(URI page);
}
