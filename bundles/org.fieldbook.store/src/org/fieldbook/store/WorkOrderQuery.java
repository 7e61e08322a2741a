package org.fieldbook.store;

import java.util.Set;

import org.fieldbook.model.WorkOrderSystemStatus;

/**
 * Which work orders to list.
 *
 * @param statuses the system statuses to include; empty for all
 * @param text words to find, case-insensitively, in the number, the account name or the address; blank
 *        for all
 * @param offset how many matches to skip
 * @param limit how many to return at most
 */
public record WorkOrderQuery(Set<WorkOrderSystemStatus> statuses, String text, int offset, int limit) {

    public WorkOrderQuery {
        statuses = Set.copyOf(statuses);
        text = text == null ? "" : text.strip();
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be >= 0 and limit >= 1, got " + offset + " and " + limit);
        }
    }

    /** @return the first page of all work orders */
    public static WorkOrderQuery all(int limit) {
        return new WorkOrderQuery(Set.of(), "", 0, limit);
    }

    public WorkOrderQuery withText(String newText) {
        return new WorkOrderQuery(statuses, newText, 0, limit);
    }

    public WorkOrderQuery withStatuses(Set<WorkOrderSystemStatus> newStatuses) {
        return new WorkOrderQuery(newStatuses, text, 0, limit);
    }

    public WorkOrderQuery page(int newOffset) {
        return new WorkOrderQuery(statuses, text, newOffset, limit);
    }
}
