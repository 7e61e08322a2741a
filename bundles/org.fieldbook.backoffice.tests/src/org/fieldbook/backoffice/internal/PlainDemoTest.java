package org.fieldbook.backoffice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.fieldbook.backoffice.demo.DemoSize;
import org.fieldbook.model.Booking;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

/** The back office started with a plain {@code --demo} has several technicians, each with bookings of their own. */
class PlainDemoTest {

    @RegisterExtension
    static final BackOfficeFixture BACK_OFFICE = BackOfficeFixture.withDemo(20261127L,
            DemoSize.ofWorkOrders(BackOfficeOptions.parse("--demo").demoWorkOrders()));

    @Test
    void plainDemoHasThreeTechniciansAndItsThirtyWorkOrders() {
        assertThat(BACK_OFFICE.demo().technicianUserIds()).hasSize(3);
        assertThat(DemoSize.ofWorkOrders(30).workOrders()).isEqualTo(30);
        assertThat(DemoSize.ofWorkOrders(2).technicians()).as("no technician without work").isEqualTo(2);
        assertThat(DemoSize.ofWorkOrders(900).technicians()).as("one per thirty work orders").isEqualTo(30);
    }

    @ParameterizedTest
    @ValueSource(ints = { 1, 2, 3 })
    void eachDemoTechnicianSignsInAndReadsExactlyTheirOwnBookings(int technician) throws Exception {
        WebApiSession session = BACK_OFFICE.demoUser("tech" + technician);
        Set<String> read = new HashSet<>();
        for (JsonNode row : session.json("bookableresourcebookings").path("value")) {
            read.add(row.path("bookableresourcebookingid").asText());
        }

        Set<String> own = new HashSet<>(TechnicianBookings.of(BACK_OFFICE.demo(), technician - 1).stream().map(Booking::getId).toList());
        assertThat(own).isNotEmpty();
        assertThat(read).isEqualTo(own);
    }
}
