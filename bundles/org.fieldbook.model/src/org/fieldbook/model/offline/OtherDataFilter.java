package org.fieldbook.model.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fieldbook.model.OfflineProfileItem;
import org.fieldbook.model.dataverse.DataverseTable;
import org.fieldbook.model.dataverse.FetchXml;

/**
 * Dataverse's Other data filter ({@code recorddistributioncriteria} 2) as the {@code $filter} of the rows it takes:
 * rows owned by the user ({@code recordsownedbyme}), by one of their teams ({@code recordsownedbymyteam}), within
 * their business unit ({@code recordsownedbymybusinessunit}), and rows the item's own filter takes (for instance
 * rows created or modified in the last N days, {@code last-x-days} on {@code createdon} or {@code modifiedon}). Each
 * option widens what the device holds, so they are joined by {@code or}.
 */
final class OtherDataFilter {

    private static final String OWNER = DataverseTable.OWNER;
    private static final String BUSINESS_UNIT = "_owningbusinessunit_value";

    private OtherDataFilter() {
    }

    /**
     * @param ownFilter the item's own filter as a {@code $filter}, if it has one
     * @return the filter, or empty when the options take no row (a team option for a user in no team)
     * @throws IllegalArgumentException when the item asks for nothing, or for owners of a table that records none
     */
    static Optional<String> of(OfflineProfileItem item, DataverseTable table, FetchXml.Caller caller, Optional<String> ownFilter) {
        boolean owned = item.isRecordsOwnedByMe() || item.isRecordsOwnedByMyTeam() || item.isRecordsOwnedByMyBusinessUnit();
        if (!owned && ownFilter.isEmpty()) {
            throw new IllegalArgumentException("The other data filter of " + item.getTableName()
                    + " takes no rows: it names neither owners nor a filter");
        }
        if (owned && !table.hasOwners()) {
            throw new IllegalArgumentException("The other data filter of " + item.getTableName() + " asks for rows by their owner, but "
                    + item.getTableName() + " records no owner here");
        }
        List<String> any = new ArrayList<>();
        if (item.isRecordsOwnedByMe()) {
            any.add(OWNER + " eq " + caller.userId());
        }
        if (item.isRecordsOwnedByMyTeam()) {
            caller.teamIds().forEach(team -> any.add(OWNER + " eq " + team));
        }
        if (item.isRecordsOwnedByMyBusinessUnit()) {
            if (caller.businessUnitId() == null) {
                throw new IllegalArgumentException("The other data filter of " + item.getTableName()
                        + " asks for the business unit's rows, but the back office did not say which business unit is yours");
            }
            any.add(BUSINESS_UNIT + " eq " + caller.businessUnitId());
        }
        ownFilter.ifPresent(filter -> any.add("(" + filter + ")"));
        return any.isEmpty() ? Optional.empty() : Optional.of(any.size() == 1 ? any.get(0) : "(" + String.join(" or ", any) + ")");
    }
}
