package org.fieldbook.model.dataverse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.fieldbook.model.Account;
import org.fieldbook.model.FieldbookFactory;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.WorkOrder;
import org.fieldbook.model.WorkOrderSystemStatus;
import org.junit.jupiter.api.Test;

/** What a device keeps of the Dataverse tables, and the text form of the fields it exchanges. */
class DeviceTablesTest {

    private final DataverseSchema schema = DataverseSchema.fieldbook();

    @Test
    void devicesKeepTheFieldServiceTablesButNotTheProfileOrTheirSummaries() {
        assertThat(DeviceTables.onDevices(FieldbookPackage.Literals.WORK_ORDER)).isTrue();
        assertThat(DeviceTables.onDevices(FieldbookPackage.Literals.ANNOTATION)).isTrue();
        assertThat(DeviceTables.onDevices(FieldbookPackage.Literals.OFFLINE_PROFILE_ITEM)).isFalse();
        assertThat(DeviceTables.onDevices(FieldbookPackage.Literals.SYNC_SUMMARY)).isFalse();
    }

    @Test
    void aNotesFileIsNoFieldOfTheDevicesRowsAndIsLeftOutOfItsDownloads() {
        DataverseTable notes = schema.byLogicalName("annotation").orElseThrow();
        assertThat(notes.field("documentbody")).isPresent();
        assertThat(DeviceTables.fields(notes)).extracting(DataverseField::name).doesNotContain("documentbody")
                .contains("subject", "filename", "_objectid_value");
        assertThat(DeviceTables.selectWhenPartial(notes)).startsWith("annotationid,").doesNotContain("documentbody")
                .contains(",filesize");
    }

    @Test
    void aTableWhoseFieldsADeviceKeepsWhollyIsReadWithoutSelect() {
        DataverseTable workOrders = schema.byLogicalName("msdyn_workorder").orElseThrow();
        assertThat(DeviceTables.selectWhenPartial(workOrders)).isNull();
        assertThat(workOrders.fields()).hasSize(workOrders.columns().size() + workOrders.lookups().size());
        assertThat(workOrders.field("_msdyn_serviceaccount_value")).map(DataverseField::isLookup).contains(true);
    }

    @Test
    void fieldTextWritesLookupsAsKeysAndChoicesAsNumbersAndReadsThemBack() {
        WorkOrder order = FieldbookFactory.eINSTANCE.createWorkOrder();
        order.setServiceAccount((Account) FieldText.reference(FieldbookPackage.Literals.ACCOUNT, "acc-1"));
        order.setSystemStatus(WorkOrderSystemStatus.get(690970003));
        DataverseTable workOrders = schema.byLogicalName("msdyn_workorder").orElseThrow();
        DataverseField account = workOrders.field("_msdyn_serviceaccount_value").orElseThrow();
        DataverseField status = workOrders.field("msdyn_systemstatus").orElseThrow();

        assertThat(FieldText.of(order, account)).isEqualTo("acc-1");
        assertThat(FieldText.of(order, status)).isEqualTo("690970003");
        assertThat(((Account) FieldText.parse(account.feature(), "acc-2")).getId()).isEqualTo("acc-2");
        assertThat(FieldText.parse(status.feature(), "690970003")).isSameAs(order.getSystemStatus());
        assertThatThrownBy(() -> FieldText.parse(status.feature(), "7")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("7 is no choice");
    }

    @Test
    void valueKindsFollowTheModelsTypes() {
        assertThat(ValueKind.of(FieldbookPackage.Literals.WORK_ORDER__SYSTEM_STATUS.getEAttributeType())).isEqualTo(ValueKind.CHOICE);
        assertThat(ValueKind.of(FieldbookPackage.Literals.BOOKING__START_TIME.getEAttributeType())).isEqualTo(ValueKind.DATE_TIME);
        assertThat(ValueKind.of(FieldbookPackage.Literals.RECORD__VERSION_NUMBER.getEAttributeType())).isEqualTo(ValueKind.BIG_INTEGER);
        assertThat(FieldText.of(FieldbookPackage.Literals.BOOKING__START_TIME, Instant.parse("2026-12-04T08:00:00Z")))
                .isEqualTo("2026-12-04T08:00:00Z");
    }
}
