package org.fieldbook.model.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.fieldbook.model.DownloadFilter;
import org.fieldbook.model.FieldbookFactory;
import org.fieldbook.model.OfflineProfileItem;
import org.fieldbook.model.dataverse.DataverseSchema;
import org.fieldbook.model.dataverse.DataverseTable;
import org.fieldbook.model.dataverse.FetchXml;
import org.junit.jupiter.api.Test;

/** Dataverse's Other data filter as the device asks for its rows: each ownership option and the item's own filter widen it. */
class OtherDataFilterTest {

    private static final String USER = "0d2c1a3e-7b6f-4c1d-9e8a-5f4b3c2d1e0f";
    private static final String NORTH = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
    private static final String SOUTH = "1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9";
    private static final String UNIT = "5c4b3a29-1807-4f6e-9d5c-4b3a29180706";
    private static final FetchXml.Caller CALLER = new FetchXml.Caller(USER, List.of(NORTH, SOUTH), UNIT);
    private static final DataverseSchema SCHEMA = DataverseSchema.fieldbook();
    /** 23:30 in Berlin on 3 December: already 4 December's morning in Sydney. */
    private static final Clock BERLIN = Clock.fixed(Instant.parse("2026-12-03T22:30:00Z"), ZoneId.of("Europe/Berlin"));

    private static OfflineProfileItem other(String table, boolean me, boolean team, boolean unit, String filter) {
        OfflineProfileItem item = FieldbookFactory.eINSTANCE.createOfflineProfileItem();
        item.setTableName(table);
        item.setDownloadFilter(DownloadFilter.OTHER_FILTER);
        item.setRecordsOwnedByMe(me);
        item.setRecordsOwnedByMyTeam(team);
        item.setRecordsOwnedByMyBusinessUnit(unit);
        item.setCustomFilter(filter);
        return item;
    }

    private static List<String> filters(OfflineProfileItem item, FetchXml.Caller caller) {
        DataverseTable table = SCHEMA.byLogicalName(item.getTableName()).orElseThrow();
        return DeviceQueries.filters(item, table, caller, DeviceQueries.Held.nothing(), BERLIN);
    }

    @Test
    void rowsOfTheUserAndOfEachOfTheirTeams() {
        assertThat(filters(other("account", true, false, false, null), CALLER)).containsExactly("_ownerid_value eq " + USER);
        assertThat(filters(other("account", true, true, false, null), CALLER)).containsExactly(
                "(_ownerid_value eq " + USER + " or _ownerid_value eq " + NORTH + " or _ownerid_value eq " + SOUTH + ")");
    }

    @Test
    void theBusinessUnitsRowsByTheUnitWhoAmIAnswered() {
        assertThat(filters(other("msdyn_incidenttype", false, false, true, null), CALLER))
                .containsExactly("_owningbusinessunit_value eq " + UNIT);
        assertThatThrownBy(() -> filters(other("msdyn_incidenttype", false, false, true, null), new FetchXml.Caller(USER, List.of())))
                .hasMessageContaining("business unit");
    }

    @Test
    void rowsChangedInTheLastDaysAreTheDevicesDays() {
        String fetch = "<fetch><entity name=\"msdyn_workorder\"><filter type=\"or\"><condition attribute=\"modifiedon\" operator=\"last-x-days\""
                + " value=\"30\"/><condition attribute=\"createdon\" operator=\"last-x-days\" value=\"30\"/></filter></entity></fetch>";
        assertThat(filters(other("msdyn_workorder", false, true, false, fetch), CALLER)).containsExactly("(_ownerid_value eq " + NORTH
                + " or _ownerid_value eq " + SOUTH + " or (((modifiedon ge 2026-11-02T23:00:00Z and modifiedon lt 2026-12-03T23:00:00Z)"
                + " or (createdon ge 2026-11-02T23:00:00Z and createdon lt 2026-12-03T23:00:00Z))))");
    }

    @Test
    void aTeamOptionForAUserInNoTeamTakesNoRows() {
        assertThat(filters(other("account", false, true, false, null), new FetchXml.Caller(USER, List.of(), UNIT))).isEmpty();
    }

    @Test
    void anItemThatAsksForNothingOrForOwnersOfATableWithoutThemIsAProfileError() {
        assertThatThrownBy(() -> filters(other("account", false, false, false, null), CALLER)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("takes no rows");
        assertThatThrownBy(() -> filters(other("product", true, false, false, null), CALLER)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("product records no owner");
    }
}
