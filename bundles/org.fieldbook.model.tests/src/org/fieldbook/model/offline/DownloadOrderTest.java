package org.fieldbook.model.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.fieldbook.model.OfflineProfile;
import org.fieldbook.model.OfflineProfileItem;
import org.fieldbook.model.dataverse.DataverseSchema;
import org.fieldbook.model.dataverse.ProfileJson;
import org.junit.jupiter.api.Test;

/** The agenda's tables come first: its reference tables, the bookings, then what they relate to, the catalogue last. */
class DownloadOrderTest {

    /** The shipped profile's shape, its items listed in an order the download must not follow. */
    private static final OfflineProfile PROFILE = ProfileJson.read("""
            {"name":"Test","items":[
             {"selectedentitytypecode":"product","recorddistributioncriteria":1,"syncintervalinminutes":1440,"associations":[]},
             {"selectedentitytypecode":"msdyn_incidenttype","recorddistributioncriteria":0,"syncintervalinminutes":60,
              "associations":[{"fromtable":"msdyn_workorder","lookupcolumn":"_msdyn_primaryincidenttype_value","totable":"msdyn_incidenttype"},
               {"fromtable":"msdyn_workorderincident","lookupcolumn":"_msdyn_incidenttype_value","totable":"msdyn_incidenttype"}]},
             {"selectedentitytypecode":"msdyn_workorderincident","recorddistributioncriteria":0,"syncintervalinminutes":15,
              "associations":[{"fromtable":"msdyn_workorderincident","lookupcolumn":"_msdyn_workorder_value","totable":"msdyn_workorder"}]},
             {"selectedentitytypecode":"account","recorddistributioncriteria":0,"syncintervalinminutes":60,
              "associations":[{"fromtable":"msdyn_workorder","lookupcolumn":"_msdyn_serviceaccount_value","totable":"account"}]},
             {"selectedentitytypecode":"msdyn_workorder","recorddistributioncriteria":0,"syncintervalinminutes":10,
              "associations":[{"fromtable":"bookableresourcebooking","lookupcolumn":"_msdyn_workorder_value","totable":"msdyn_workorder"}]},
             {"selectedentitytypecode":"bookingstatus","recorddistributioncriteria":1,"syncintervalinminutes":1440,"associations":[]},
             {"selectedentitytypecode":"bookableresourcebooking","recorddistributioncriteria":3,
              "profileitementityfilter":"Microsoft.Dynamics.CRM.Today(PropertyName='starttime')","syncintervalinminutes":5,
              "associations":[]}]}
            """);

    @Test
    void bookingStatusesComeFirstForTheyNameEveryBookingOfTheAgenda() {
        assertThat(order(PROFILE)).startsWith("bookingstatus", "bookableresourcebooking");
    }

    @Test
    void aRelatedTableFollowsEveryTableItIsRelatedTo() {
        List<String> order = order(PROFILE);

        assertThat(order.indexOf("msdyn_workorder")).isGreaterThan(order.indexOf("bookableresourcebooking"));
        assertThat(order.indexOf("account")).isGreaterThan(order.indexOf("msdyn_workorder"));
        assertThat(order.indexOf("msdyn_workorderincident")).isGreaterThan(order.indexOf("msdyn_workorder"));
        assertThat(order.indexOf("msdyn_incidenttype")).isGreaterThan(order.indexOf("msdyn_workorderincident"));
    }

    @Test
    void allRecordsTablesTheBookingsDoNotLookUpComeLast() {
        assertThat(order(PROFILE)).endsWith("product").hasSize(PROFILE.getItems().size());
    }

    @Test
    void relatedTablesInACycleAreTakenAsListedAfterTheOthers() {
        OfflineProfile cycle = ProfileJson.read("""
                {"name":"Cycle","items":[
                 {"selectedentitytypecode":"msdyn_workorder","recorddistributioncriteria":0,"syncintervalinminutes":10,
                  "associations":[{"fromtable":"msdyn_workorderservicetask","lookupcolumn":"_msdyn_workorder_value","totable":"msdyn_workorder"}]},
                 {"selectedentitytypecode":"msdyn_workorderservicetask","recorddistributioncriteria":0,"syncintervalinminutes":10,
                  "associations":[{"fromtable":"msdyn_workorderservicetask","lookupcolumn":"_msdyn_workorder_value","totable":"msdyn_workorder"}]},
                 {"selectedentitytypecode":"account","recorddistributioncriteria":0,"syncintervalinminutes":60,"associations":[]},
                 {"selectedentitytypecode":"product","recorddistributioncriteria":1,"syncintervalinminutes":1440,"associations":[]}]}
                """);

        assertThat(order(cycle)).containsExactly("account", "msdyn_workorder", "msdyn_workorderservicetask", "product");
    }

    private static List<String> order(OfflineProfile profile) {
        return DownloadOrder.of(profile, DataverseSchema.fieldbook()).stream().map(OfflineProfileItem::getTableName).toList();
    }
}
