package org.fieldbook.model.dataverse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** FetchXML as Dataverse stores a profile item's filter, read into the {@code $filter} form the device evaluates. */
class FetchXmlTest {

    private static final DataverseSchema SCHEMA = DataverseSchema.fieldbook();
    private static final DataverseTable BOOKINGS = SCHEMA.byLogicalName("bookableresourcebooking").orElseThrow();
    private static final DataverseTable WORK_ORDERS = SCHEMA.byLogicalName("msdyn_workorder").orElseThrow();
    private static final DataverseTable RESOURCES = SCHEMA.byLogicalName("bookableresource").orElseThrow();
    private static final String USER = "0d2c1a3e-7b6f-4c1d-9e8a-5f4b3c2d1e0f";
    private static final FetchXml.Caller CALLER = new FetchXml.Caller(USER, List.of("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"));

    private static String read(DataverseTable table, String filter) {
        return FetchXml.toODataFilter("<fetch version=\"1.0\" mapping=\"logical\"><entity name=\"" + table.logicalName() + "\">"
                + "<attribute name=\"" + table.keyColumn() + "\"/>" + filter + "</entity></fetch>", table, CALLER).orElseThrow();
    }

    @Test
    void theShippedBookingWindowReadsAsTheFunctionsItWasWrittenWith() {
        assertThat(read(BOOKINGS, "<filter type=\"or\">"
                + "<condition attribute=\"starttime\" operator=\"last-x-days\" value=\"7\"/>"
                + "<condition attribute=\"starttime\" operator=\"next-x-days\" value=\"7\"/>"
                + "<condition attribute=\"endtime\" operator=\"last-x-days\" value=\"7\"/>"
                + "<condition attribute=\"endtime\" operator=\"next-x-days\" value=\"7\"/></filter>"))
                .isEqualTo("(Microsoft.Dynamics.CRM.LastXDays(PropertyName='starttime',PropertyValue=7)"
                        + " or Microsoft.Dynamics.CRM.NextXDays(PropertyName='starttime',PropertyValue=7)"
                        + " or Microsoft.Dynamics.CRM.LastXDays(PropertyName='endtime',PropertyValue=7)"
                        + " or Microsoft.Dynamics.CRM.NextXDays(PropertyName='endtime',PropertyValue=7))");
    }

    @Test
    void valuesAreWrittenAsTheirColumnsHoldThem() {
        assertThat(read(WORK_ORDERS, "<filter><condition attribute=\"msdyn_name\" operator=\"eq\" value=\"O'Brien 12\"/>"
                + "<condition attribute=\"msdyn_systemstatus\" operator=\"ne\" value=\"690970005\"/></filter>"))
                .isEqualTo("(msdyn_name eq 'O''Brien 12' and msdyn_systemstatus ne 690970005)");
        assertThatThrownBy(() -> read(WORK_ORDERS, "<filter><condition attribute=\"msdyn_systemstatus\" operator=\"eq\" value=\"open\"/></filter>"))
                .hasMessageContaining("msdyn_systemstatus").hasMessageContaining("'open'");
    }

    @Test
    void aLookupIsNamedAsInFetchXmlAndReadAsItsValueColumn() {
        assertThat(read(BOOKINGS, "<filter><condition attribute=\"resource\" operator=\"eq\""
                + " value=\"{2B8E6A1C-0F4D-4E2A-9C3B-7D6E5F4A3B2C}\"/></filter>"))
                .isEqualTo("_resource_value eq 2b8e6a1c-0f4d-4e2a-9c3b-7d6e5f4a3b2c");
        assertThat(read(RESOURCES, "<filter><condition attribute=\"userid\" operator=\"eq-userid\"/></filter>"))
                .isEqualTo("_userid_value eq " + USER);
    }

    @Test
    void nestedFiltersKeepTheirGrouping() {
        assertThat(read(WORK_ORDERS, "<filter type=\"and\"><condition attribute=\"msdyn_city\" operator=\"not-null\"/>"
                + "<filter type=\"or\"><condition attribute=\"msdyn_systemstatus\" operator=\"in\"><value>690970001</value>"
                + "<value>690970002</value></condition><condition attribute=\"msdyn_instructions\" operator=\"null\"/></filter></filter>"))
                .isEqualTo("(msdyn_city ne null and ((msdyn_systemstatus eq 690970001 or msdyn_systemstatus eq 690970002)"
                        + " or msdyn_instructions eq null))");
    }

    @Test
    void aFetchWithoutFilterSelectsEveryRow() {
        assertThat(FetchXml.toODataFilter("<fetch><entity name=\"msdyn_workorder\"><all-attributes/></entity></fetch>", WORK_ORDERS, CALLER))
                .isEmpty();
    }

