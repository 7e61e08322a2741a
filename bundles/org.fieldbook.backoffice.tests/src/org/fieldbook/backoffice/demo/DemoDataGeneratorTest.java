package org.fieldbook.backoffice.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.fieldbook.model.Booking;
import org.fieldbook.model.FieldServiceStatus;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.Record;
import org.fieldbook.model.WorkOrder;
import org.junit.jupiter.api.Test;

class DemoDataGeneratorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @Test
    void theSameSeedGivesTheSameRowsAndKeys() {
        DemoData first = new DemoDataGenerator(42, TODAY, ZONE).generate(DemoSize.small());
        DemoData again = new DemoDataGenerator(42, TODAY, ZONE).generate(DemoSize.small());
        DemoData other = new DemoDataGenerator(43, TODAY, ZONE).generate(DemoSize.small());

        assertThat(describe(again)).isEqualTo(describe(first));
        assertThat(ids(other)).doesNotContainAnyElementsOf(ids(first));
    }

    @Test
    void everyReferencePointsToARowOfAnEarlierTable() {
        DemoData data = new DemoDataGenerator(7, TODAY, ZONE).generate(DemoSize.small());
        Set<String> earlier = new HashSet<>();
        for (Map.Entry<EClass, List<Record>> table : data.tables().entrySet()) {
            for (Record row : table.getValue()) {
                for (EReference reference : row.eClass().getEAllReferences()) {
                    if (row.eGet(reference) instanceof Record target) {
                        assertThat(earlier).as(table.getKey().getName() + "." + reference.getName()).contains(target.getId());
                    }
                }
            }
            table.getValue().forEach(row -> earlier.add(row.getId()));
        }
    }

    @Test
    void bookingsSpreadThirtyDaysEitherSideAndMatchTheirWorkOrders() {
        DemoData data = new DemoDataGenerator(7, TODAY, ZONE).generate(new DemoSize(5, 600, 40, 30));
        Instant earliest = TODAY.minusDays(DemoDataGenerator.SPREAD_DAYS).atStartOfDay(ZONE).toInstant();
        Instant latest = TODAY.plusDays(DemoDataGenerator.SPREAD_DAYS + 2L).atStartOfDay(ZONE).toInstant();
        List<Booking> bookings = data.rows(FieldbookPackage.Literals.BOOKING);

        assertThat(bookings).hasSizeGreaterThanOrEqualTo(600).allSatisfy(booking -> {
            assertThat(booking.getStartTime()).isBetween(earliest, latest);
            assertThat(booking.getEndTime()).isAfter(booking.getStartTime());
        });
        assertThat(bookings.stream().map(booking -> booking.getResource().getId()).collect(Collectors.toSet())).hasSize(5);
        assertThat(bookings).filteredOn(booking -> booking.getStartTime().isBefore(TODAY.atStartOfDay(ZONE).toInstant()))
                .isNotEmpty()
                .allSatisfy(past -> assertThat(past.getStatus().getFieldServiceStatus()).isEqualTo(FieldServiceStatus.COMPLETED));
        assertThat(data.technicianUserIds()).hasSize(5).doesNotHaveDuplicates();
    }

    @Test
    void everyRowSatisfiesTheModelsConstraints() {
        DemoData data = new DemoDataGenerator(11, TODAY, ZONE).generate(DemoSize.small());

        for (List<Record> rows : data.tables().values()) {
            for (Record row : rows) {
                Diagnostic result = Diagnostician.INSTANCE.validate(row);
                assertThat(result.getSeverity()).as(result.getChildren().toString()).isLessThan(Diagnostic.ERROR);
            }
        }
    }

    @Test
    void largeSizesScaleEveryTable() {
        DemoData data = new DemoDataGenerator(1, TODAY, ZONE).generate(DemoSize.ofWorkOrders(10_000));

        List<WorkOrder> workOrders = data.rows(FieldbookPackage.Literals.WORK_ORDER);
        assertThat(workOrders).hasSize(10_000);
        assertThat(workOrders).extracting(WorkOrder::getNumber).doesNotHaveDuplicates().contains("WO-000001", "WO-010000");
        assertThat(data.rows(FieldbookPackage.Literals.ACCOUNT)).hasSize(1_000);
        assertThat(data.rows(FieldbookPackage.Literals.WORK_ORDER_SERVICE_TASK).size()).isGreaterThan(20_000);
        assertThat(ids(data)).doesNotHaveDuplicates();
    }

    private static List<String> ids(DemoData data) {
        return data.tables().values().stream().flatMap(List::stream).map(Record::getId).toList();
    }

    private static List<String> describe(DemoData data) {
        return data.tables().values().stream().flatMap(List::stream)
                .map(row -> row.getId() + " " + row.eClass().getName() + " " + (row instanceof Booking booking ? booking.getStartTime() : ""))
                .toList();
    }
}
