package org.fieldbook.sync;

import java.net.URI;

/** What the technician must do for the device-code sign-in: open {@code verificationUri} anywhere and enter {@code userCode}. */
public record DeviceCodePrompt(String userCode, URI verificationUri, String message) {
}
