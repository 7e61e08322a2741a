package org.fieldbook.ui.internal.conflicts;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.fieldbook.model.Conflict;
import org.fieldbook.model.ConflictResolution;

/** The words the conflict list shows for a conflict. */
final class ConflictTexts {

    static final List<String> COLUMNS = List.of("Record", "When", "State");
    static final String NEEDS_CHOICE = "Needs your choice";
    static final String DEVICE_WON = "Your change won \u2013 see what the office had";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm");

    private ConflictTexts() {
    }

    /** @param record the record in words, e.g. "Work order WO-000005" */
    static String[] cells(Conflict conflict, String record, ZoneId zone) {
        return new String[] { record, WHEN.format(conflict.getDetectedAt().atZone(zone)), state(conflict) };
    }

    static String summary(List<Conflict> conflicts) {
        long open = conflicts.stream().filter(conflict -> conflict.getResolution() == ConflictResolution.OPEN).count();
        if (conflicts.isEmpty()) {
            return "No conflicts to review.";
        }
        return open + " waiting for your choice, " + (conflicts.size() - open)
                + " your device won. Pick one to compare it field by field.";
    }

    private static String state(Conflict conflict) {
        return conflict.getResolution() == ConflictResolution.OPEN ? NEEDS_CHOICE : DEVICE_WON;
    }
}
