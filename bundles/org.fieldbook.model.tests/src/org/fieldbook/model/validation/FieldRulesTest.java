package org.fieldbook.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.fieldbook.model.Booking;
import org.fieldbook.model.DownloadFilter;
import org.fieldbook.model.FieldbookFactory;
import org.fieldbook.model.OfflineProfileItem;
import org.fieldbook.model.WorkOrder;
import org.fieldbook.model.WorkOrderProduct;
import org.fieldbook.model.WorkOrderServiceTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The model's constraints through EMF validation, as the store runs them before writing. */
class FieldRulesTest {

    private static final FieldbookFactory MODEL = FieldbookFactory.eINSTANCE;
    private static final Instant NINE = Instant.parse("2026-11-27T09:00:00Z");

    @Test
    void aBookingEndingBeforeItStartsNamesBothFields() {
        Booking booking = booking();
        booking.setEndTime(NINE.minusSeconds(60));

        assertThat(errors(booking)).singleElement().asString()
                .contains("endTime 2026-11-27T08:59:00Z is before startTime 2026-11-27T09:00:00Z");
    }

    @Test
    void aValidBookingPasses() {
        assertThat(errors(booking())).isEmpty();
    }

    @Test
    void aBookingWithoutStartIsRefusedNamingTheField() {
        Booking booking = booking();
        booking.setStartTime(null);

        assertThat(errors(booking)).anySatisfy(message -> assertThat(message).contains("startTime"));
    }

    @Test
    void aNegativeQuantityNamesTheField() {
        WorkOrderProduct product = MODEL.createWorkOrderProduct();
        product.setId("p1");
        product.setQuantity(-2);

        assertThat(errors(product)).singleElement().asString().contains("quantity must not be negative, but is -2");
    }

    @ParameterizedTest
    @ValueSource(doubles = { -0.5, 100.5, 250 })
    void percentCompleteOutsideZeroToHundredIsRefused(double percent) {
        WorkOrderServiceTask task = MODEL.createWorkOrderServiceTask();
        task.setId("t1");
        task.setPercentComplete(percent);

        assertThat(errors(task)).singleElement().asString().contains("percentComplete must be between 0 and 100");
    }

    @Test
    void aTaskIsCompletedAtAHundredPercent() {
        WorkOrderServiceTask task = MODEL.createWorkOrderServiceTask();
        task.setPercentComplete(99.9);
        assertThat(task.isCompleted()).isFalse();
        task.setPercentComplete(100);
        assertThat(task.isCompleted()).isTrue();
    }

    @Test
    void coordinatesMustBeOnEarth() {
        WorkOrder workOrder = MODEL.createWorkOrder();
        workOrder.setId("w1");
        workOrder.setLatitude(91);

        assertThat(errors(workOrder)).singleElement().asString().contains("latitude must be between -90 and 90, but is 91");
    }

    @Test
    void syncIntervalsStayBetweenFiveMinutesAndADayAndRunAtLeastHourly() {
        OfflineProfileItem item = MODEL.createOfflineProfileItem();
        item.setId("i1");
        item.setSyncIntervalMinutes(1);
        assertThat(errors(item)).singleElement().asString().contains("syncIntervalMinutes must be between 5 and 1440");

        item.setSyncIntervalMinutes(1440);
        assertThat(errors(item)).isEmpty();
        assertThat(item.effectiveSyncIntervalMinutes()).isEqualTo(60);
        item.setSyncIntervalMinutes(15);
        assertThat(item.effectiveSyncIntervalMinutes()).isEqualTo(15);
    }

    @Test
    void aCustomFilterItemNeedsAFilter() {
        OfflineProfileItem item = MODEL.createOfflineProfileItem();
        item.setId("i1");
        item.setDownloadFilter(DownloadFilter.CUSTOM_FILTER);

        assertThat(errors(item)).singleElement().asString().contains("customFilter is empty");
        item.setCustomFilter("statecode eq 0");
        assertThat(errors(item)).isEmpty();
    }

    @Test
    void clientWinsConflictsUnlessDetectionIsOn() {
        var organization = MODEL.createOrganizationSettings();
        assertThat(organization.clientWins()).isTrue();
        organization.setConflictDetectionEnabled(true);
        assertThat(organization.clientWins()).isFalse();
    }

    private static Booking booking() {
        Booking booking = MODEL.createBooking();
        booking.setId("b1");
        booking.setStartTime(NINE);
        booking.setEndTime(NINE.plusSeconds(3600));
        return booking;
    }

    private static List<String> errors(EObject object) {
        return Diagnostician.INSTANCE.validate(object).getChildren().stream()
                .filter(child -> child.getSeverity() >= Diagnostic.ERROR)
                .map(Diagnostic::getMessage)
                .toList();
    }
}
