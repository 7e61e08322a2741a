package org.fieldbook.backoffice.internal.profiles;

/**
 * A warning, not an error: the user or team already belongs to another profile. Asking again with
 * {@code move=true} moves them.
 */
public final class AlreadyAssignedException extends ProfileException {

    private static final long serialVersionUID = 1L;

    private final String currentProfileId;
    private final String currentProfileName;

    AlreadyAssignedException(Assignee assignee, String currentProfileId, String currentProfileName) {
        super(Reason.CONFLICT, assignee + " already belongs to the offline profile '" + currentProfileName
                + "'; a user or team belongs to one profile at a time. Assign again with move=true to move them.");
        this.currentProfileId = currentProfileId;
        this.currentProfileName = currentProfileName;
    }

    public String currentProfileId() {
        return currentProfileId;
    }

    public String currentProfileName() {
        return currentProfileName;
    }
}
