package org.fieldbook.model.dataverse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;

import org.fieldbook.model.FieldbookFactory;
import org.fieldbook.model.FieldbookPackage;
import org.junit.jupiter.api.Test;

class DataverseSchemaTest {

    private final DataverseSchema schema = DataverseSchema.fieldbook();

    @Test
    void everyTableHasTheDataverseEntitySetAndKey() {
        assertThat(schema.tables()).extracting(DataverseTable::entitySet)
                .contains("bookableresourcebookings", "bookingstatuses", "msdyn_workorders", "accounts");
        DataverseTable workOrders = schema.byEntitySet("msdyn_workorders").orElseThrow();
        assertThat(workOrders.eClass()).isSameAs(FieldbookPackage.Literals.WORK_ORDER);
        assertThat(workOrders.keyColumn()).isEqualTo("msdyn_workorderid");
    }

    @Test
    void columnsIncludeInheritedOnesButNotTheKey() {
        DataverseTable bookings = schema.byEntitySet("bookableresourcebookings").orElseThrow();
        assertThat(bookings.columns()).extracting(DataverseColumn::name)
                .containsExactlyInAnyOrder("versionnumber", "createdon", "modifiedon", "name", "starttime", "endtime",
                        "duration", "msdyn_actualarrivaltime", "msdyn_estimatedtravelduration", "msdyn_actualtravelduration",
                        "msdyn_totalbreakduration", "_ownerid_value", "_owningbusinessunit_value");
        assertThat(bookings.columns()).extracting(column -> column.attribute().getName()).doesNotContain("id");
    }

    @Test
    void lookupsNameTheirColumnAndNavigationPropertyAsDataverseDoes() {
        DataverseTable bookings = schema.byLogicalName("bookableresourcebooking").orElseThrow();
        assertThat(bookings.lookups()).extracting(DataverseLookup::column, DataverseLookup::navigation)
                .containsExactlyInAnyOrder(tuple("_bookingstatus_value", "BookingStatus"), tuple("_resource_value", "Resource"),
                        tuple("_msdyn_workorder_value", "msdyn_workorder"));
        assertThat(schema.byClass(FieldbookPackage.Literals.WORK_ORDER).orElseThrow().lookups())
                .extracting(lookup -> lookup.reference().getEReferenceType().getName())
                .containsExactlyInAnyOrder("Account", "Contact", "IncidentType", "CustomerAsset");
    }

    @Test
    void everyFieldServiceTableOfTheProtocolIsModelled() {
        assertThat(schema.tables()).extracting(DataverseTable::entitySet).containsExactlyInAnyOrder(
                "bookableresourcebookings", "bookingstatuses", "bookableresources", "msdyn_workorders", "accounts", "contacts",
                "msdyn_customerassets", "msdyn_incidenttypes", "msdyn_workorderincidents", "msdyn_workorderservicetasks",
                "msdyn_workorderproducts", "msdyn_workorderservices", "products", "mobileofflineprofiles",
                "mobileofflineprofileitems", "mobileofflineprofileitemassociations", "organizations", "syncerrors", "msdyn_timeentries",
                "fieldbook_syncsummaries", "annotations");
    }

    @Test
    void longTextColumnsSayHowLongTheyMayBe() {
        DataverseTable workOrders = schema.byLogicalName("msdyn_workorder").orElseThrow();
        assertThat(workOrders.columns()).filteredOn(column -> column.name().equals("msdyn_instructions"))
                .singleElement().extracting(DataverseColumn::maxLength).isEqualTo(4000);
        assertThat(workOrders.columns()).filteredOn(column -> column.name().equals("msdyn_name"))
                .singleElement().extracting(DataverseColumn::maxLength).isEqualTo(100);
        assertThat(schema.byLogicalName("syncerror").orElseThrow().columns()).filteredOn(column -> column.name().equals("errorcode"))
                .singleElement().extracting(DataverseColumn::maxLength).isEqualTo(DataverseColumn.DEFAULT_TEXT_LENGTH);
    }

    @Test
    void unknownEntitySetIsEmpty() {
        assertThat(schema.byEntitySet("contoso_widgets")).isEmpty();
    }

    @Test
    void instantsTravelAsIso8601() {
        FieldbookFactory factory = FieldbookFactory.eINSTANCE;
        Instant start = Instant.parse("2026-11-27T08:30:00Z");
        String text = factory.convertToString(FieldbookPackage.Literals.INSTANT, start);
        assertThat(text).isEqualTo("2026-11-27T08:30:00Z");
        assertThat(factory.createFromString(FieldbookPackage.Literals.INSTANT, text)).isEqualTo(start);
    }
}
