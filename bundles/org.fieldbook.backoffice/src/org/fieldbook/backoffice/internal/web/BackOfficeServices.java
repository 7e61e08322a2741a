package org.fieldbook.backoffice.internal.web;

import java.time.Clock;

import org.fieldbook.backoffice.internal.BackOfficeDatabase;
import org.fieldbook.backoffice.internal.OrganizationSettingsRow;
import org.fieldbook.backoffice.internal.SyncErrors;
import org.fieldbook.backoffice.internal.auth.PasswordSignIn;
import org.fieldbook.backoffice.internal.auth.RequestThrottle;
import org.fieldbook.backoffice.internal.profiles.OfflineProfiles;
import org.fieldbook.backoffice.internal.profiles.ProfileAssignments;
import org.fieldbook.backoffice.internal.updates.ServedRelease;
import org.fieldbook.backoffice.internal.updates.UpdateDeadlines;

/**
 * The back office's services as a running server holds them, for the web modules it mounts: the same
 * instances the Web API and {@code /fieldbook/v1/} use, so every door counts sign-ins and requests together
 * and applies one set of rules.
 *
 * @param clock the server's clock, which tests move on
 * @param served the client version the update site serves, if it serves one
 */
public record BackOfficeServices(BackOfficeDatabase database, PasswordSignIn signIn, RequestThrottle throttle,
        OfflineProfiles profiles, ProfileAssignments assignments, SyncErrors syncErrors, OrganizationSettingsRow organization,
        Clock clock, UpdateDeadlines updateDeadlines, ServedRelease served) {
}
