package org.fieldbook.ui.internal.workorders;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.fieldbook.store.internal.DerbyLocalStore;
import org.fieldbook.ui.WidgetIds;

/**
 * The work order form in a JVM of its own, for {@link TypedTextSurvivesAKillTest} to type into and kill. It
 * opens the store in the folder named by its first argument, shows work order {@code wo-1} and says where the
 * technician's summary is ("field X Y", with the field focused), what it shows ("shows TEXT"), when an edit has
 * been committed and what the store then holds ("saved TEXT"), and when the field lost focus ("left the
 * field"). It runs until killed.
 */
public final class FormUntilKilled {

    private FormUntilKilled() {
    }

    public static void main(String[] args) {
        DerbyLocalStore store = WorkOrderFixtures.open(Path.of(args[0]));
        store.outbox().addEditListener(() -> System.out.println("saved "
                + store.workOrders().details("wo-1").map(details -> details.workOrder().getSummary()).orElse("")));
        Display display = new Display();
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setBounds(0, 0, 1000, 760);
        WorkOrderFormPart part = new WorkOrderFormPart(store, MBasicFactory.INSTANCE.createPart(), null, null);
        part.open("wo-1");
        part.createControls(shell);
        shell.open();
        Text field = null;
        while (field == null) {
            field = summary(shell).orElse(null);
            if (field == null && !display.readAndDispatch()) {
                display.sleep();
            }
        }
        field.setFocus();
        field.addListener(SWT.FocusOut, event -> System.out.println("left the field"));
        Rectangle bounds = display.map(field.getParent(), null, field.getBounds());
        Point middle = new Point(bounds.x + bounds.width / 2, bounds.y + Math.min(bounds.height / 2, 20));
        System.out.println("shows " + field.getText());
        System.out.println("field " + middle.x + " " + middle.y);
        while (!shell.isDisposed()) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
    }

    private static Optional<Text> summary(Control control) {
        if (control instanceof Text text && NotesSection.ID.equals(text.getData(WidgetIds.KEY))) {
            return Optional.of(text);
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Optional<Text> found = summary(child);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
