package org.fieldbook.ui.internal.workorders;

import java.util.Objects;

import org.eclipse.e4.ui.model.application.ui.MDirtyable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.WorkOrder;
import org.fieldbook.ui.WidgetIds;
import org.fieldbook.ui.internal.widgets.UiFonts;

/**
 * The office's instructions, to read, and the technician's summary of the work, to write: two fields, as Field
 * Service keeps them apart, so that the technician and the dispatcher no longer write the same one. The summary
 * is saved while the technician types ({@link SaveWhileTyping}); typing makes the part dirty until the store
 * took the text.
 */
final class NotesSection {

    static final String INSTRUCTIONS_LABEL = "Instructions from the office";
    static final String INSTRUCTIONS_ID = "workorder.instructions";
    static final String LABEL = "Your summary of the work";
    static final String ID = "workorder.summary";
    private static final int LINES = 5;

    private final WorkOrder workOrder;
    private final LocalEditor editor;
    private final MDirtyable dirty;
    private final Text text;
    private final FieldMessage message;

    NotesSection(Composite form, WorkOrder workOrder, LocalEditor editor, MDirtyable dirty) {
        this.workOrder = workOrder;
        this.editor = editor;
        this.dirty = dirty;
        Composite section = FormWidgets.section(form, "Notes", 1);
        FormWidgets.label(section, INSTRUCTIONS_LABEL);
        Text instructions = field(section, INSTRUCTIONS_ID, SWT.READ_ONLY);
        instructions.setText(workOrder.getInstructions() == null ? "" : workOrder.getInstructions());
        FormWidgets.label(section, LABEL);
        text = field(section, ID, SWT.NONE);
        text.setText(stored());
        message = new FieldMessage(section, ID + ".message", 1);
        text.addListener(SWT.Modify, event -> dirty.setDirty(!Objects.equals(stored(), text.getText())));
        SaveWhileTyping.on(text, this::save);
    }

    /** Saves typed text not saved yet; the part stays dirty until the store took it. */
    void save() {
        if (text.isDisposed() || Objects.equals(stored(), text.getText())) {
            return;
        }
        String typed = text.getText();
        editor.set(workOrder, FieldbookPackage.Literals.WORK_ORDER__SUMMARY, typed, message,
                () -> dirty.setDirty(!text.isDisposed() && !typed.equals(text.getText())));
    }

    private static Text field(Composite section, String id, int style) {
        Text field = WidgetIds.name(UiFonts.body(new Text(section, SWT.MULTI | SWT.WRAP | SWT.BORDER | SWT.V_SCROLL | style)), id);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.heightHint = field.getLineHeight() * LINES;
        field.setLayoutData(data);
        return field;
    }

    private String stored() {
        return workOrder.getSummary() == null ? "" : workOrder.getSummary();
    }
}
