package org.fieldbook.sync;

/** How this device signs in: to the bundled back office with a password, or to a Dataverse organization through Microsoft Entra ID. */
public enum SignInMethod {

    /** The bundled back office's own password sign-in. */
    BACK_OFFICE_PASSWORD("Back office user name and password"),
    /** Entra ID in the system browser (authorization code with PKCE), the device code when no browser opens. */
    ENTRA_BROWSER("Microsoft Entra ID in the browser"),
    /** Entra ID with a device code entered on another device, for a tablet without a usable browser. */
    ENTRA_DEVICE_CODE("Microsoft Entra ID with a code on another device");

    private final String label;

    SignInMethod(String label) {
        this.label = label;
    }

    /** @return the words the settings show for this method */
    public String label() {
        return label;
    }

    /** @return whether this method signs in through Microsoft Entra ID */
    public boolean entra() {
        return this != BACK_OFFICE_PASSWORD;
    }
}
