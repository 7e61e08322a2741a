package org.fieldbook.backoffice.console.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fieldbook.backoffice.internal.profiles.DraftEdit;
import org.fieldbook.model.DownloadFilter;
import org.fieldbook.model.OfflineProfileItem;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The profile editor's Other data filter: whose rows a device takes (the user's, their teams', their business unit's)
 * and, optionally, rows created or modified in the last N days. Creating a row sets its {@code modifiedon} too, so
 * the days are one condition on {@code modifiedon}, stored as the item's own filter.
 *
 * @param changedInLastDays the days, or null when the item takes no rows by date
 * @param otherFilter the item's own filter when it is not one of those days (set outside the console), shown as it is
 */
record OtherFilterForm(boolean mine, boolean myTeams, boolean myBusinessUnit, Integer changedInLastDays, String otherFilter) {

    private static final String DAYS = "Microsoft.Dynamics.CRM.LastXDays(PropertyName='modifiedon',PropertyValue=%d)";
    private static final Pattern STORED_DAYS = Pattern.compile(
            "Microsoft\\.Dynamics\\.CRM\\.LastXDays\\(PropertyName='modifiedon',PropertyValue=(\\d{1,5})\\)");
    private static final String FIELD = "otherFilter";

    /** @return the form of an item with an Other data filter, null for another filter */
    static OtherFilterForm of(OfflineProfileItem item) {
        if (item.getDownloadFilter() != DownloadFilter.OTHER_FILTER) {
            return null;
        }
        String filter = item.getCustomFilter();
        Matcher days = filter == null ? null : STORED_DAYS.matcher(filter);
        boolean byDays = days != null && days.matches();
        return new OtherFilterForm(item.isRecordsOwnedByMe(), item.isRecordsOwnedByMyTeam(), item.isRecordsOwnedByMyBusinessUnit(),
                byDays ? Integer.valueOf(days.group(1)) : null, byDays ? null : filter);
    }

    /**
     * @param body {@code {owners: {mine, myTeams, myBusinessUnit}, changedInLastDays}}
     * @return the edit setting the item's Other data filter
     * @throws ConsoleCall.Refused for days that are no whole number from 1 to 3650
     */
    static DraftEdit edit(String table, JsonNode body) {
        JsonNode owners = body.path("owners");
        JsonNode days = body.path("changedInLastDays");
        if (!days.isMissingNode() && !days.isNull() && (!days.canConvertToInt() || days.asInt() < 1 || days.asInt() > 3650)) {
            throw new ConsoleCall.Refused(400, "Rows changed in the last days: give a whole number of days from 1 to 3650.", FIELD);
        }
        String filter = days.isMissingNode() || days.isNull() ? null : String.format(DAYS, days.asInt());
        DraftEdit setFilter = DraftEdit.setFilter(table, DownloadFilter.OTHER_FILTER, filter);
        DraftEdit setOwners = DraftEdit.setOwners(table, owners.path("mine").asBoolean(), owners.path("myTeams").asBoolean(),
                owners.path("myBusinessUnit").asBoolean());
        return draft -> {
            setFilter.apply(draft);
            setOwners.apply(draft);
        };
    }
}
