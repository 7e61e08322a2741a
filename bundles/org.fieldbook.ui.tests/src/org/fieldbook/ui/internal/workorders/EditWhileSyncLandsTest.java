package org.fieldbook.ui.internal.workorders;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.MDirtyable;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.fieldbook.model.ConflictResolution;
import org.fieldbook.model.FieldValue;
import org.fieldbook.model.WorkOrder;
import org.fieldbook.store.LocalStore;
import org.fieldbook.sync.SyncService;
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
 * The technician types into the open work order while a sync brings the office's change of the same work order.
 * The edit stays based on what the technician saw: the office's other values are not written over, and its
 * change of the same field becomes a conflict with all three values on record instead of vanishing.
 */
class EditWhileSyncLandsTest {

    @RegisterExtension
    static final BackOfficeOnLoopback BACK_OFFICE = new BackOfficeOnLoopback();

    private static final String TYPED = "Replaced the seal, checked the pressure";

    @TempDir
    Path folder;

    @Test
    void theOfficesChangeThatLandsWhileTheTechnicianTypesIsAConflictNotASilentOverwrite() throws Exception {
        OfficeUser.smallDemo(BACK_OFFICE.server());
        try (TechnicianDevice device = new TechnicianDevice(BACK_OFFICE.serviceRoot(), folder).synced("tech1");
                OfficeUser dispatcher = new OfficeUser(BACK_OFFICE.server(), "dispatcher");
                E4PartFixture fixture = new E4PartFixture(EditWhileSyncLandsTest.class)) {
            String id = device.workOrderIds().get(0);
            String seen = device.workOrder(id).getSummary();
            String shown = seen == null ? "" : seen;
            MDirtyable dirty = MBasicFactory.INSTANCE.createPart();
            fixture.context().set(LocalStore.class, device.store());
            fixture.context().set(SyncService.class, device.engine());
            fixture.context().set(MDirtyable.class, dirty);
            fixture.context().set(Clock.class, Clock.systemDefaultZone());
            fixture.context().set(WorkOrderFormPart.WORK_ORDER_ID, id);
            WorkOrderFormPart part = fixture.make(WorkOrderFormPart.class);
            UiBot bot = fixture.bot();
            bot.waitUntil(() -> shown.equals(bot.textWithLabel(NotesSection.LABEL).text()), "the summary");

            bot.textWithLabel(NotesSection.LABEL).setText(TYPED);
            dispatcher.patch("msdyn_workorders(" + id + ")",
                    "{\"msdyn_workordersummary\":\"" + TechnicianDevice.OFFICE_SUMMARY + "\",\"msdyn_city\":\""
                            + TechnicianDevice.OFFICE_CITY + "\"}");
            device.engine().syncNow().join();
            bot.waitUntil(() -> TechnicianDevice.OFFICE_CITY.equals(device.workOrder(id).getCity()), "the office's row on the device");
            assertThat(bot.textWithLabel(NotesSection.LABEL).text()).as("the form keeps what is being typed").isEqualTo(TYPED);

            ContextInjectionFactory.invoke(part, Persist.class, fixture.context());
            bot.waitUntil(() -> device.store().outbox().size() == 1, "the typed text in the outbox");
            assertThat(device.workOrder(id).getCity()).as("saving does not write the old city back").isEqualTo(TechnicianDevice.OFFICE_CITY);
            device.engine().syncNow().join();

            JsonNode onServer = dispatcher.get("msdyn_workorders(" + id + ")");
            assertThat(onServer.path("msdyn_workordersummary").asText()).as("the device wins by default").isEqualTo(TYPED);
            assertThat(onServer.path("msdyn_city").asText()).as("the office's other change stands").isEqualTo(TechnicianDevice.OFFICE_CITY);
            assertThat(device.store().conflicts().all()).singleElement().satisfies(conflict -> {
                assertThat(conflict.getResolution()).isEqualTo(ConflictResolution.CLIENT_WON);
                assertThat(value(conflict.getBaseValues())).isEqualTo(seen);
                assertThat(value(conflict.getLocalValues())).isEqualTo(TYPED);
                assertThat(value(conflict.getServerValues())).isEqualTo(TechnicianDevice.OFFICE_SUMMARY);
            });
            WorkOrder onDevice = device.workOrder(id);
            assertThat(onDevice.getSummary()).isEqualTo(TYPED);
            assertThat(onDevice.getCity()).isEqualTo(TechnicianDevice.OFFICE_CITY);
            assertThat(device.store().outbox().size()).isZero();
        }
    }

    private static String value(Iterable<FieldValue> values) {
        for (FieldValue value : values) {
            if ("msdyn_workordersummary".equals(value.getColumn())) {
                return value.getValue();
            }
        }
        throw new AssertionError("no summary among the conflict's values");
    }
}
