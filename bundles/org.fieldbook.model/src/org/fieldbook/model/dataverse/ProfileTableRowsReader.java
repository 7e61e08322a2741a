package org.fieldbook.model.dataverse;

import java.util.List;
import java.util.Map;

import org.fieldbook.model.DownloadFilter;
import org.fieldbook.model.FieldbookFactory;
import org.fieldbook.model.OfflineProfile;
import org.fieldbook.model.OfflineProfileItem;

/**
 * Builds a profile from the rows of Dataverse's offline-profile tables as the Web API answers them (columns by
 * their logical names, values as text): the {@code mobileofflineprofiles} row, its
 * {@code mobileofflineprofileitems} and their {@code mobileofflineprofileitemassociations}. An item keeps its
 * filter as served, FetchXML, which the device reads at sync time ({@link FetchXml}).
 */
public final class ProfileTableRowsReader {

    private ProfileTableRowsReader() {
    }

    /**
     * @return the published profile the rows describe
     * @throws IllegalArgumentException for rows that do not describe one (a missing column, a criterion Dataverse
     *         does not define)
     */
    public static OfflineProfile read(Map<String, String> profileRow, List<Map<String, String>> itemRows,
            List<Map<String, String>> associationRows, DataverseSchema schema) {
        OfflineProfile profile = FieldbookFactory.eINSTANCE.createOfflineProfile();
        profile.setId(required(profileRow, "mobileofflineprofileid"));
        profile.setName(profileRow.get("name"));
        profile.setDescription(profileRow.get("description"));
        profile.setPublished(true);
        for (Map<String, String> row : itemRows) {
            OfflineProfileItem item = FieldbookFactory.eINSTANCE.createOfflineProfileItem();
            item.setId(required(row, "mobileofflineprofileitemid"));
            item.setTableName(required(row, "selectedentitytypecode"));
            item.setDownloadFilter(criterion(required(row, "recorddistributioncriteria")));
            item.setCustomFilter(row.get("profileitementityfilter"));
            item.setRecordsOwnedByMe(Boolean.parseBoolean(row.get("recordsownedbyme")));
            item.setRecordsOwnedByMyTeam(Boolean.parseBoolean(row.get("recordsownedbymyteam")));
            item.setRecordsOwnedByMyBusinessUnit(Boolean.parseBoolean(row.get("recordsownedbymybusinessunit")));
            item.setSyncIntervalMinutes(Integer.parseInt(required(row, "syncintervalinminutes")));
            for (Map<String, String> association : associationRows) {
                if (item.getId().equalsIgnoreCase(association.get("_mobileofflineprofileitemid_value"))) {
                    String name = required(association, "relationshipname");
                    item.getRelationships().add(ProfileRelationships.resolve(name, schema).orElseThrow(() -> new IllegalArgumentException(
                            "The profile relates " + item.getTableName() + " through " + name + ", which this device does not know")));
                }
            }
            profile.getItems().add(item);
        }
        return profile;
    }

    private static DownloadFilter criterion(String value) {
        DownloadFilter filter = DownloadFilter.get(Integer.parseInt(value));
        if (filter == null) {
            throw new IllegalArgumentException("recorddistributioncriteria " + value + " is none Dataverse defines");
        }
        return filter;
    }

    private static String required(Map<String, String> row, String column) {
        String value = row.get(column);
        if (value == null) {
            throw new IllegalArgumentException("The offline profile's row lacks " + column);
        }
        return value;
    }
}
