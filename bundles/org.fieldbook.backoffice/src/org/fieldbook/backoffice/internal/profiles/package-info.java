/**
 * Offline profiles as data in the back office: the shipped default and its release upgrades, the admin's
 * profiles as drafts and published definitions, and who gets which profile. No HTTP here: Fieldbook's API
 * calls {@link org.fieldbook.backoffice.internal.profiles.OfflineProfiles} and
 * {@link org.fieldbook.backoffice.internal.profiles.ProfileAssignments}.
 */
package org.fieldbook.backoffice.internal.profiles;
