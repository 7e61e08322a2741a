package org.fieldbook.ui;

/**
 * Hands a URI to the operating system's handler for it: a maps URI to the maps app, {@code tel:} to the
 * phone app. A service, so tests (and a kiosk build without those apps) put their own in its place.
 */
public interface UriLauncher {

    /** @return whether a handler took the URI */
    boolean launch(String uri);
}
