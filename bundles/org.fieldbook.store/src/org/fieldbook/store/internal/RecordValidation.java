package org.fieldbook.store.internal;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.fieldbook.model.Record;
import org.fieldbook.store.InvalidRecordException;

/** Runs the model's constraints (EMF validation) before anything is written. */
final class RecordValidation {

    private RecordValidation() {
    }

    static void requireValid(Record record) {
        Diagnostic result = Diagnostician.INSTANCE.validate(record);
        if (result.getSeverity() >= Diagnostic.ERROR) {
            List<String> problems = result.getChildren().stream()
                    .filter(child -> child.getSeverity() >= Diagnostic.ERROR)
                    .map(Diagnostic::getMessage)
                    .toList();
            throw new InvalidRecordException(problems.isEmpty() ? List.of(result.getMessage()) : problems);
        }
    }
}
