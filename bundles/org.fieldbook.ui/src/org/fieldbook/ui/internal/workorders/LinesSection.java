package org.fieldbook.ui.internal.workorders;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.fieldbook.model.Booking;
import org.fieldbook.model.FieldbookFactory;
import org.fieldbook.model.LineStatus;
import org.fieldbook.model.Product;
import org.fieldbook.model.Record;
import org.fieldbook.model.WorkOrder;
import org.fieldbook.ui.WidgetIds;
import org.fieldbook.ui.internal.widgets.NumberPad;
import org.fieldbook.ui.internal.widgets.TouchSize;
import org.fieldbook.ui.internal.widgets.UiFonts;

/**
 * Products or services used: each line's amount, changed by typing or with [−] and [+], a button to
 * remove it, and a catalogue pick to add one. Every change is saved at once.
 */
final class LinesSection {

    /** Name, amount, unit, [−], [+], number pad, Remove. */
    private static final int COLUMNS = 7;
    static final String PAD = "123";
    private final LineKind kind;
    private final WorkOrder workOrder;
    private final Booking booking;
    private final LocalEditor editor;
    private final List<Record> lines;
    private final Composite rows;
    private final FieldMessage addMessage;

    private LinesSection(Composite section, LineKind kind, WorkOrderFormData data, List<? extends Record> lines, LocalEditor editor) {
        this.kind = kind;
        this.workOrder = data.details().workOrder();
        this.booking = data.details().bookings().isEmpty() ? null : data.details().bookings().get(0);
        this.editor = editor;
        this.lines = new ArrayList<>(lines);
        rows = new Composite(section, SWT.NONE);
        rows.setLayout(new GridLayout(COLUMNS, false));
        rows.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        FormWidgets.label(section, kind.addLabel());
        Combo catalogue = TouchSize.grid(UiFonts.body(new Combo(section, SWT.READ_ONLY)), true);
        WidgetIds.name(catalogue, kind.noun() + ".catalogue");
        List<Product> items = Catalogue.of(kind, data);
        items.forEach(item -> catalogue.add(name(item)));
        FormWidgets.button(section, kind.addLabel(), kind.addLabel() + " from the catalogue",
                () -> add(items, catalogue.getSelectionIndex()));
        addMessage = new FieldMessage(section, kind.noun() + ".add.message", 3);
        showRows();
    }

    static void create(Composite form, LineKind kind, WorkOrderFormData data, List<? extends Record> lines, LocalEditor editor) {
        new LinesSection(FormWidgets.section(form, kind.title(), 3), kind, data, lines, editor);
    }

    private void showRows() {
        for (Control old : rows.getChildren()) {
            old.dispose();
        }
        lines.forEach(this::row);
        rows.requestLayout();
    }

    private void row(Record line) {
        String name = name((Product) line.eGet(kind.item()));
        String id = kind.noun() + "." + line.getId();
        FormWidgets.label(rows, name).setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Text amount = FormWidgets.numberField(rows, id + ".amount");
        amount.setText(Amounts.text(line.eGet(kind.amount())));
        FormWidgets.label(rows, kind.unit());
        FieldMessage message = new FieldMessage(rows, id + ".message", COLUMNS);
        Runnable shown = () -> amount.setText(Amounts.text(line.eGet(kind.amount())));
        String step = Amounts.text(kind.step());
        WidgetIds.name(FormWidgets.button(rows, "\u2212" + step, "Less " + name, () -> step(line, -kind.step(), message, shown)),
                id + ".less");
        WidgetIds.name(FormWidgets.button(rows, "+" + step, "More " + name, () -> step(line, kind.step(), message, shown)),
                id + ".more");
        WidgetIds.name(FormWidgets.button(rows, PAD, "Type the amount of " + name,
                () -> pad(line, name, amount, message, shown)), id + ".pad");
        FormWidgets.button(rows, "Remove", "Remove " + name, () -> editor.delete(line, message, () -> {
            lines.remove(line);
            showRows();
        }));
        SaveWhileTyping.on(amount, () -> typed(line, amount, message, shown));
        message.moveToEnd();
    }

    private void step(Record line, double by, FieldMessage message, Runnable shown) {
        double now = Amounts.value(editor.latest(line, kind.amount()));
        editor.set(line, kind.amount(), Amounts.of(now + by, kind.amount()), message, shown);
    }

    private void pad(Record line, String name, Text amount, FieldMessage message, Runnable shown) {
        NumberPad.ask(rows.getShell(), name, amount.getText(), kind.unit(), kind.common()).ifPresent(typed -> {
            amount.setText(typed);
            typed(line, amount, message, shown);
        });
    }

    private void typed(Record line, Text amount, FieldMessage message, Runnable shown) {
        Amounts.parse(amount.getText(), kind.amount()).ifPresentOrElse(value -> editor.set(line, kind.amount(), value, message, shown),
                () -> message.show(List.of(Amounts.notANumber(kind.amount(), amount.getText()))));
    }

    private void add(List<Product> catalogue, int index) {
        if (index < 0) {
            addMessage.show(List.of("Choose a " + kind.noun() + " first"));
            return;
        }
        Record line = (Record) FieldbookFactory.eINSTANCE.create(kind.table());
        line.eSet(kind.workOrder(), workOrder);
        line.eSet(kind.item(), catalogue.get(index));
        line.eSet(kind.booking(), booking);
        line.eSet(kind.lineStatus(), LineStatus.USED);
        line.eSet(kind.amount(), Amounts.of(kind.step(), kind.amount()));
        editor.create(line, addMessage, () -> {
            lines.add(line);
            showRows();
        });
    }

    private static String name(Product item) {
        if (item == null) {
            return "(unknown item)";
        }
        return item.getName() != null ? item.getName() : item.getId();
    }
}
