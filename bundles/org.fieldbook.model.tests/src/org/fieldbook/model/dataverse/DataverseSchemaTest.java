package org.fieldbook.model.dataverse;

import static org.assertj.core.api.Assertions.assertThat;

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
    void columnsIncludeInheritedVersionNumberButNotTheKey() {
        DataverseTable bookings = schema.byEntitySet("bookableresourcebookings").orElseThrow();
        assertThat(bookings.columns()).extracting(DataverseColumn::name)
                .containsExactlyInAnyOrder("versionnumber", "name", "starttime", "endtime");
        assertThat(bookings.columns()).extracting(column -> column.attribute().getName()).doesNotContain("id");
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
