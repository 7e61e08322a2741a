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
 * The work order's instructions and the technician's notes in them. Typing makes the part dirty; the
 * text is saved when the field loses focus or the part is saved ({@code @Persist}), not per keystroke,
 * so one edit becomes one outbox entry.
 */
final class NotesSection {

    static final String LABEL = "Instructions";
    static final String ID = "workorder.instructions";

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
        FormWidgets.label(section, LABEL);
        text = WidgetIds.name(UiFonts.body(new Text(section, SWT.MULTI | SWT.WRAP | SWT.BORDER | SWT.V_SCROLL)), ID);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.heightHint = text.getLineHeight() * 5;
        text.setLayoutData(data);
        text.setText(workOrder.getInstructions() == null ? "" : workOrder.getInstructions());
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
        editor.set(workOrder, FieldbookPackage.Literals.WORK_ORDER__INSTRUCTIONS, typed, message,
                () -> dirty.setDirty(!text.isDisposed() && !typed.equals(text.getText())));
    }

    private String stored() {
        return workOrder.getInstructions() == null ? "" : workOrder.getInstructions();
    }
}
