package org.fieldbook.model.validation;

import java.util.Optional;

import org.fieldbook.model.Booking;
import org.fieldbook.model.DownloadFilter;
import org.fieldbook.model.OfflineProfileItem;
import org.fieldbook.model.TimeEntry;
import org.fieldbook.model.WorkOrder;
import org.fieldbook.model.WorkOrderProduct;
import org.fieldbook.model.WorkOrderService;
import org.fieldbook.model.WorkOrderServiceTask;

/**
 * The model's constraints, each giving a message that names the offending field, or nothing when the
 * record satisfies it. The generated {@code FieldbookValidator} reports them as EMF diagnostics.
 */
public final class FieldRules {

    static final int MIN_SYNC_INTERVAL = 5;
    static final int MAX_SYNC_INTERVAL = 1440;

    private FieldRules() {
    }

    public static Optional<String> endNotBeforeStart(Booking booking) {
        boolean broken = booking.getStartTime() != null && booking.getEndTime() != null
                && booking.getEndTime().isBefore(booking.getStartTime());
        return broken ? Optional.of("endTime " + booking.getEndTime() + " is before startTime " + booking.getStartTime())
                : Optional.empty();
    }

    public static Optional<String> durationNotNegative(Booking booking) {
        return notNegative("duration", booking.getDuration());
    }

    public static Optional<String> endNotBeforeStart(TimeEntry entry) {
        boolean broken = entry.getStart() != null && entry.getEnd() != null && entry.getEnd().isBefore(entry.getStart());
        return broken ? Optional.of("end " + entry.getEnd() + " is before start " + entry.getStart()) : Optional.empty();
    }

    public static Optional<String> durationNotNegative(TimeEntry entry) {
        return notNegative("duration", entry.getDuration());
    }

    public static Optional<String> coordinatesInRange(WorkOrder workOrder) {
        return inRange("latitude", workOrder.getLatitude(), -90, 90)
                .or(() -> inRange("longitude", workOrder.getLongitude(), -180, 180));
    }

    public static Optional<String> percentCompleteInRange(WorkOrderServiceTask task) {
        return inRange("percentComplete", task.getPercentComplete(), 0, 100);
    }

    public static Optional<String> durationsNotNegative(WorkOrderServiceTask task) {
        return notNegative("estimatedDuration", task.getEstimatedDuration())
                .or(() -> notNegative("actualDuration", task.getActualDuration()));
    }

    public static Optional<String> quantitiesNotNegative(WorkOrderProduct product) {
        return notNegative("quantity", product.getQuantity())
                .or(() -> notNegative("estimateQuantity", product.getEstimateQuantity()));
    }

    public static Optional<String> durationNotNegative(WorkOrderService service) {
        return notNegative("duration", service.getDuration());
    }

    public static Optional<String> syncIntervalInRange(OfflineProfileItem item) {
        return inRange("syncIntervalMinutes", item.getSyncIntervalMinutes(), MIN_SYNC_INTERVAL, MAX_SYNC_INTERVAL);
    }

    public static Optional<String> customFilterPresent(OfflineProfileItem item) {
        boolean missing = item.getDownloadFilter() == DownloadFilter.CUSTOM_FILTER
                && (item.getCustomFilter() == null || item.getCustomFilter().isBlank());
        return missing ? Optional.of("customFilter is empty, but the download filter is a custom data filter")
                : Optional.empty();
    }

    private static Optional<String> notNegative(String field, double value) {
        return value < 0 ? Optional.of(field + " must not be negative, but is " + format(value)) : Optional.empty();
    }

    private static Optional<String> inRange(String field, double value, double min, double max) {
        return value < min || value > max
                ? Optional.of(field + " must be between " + format(min) + " and " + format(max) + ", but is " + format(value))
                : Optional.empty();
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
