package org.fieldbook.ui.internal.notes;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.fieldbook.model.LineStatus;
import org.fieldbook.model.Product;
import org.fieldbook.model.TimeEntry;
import org.fieldbook.model.TimeEntryType;
import org.fieldbook.model.WorkOrderServiceTask;
import org.fieldbook.store.WorkOrderDetails;

/**
 * What the customer signs for: the tasks done, the products and services used (estimated lines were not used,
 * so they are left out) and the time on the job. Time on the job is the work the status flow recorded, travel
 * and breaks not counted; an entry still running counts up to now.
 *
 * @param workOrder the work order's number
 * @param tasksDone names of the tasks at 100 %
 * @param taskCount how many tasks the work order has
 * @param products e.g. "Air filter: 2 pcs"
 * @param services e.g. "Inspection: 30 min"
 * @param onTheJob the time worked
 */
public record CompletionSummary(String workOrder, List<String> tasksDone, int taskCount, List<String> products,
        List<String> services, Duration onTheJob) {

    private static final Set<TimeEntryType> WORKING = Set.of(TimeEntryType.WORK, TimeEntryType.OVERTIME);

    public static CompletionSummary of(WorkOrderDetails details, Clock clock) {
        return new CompletionSummary(details.workOrder().getNumber(),
                details.tasks().stream().filter(WorkOrderServiceTask::isCompleted).map(task -> name(task.getName())).toList(),
                details.tasks().size(),
                details.products().stream().filter(line -> line.getLineStatus() == LineStatus.USED)
                        .map(line -> name(line.getProduct()) + ": " + amount(line.getQuantity()) + " pcs").toList(),
                details.services().stream().filter(line -> line.getLineStatus() == LineStatus.USED)
                        .map(line -> name(line.getService()) + ": " + line.getDuration() + " min").toList(),
                worked(details.timeEntries(), clock.instant()));
    }

    /** @return the summary as lines of text, as the sign dialog shows it and the signature note keeps it */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("Tasks done: " + tasksDone.size() + " of " + taskCount);
        tasksDone.forEach(task -> lines.add("  \u2713 " + task));
        lines.add("Products used: " + (products.isEmpty() ? "none" : ""));
        products.forEach(product -> lines.add("  " + product));
        lines.add("Services used: " + (services.isEmpty() ? "none" : ""));
        services.forEach(service -> lines.add("  " + service));
        lines.add("Time on the job: " + hours(onTheJob));
        return lines;
    }

    /** @return e.g. "1 h 05 min" */
    static String hours(Duration time) {
        return time.toHours() == 0 ? time.toMinutesPart() + " min"
                : time.toHours() + " h " + String.format("%02d", time.toMinutesPart()) + " min";
    }

    private static Duration worked(List<TimeEntry> entries, Instant now) {
        return entries.stream().filter(entry -> WORKING.contains(entry.getType()))
                .map(entry -> entry.getEnd() != null ? Duration.ofMinutes(entry.getDuration())
                        : Duration.between(entry.getStart(), now))
                .filter(time -> !time.isNegative())
                .reduce(Duration.ZERO, Duration::plus);
    }

    private static String amount(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String name(Product item) {
        return item == null ? "(unknown item)" : name(item.getName() != null ? item.getName() : item.getId());
    }

    private static String name(String name) {
        return name == null || name.isBlank() ? "(unnamed)" : name;
    }
}