    @Test
    void whatTheDeviceCannotEvaluateIsNamed() {
        assertThatThrownBy(() -> read(BOOKINGS, "<filter><condition attribute=\"starttime\" operator=\"last-fiscal-year\"/></filter>"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'last-fiscal-year'");
        assertThatThrownBy(() -> read(BOOKINGS, "<link-entity name=\"msdyn_workorder\" from=\"msdyn_workorderid\" to=\"msdyn_workorder\">"
                + "<filter><condition attribute=\"msdyn_systemstatus\" operator=\"last-fiscal-year\"/></filter></link-entity>"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'last-fiscal-year'");
        assertThatThrownBy(() -> read(BOOKINGS, "<filter><condition attribute=\"colour\" operator=\"eq\" value=\"red\"/></filter>"))
                .hasMessageContaining("'colour'");
        assertThatThrownBy(() -> read(WORK_ORDERS, "<filter><condition attribute=\"msdyn_name\" operator=\"today\"/></filter>"))
                .hasMessageContaining("holds no date");
    }

    /** Work orders of my bookings the other way round: bookings whose work order is in progress, through its lookup. */
    @Test
    void anInnerLinkToTheRowALookupNamesTestsItThroughTheNavigationProperty() {
        assertThat(read(BOOKINGS, "<filter><condition attribute=\"starttime\" operator=\"not-null\"/></filter>"
                + "<link-entity name=\"msdyn_workorder\" from=\"msdyn_workorderid\" to=\"msdyn_workorder\" link-type=\"inner\" alias=\"wo\">"
                + "<attribute name=\"msdyn_name\"/><filter type=\"or\"><condition attribute=\"msdyn_systemstatus\" operator=\"eq\" value=\"690970002\"/>"
                + "<condition attribute=\"msdyn_serviceaccount\" operator=\"null\"/></filter></link-entity>"))
                .isEqualTo("starttime ne null and (msdyn_workorder/msdyn_systemstatus eq 690970002"
                        + " or msdyn_workorder/_msdyn_serviceaccount_value eq null)");
        assertThat(read(BOOKINGS, "<link-entity name=\"msdyn_workorder\" from=\"msdyn_workorderid\" to=\"msdyn_workorder\"/>"))
                .as("an inner link without a filter: the lookup is set").isEqualTo("_msdyn_workorder_value ne null");
    }

    @Test
    void aLinkTheDeviceCannotSendIsNamed() {
        assertThatThrownBy(() -> read(BOOKINGS, "<link-entity name=\"msdyn_workorder\" from=\"msdyn_workorderid\" to=\"msdyn_workorder\""
                + " link-type=\"outer\"/>")).hasMessageContaining("link-type 'outer'");
        assertThatThrownBy(() -> read(WORK_ORDERS, "<link-entity name=\"bookableresourcebooking\" from=\"msdyn_workorder\""
                + " to=\"msdyn_workorderid\"/>")).as("one-to-many").hasMessageContaining("no lookup of msdyn_workorder");
        assertThatThrownBy(() -> read(BOOKINGS, "<link-entity name=\"msdyn_workorder\" from=\"msdyn_workorderid\" to=\"msdyn_workorder\">"
                + "<link-entity name=\"account\" from=\"accountid\" to=\"msdyn_serviceaccount\"/></link-entity>"))
                .hasMessageContaining("inside a <link-entity>");
        assertThatThrownBy(() -> read(BOOKINGS, "<link-entity name=\"account\" from=\"accountid\" to=\"msdyn_workorder\"/>"))
                .hasMessageContaining("points at msdyn_workorder");
    }

    @Test
    void aFetchOfAnotherTableOrNotFetchXmlAtAllIsRefused() {
        assertThatThrownBy(() -> FetchXml.toODataFilter("<fetch><entity name=\"account\"/></fetch>", BOOKINGS, CALLER))
                .hasMessageContaining("queries account");
        assertThatThrownBy(() -> FetchXml.toODataFilter("<fetch><entity name=", BOOKINGS, CALLER)).hasMessageContaining("not well-formed");
        assertThat(FetchXml.isFetchXml(" <fetch/>")).isTrue();
        assertThat(FetchXml.isFetchXml("name eq 'x'")).isFalse();
    }

    @Test
    void aDocumentTypeIsRefusedSoNoEntityIsExpanded() {
        String withEntity = "<!DOCTYPE fetch [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><fetch><entity name=\"msdyn_workorder\">"
                + "<filter><condition attribute=\"msdyn_name\" operator=\"eq\" value=\"&x;\"/></filter></entity></fetch>";

        assertThatThrownBy(() -> FetchXml.toODataFilter(withEntity, WORK_ORDERS, CALLER)).hasMessageContaining("not well-formed");
    }
}
