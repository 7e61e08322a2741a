/**
 * Offline profiles as data in the back office: the shipped default and its release upgrades, the admin's
 * profiles as drafts and published definitions, who gets which profile, and the organization's conflict
 * setting. No HTTP here: the Web API layer calls {@link org.fieldbook.backoffice.internal.profiles.OfflineProfiles},
 * {@link org.fieldbook.backoffice.internal.profiles.ProfileAssignments} and
 * {@link org.fieldbook.backoffice.internal.profiles.OrganizationSettingsStore}.
 */
package org.fieldbook.backoffice.internal.profiles;
