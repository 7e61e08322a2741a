package org.fieldbook.backoffice.internal;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.fieldbook.model.Record;

/**
 * Dataverse's ownership of the user-owned tables ({@code _ownerid_value}, {@code _owningbusinessunit_value}): a row
 * belongs to its creator unless its writer names an owner, a user's {@code systemuserid} or a team's id. The back
 * office models one business unit, the organization's, which every user and team belongs to, so an owned row's
 * business unit is that one. Ownership decides what an Other data filter downloads; it grants no access.
 */
final class Ownership {

    private Ownership() {
    }

    /** @return the id of the organization's one business unit, as {@code WhoAmI} answers it */
    static String businessUnitOf(String organizationId) {
        return UUID.nameUUIDFromBytes(("business-unit/" + organizationId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * Gives a row of a table that records owners its owner's business unit, and its creator as owner when it has none.
     *
     * @param creatorId the writer's {@code systemuserid} for a new row, or null for a changed one (its owner stays)
     */
    static void stamp(Record row, String creatorId, String businessUnitId) {
        EStructuralFeature owner = row.eClass().getEStructuralFeature("ownerId");
        if (owner == null) {
            return;
        }
        if (row.eGet(owner) == null && creatorId != null) {
            row.eSet(owner, creatorId);
        }
        row.eSet(row.eClass().getEStructuralFeature("owningBusinessUnit"), row.eGet(owner) == null ? null : businessUnitId);
    }
}
