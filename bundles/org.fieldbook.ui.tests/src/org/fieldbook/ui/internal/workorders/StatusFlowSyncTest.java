package org.fieldbook.ui.internal.workorders;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.MDirtyable;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.fieldbook.model.Booking;
import org.fieldbook.model.TimeEntry;
import org.fieldbook.model.TimeEntryType;
import org.fieldbook.store.LocalStore;
import org.fieldbook.tests.common.BackOfficeOnLoopback;
import org.fieldbook.tests.common.ui.E4PartFixture;
import org.fieldbook.tests.common.ui.UiBot;
import org.fieldbook.ui.internal.OfficeUser;
import org.fieldbook.ui.internal.TechnicianDevice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A technician's visit through the form's status buttons reaches the back office on the next sync as Field
 * Service keeps it: the booking's status and times, the work order following it with its first arrival, the time
 * entries the steps made (with the technician's correction of one) and the technician's summary.
 */
class StatusFlowSyncTest {

    @RegisterExtension
    static final BackOfficeOnLoopback BACK_OFFICE = new BackOfficeOnLoopback();

    private static final Instant SET_OFF = LocalDate.now(ZoneOffset.UTC).atTime(LocalTime.of(10, 0)).toInstant(ZoneOffset.UTC);
    private static final Instant ARRIVED = SET_OFF.plus(20, ChronoUnit.MINUTES);
    private static final String SUMMARY = "Unit accessible, seal worn";

    @TempDir
    Path folder;

    @Test
    void theVisitsStepsTimesTimeEntriesAndSummaryReachTheOfficeOnSync() throws Exception {
        OfficeUser.smallDemo(BACK_OFFICE.server());
        try (TechnicianDevice device = new TechnicianDevice(BACK_OFFICE.serviceRoot(), folder).synced("tech1");
                OfficeUser dispatcher = new OfficeUser(BACK_OFFICE.server(), "dispatcher");
                E4PartFixture fixture = new E4PartFixture(StatusFlowSyncTest.class)) {
            Booking booking = device.scheduledBooking();
            String workOrder = booking.getWorkOrder().getId();
            UiBot bot = open(fixture, device, workOrder);

            StatusButtons.tap(fixture, bot, booking.getId(), "traveling", Clock.fixed(SET_OFF, ZoneOffset.UTC));
            StatusButtons.tap(fixture, bot, booking.getId(), "inProgress", Clock.fixed(ARRIVED, ZoneOffset.UTC));
            TimeEntry travel = entries(device, workOrder).get(0);
            bot.textWithId("timeentry." + travel.getId() + ".start").setText("09:50").pressEnter();
            bot.textWithLabel(NotesSection.LABEL).setText(SUMMARY);
            bot.waitUntil(() -> entries(device, workOrder).get(0).getDuration() == 30, "the corrected travel entry in the store");
            bot.waitUntil(() -> SUMMARY.equals(device.workOrder(workOrder).getSummary()), "the summary in the store");
            device.engine().syncNow().join();

            JsonNode onServer = dispatcher.get("bookableresourcebookings(" + booking.getId() + ")");
            assertThat(Instant.parse(onServer.path("msdyn_actualarrivaltime").asText())).isEqualTo(ARRIVED);
            assertThat(onServer.path("msdyn_actualtravelduration").asInt()).isEqualTo(20);
            assertThat(Instant.parse(onServer.path("starttime").asText())).as("the actual start").isEqualTo(SET_OFF);
            JsonNode order = dispatcher.get("msdyn_workorders(" + workOrder + ")");
            assertThat(order.path("msdyn_systemstatus").asInt()).as("in progress, following its booking").isEqualTo(690970002);
            assertThat(Instant.parse(order.path("msdyn_firstarrivedon").asText())).isEqualTo(ARRIVED);
            assertThat(order.path("msdyn_workordersummary").asText()).isEqualTo(SUMMARY);
            JsonNode entries = dispatcher.get("msdyn_timeentries?$filter=_msdyn_bookableresourcebooking_value%20eq%20" + booking.getId()
                    + "&$orderby=msdyn_start").path("value");
            assertThat(entries).hasSize(2);
            assertThat(entries.get(0).path("msdyn_type").asInt()).isEqualTo(192355001);
            assertThat(Instant.parse(entries.get(0).path("msdyn_start").asText())).isEqualTo(SET_OFF.minus(10, ChronoUnit.MINUTES));
            assertThat(entries.get(0).path("msdyn_duration").asInt()).isEqualTo(30);
            assertThat(entries.get(1).path("msdyn_type").asInt()).isEqualTo(192350000);
            assertThat(entries.get(1).path("msdyn_end").isNull()).as("work still running").isTrue();
            assertThat(entries.get(1).path("_msdyn_workorder_value").asText()).isEqualTo(workOrder);
            assertThat(device.store().outbox().size()).isZero();
            assertThat(entries(device, workOrder)).as("the device keeps them after the download").extracting(TimeEntry::getType)
                    .containsExactly(TimeEntryType.TRAVEL, TimeEntryType.WORK);
        }
    }

    private static UiBot open(E4PartFixture fixture, TechnicianDevice device, String workOrder) {
        MDirtyable dirty = MBasicFactory.INSTANCE.createPart();
        fixture.context().set(LocalStore.class, device.store());
        fixture.context().set(MDirtyable.class, dirty);
        fixture.context().set(Clock.class, Clock.fixed(SET_OFF, ZoneOffset.UTC));
        fixture.context().set(WorkOrderFormPart.WORK_ORDER_ID, workOrder);
        fixture.make(WorkOrderFormPart.class);
        return fixture.bot();
    }

    private static List<TimeEntry> entries(TechnicianDevice device, String workOrder) {
        return device.store().workOrders().details(workOrder).orElseThrow().timeEntries();
    }
}
