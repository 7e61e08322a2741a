package org.fieldbook.sync.internal.download;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.fieldbook.model.OfflineProfile;
import org.fieldbook.model.dataverse.ProfileJson;
import org.junit.jupiter.api.Test;

/** A scheduled cycle takes the due tables with everything related to them, and leaves the rest. */
class DueTablesTest {

    private static final OfflineProfile PROFILE = ProfileJson.read("""
            {"name":"Test","items":[
             {"selectedentitytypecode":"bookableresourcebooking","recorddistributioncriteria":3,
              "profileitementityfilter":"Microsoft.Dynamics.CRM.Today(PropertyName='starttime')","syncintervalinminutes":5,
              "associations":[]},
             {"selectedentitytypecode":"msdyn_workorder","recorddistributioncriteria":0,"syncintervalinminutes":10,
              "associations":[{"fromtable":"bookableresourcebooking","lookupcolumn":"_msdyn_workorder_value","totable":"msdyn_workorder"}]},
             {"selectedentitytypecode":"msdyn_workorderservicetask","recorddistributioncriteria":0,"syncintervalinminutes":15,
              "associations":[{"fromtable":"msdyn_workorderservicetask","lookupcolumn":"_msdyn_workorder_value","totable":"msdyn_workorder"}]},
             {"selectedentitytypecode":"product","recorddistributioncriteria":1,"syncintervalinminutes":1440,"associations":[]}]}
            """);

    @Test
    void aDueWorkOrderTableBringsTheBookingsThatChooseItAndTheTasksItHolds() {
        assertThat(DueTables.of(PROFILE, "msdyn_workorder"::equals))
                .containsExactlyInAnyOrder("msdyn_workorder", "bookableresourcebooking", "msdyn_workorderservicetask");
    }

    @Test
    void dueBookingsBringTheirRelatedTablesButNotTheCatalogue() {
        assertThat(DueTables.of(PROFILE, "bookableresourcebooking"::equals))
                .containsExactlyInAnyOrder("bookableresourcebooking", "msdyn_workorder", "msdyn_workorderservicetask");
    }

    @Test
    void aDueCatalogueSyncsAlone() {
        assertThat(DueTables.of(PROFILE, "product"::equals)).isEqualTo(Set.of("product"));
        assertThat(DueTables.of(PROFILE, table -> false)).isEmpty();
    }
}
