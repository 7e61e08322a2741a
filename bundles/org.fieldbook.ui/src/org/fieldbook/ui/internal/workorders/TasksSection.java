package org.fieldbook.ui.internal.workorders;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.TaskResult;
import org.fieldbook.model.WorkOrderServiceTask;
import org.fieldbook.ui.WidgetIds;
import org.fieldbook.ui.internal.widgets.TouchSize;
import org.fieldbook.ui.internal.widgets.UiFonts;

/** The service tasks to tick off, each with its percent complete and result. */
final class TasksSection {

    static final String NO_RESULT = "No result yet";
    private static final EAttribute PERCENT = FieldbookPackage.Literals.WORK_ORDER_SERVICE_TASK__PERCENT_COMPLETE;
    private static final double DONE = 100;

    private final LocalEditor editor;

    private TasksSection(LocalEditor editor) {
        this.editor = editor;
    }

    static void create(Composite form, List<WorkOrderServiceTask> tasks, LocalEditor editor) {
        if (tasks.isEmpty()) {
            return;
        }
        Composite section = FormWidgets.section(form, "Tasks", 4);
        TasksSection rows = new TasksSection(editor);
        tasks.forEach(task -> rows.row(section, task));
    }

    private void row(Composite section, WorkOrderServiceTask task) {
        String id = "task." + task.getId();
        Button done = WidgetIds.name(UiFonts.body(new Button(section, SWT.CHECK)), id + ".done");
        done.setText(task.getName() == null ? "(unnamed task)" : task.getName());
        TouchSize.grid(done, true);
        FormWidgets.label(section, "% complete");
        Text percent = FormWidgets.numberField(section, id + ".percent");
        Combo result = TouchSize.grid(WidgetIds.name(UiFonts.body(new Combo(section, SWT.READ_ONLY)), id + ".result"), false);
        result.add(NO_RESULT);
        TaskResult.VALUES.forEach(value -> result.add(value.getLiteral()));
        FieldMessage message = new FieldMessage(section, id + ".message", 4);
        Runnable show = () -> show(task, done, percent, result);
        show.run();
        done.addListener(SWT.Selection, event -> editor.set(task, PERCENT, done.getSelection() ? DONE : 0.0, message, show));
        SaveWhileTyping.on(percent, () -> percent(task, percent, message, show));
        result.addListener(SWT.Selection, event -> {
            if (result.getSelectionIndex() > 0) {
                editor.set(task, FieldbookPackage.Literals.WORK_ORDER_SERVICE_TASK__RESULT,
                        TaskResult.VALUES.get(result.getSelectionIndex() - 1), message, show);
            }
        });
    }

    private void percent(WorkOrderServiceTask task, Text percent, FieldMessage message, Runnable show) {
        Amounts.parse(percent.getText(), PERCENT).ifPresentOrElse(value -> editor.set(task, PERCENT, value, message, show),
                () -> message.show(List.of(Amounts.notANumber(PERCENT, percent.getText()))));
    }

    private static void show(WorkOrderServiceTask task, Button done, Text percent, Combo result) {
        done.setSelection(task.isCompleted());
        percent.setText(Amounts.text(task.getPercentComplete()));
        boolean hasResult = task.eIsSet(FieldbookPackage.Literals.WORK_ORDER_SERVICE_TASK__RESULT);
        result.select(hasResult ? TaskResult.VALUES.indexOf(task.getResult()) + 1 : 0);
    }
}
