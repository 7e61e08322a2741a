package org.fieldbook.backoffice.console.internal;

import java.io.IOException;

import org.fieldbook.backoffice.Role;
import org.fieldbook.backoffice.internal.OrganizationSettingsRow;

import com.fasterxml.jackson.databind.JsonNode;

/** The mobile offline settings: {@code GET settings}, {@code PUT settings} {@code {conflictDetection}}; admins only. */
final class SettingsCalls implements ConsoleCall.Handler {

    private final OrganizationSettingsRow organization;

    SettingsCalls(OrganizationSettingsRow organization) {
        this.organization = organization;
    }

    @Override
    public boolean handle(ConsoleCall call) throws IOException {
        if (call.path().isEmpty() || !call.path().get(0).equals("settings")) {
            return false;
        }
        call.require(Role.ADMIN);
        if (call.is("PUT", "settings")) {
            JsonNode body = ConsoleJson.body(call.request());
            JsonNode detection = body.get("conflictDetection");
            if (detection == null || !detection.isBoolean()) {
                throw new ConsoleCall.Refused(400, "Choose whether conflicts are detected.", "conflictDetection");
            }
            if (!organization.setConflictDetection(detection.booleanValue(), call.session().user())) {
                throw new ConsoleCall.Refused(403, "Only administrators change the settings.");
            }
        } else if (!call.is("GET", "settings")) {
            return false;
        }
        call.answer(200, ConsoleJson.object().put("conflictDetection", organization.read().isConflictDetectionEnabled()));
        return true;
    }
}
