package org.fieldbook.ui.internal.workorders;

import java.util.Locale;
import java.util.Set;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.fieldbook.model.WorkOrderSystemStatus;
import org.fieldbook.store.LocalStore;
import org.fieldbook.store.WorkOrderQuery;
import org.fieldbook.store.WorkOrderSummary;
import org.fieldbook.ui.WidgetIds;
import org.fieldbook.ui.internal.widgets.TouchSize;
import org.fieldbook.ui.internal.widgets.UiFonts;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Every work order on the device, filtered by status and searched as the technician types (number,
 * account, address). Tapping a row, or Enter on it, opens the work order in the form.
 */
public final class WorkOrdersPart {

    public static final String PART_ID = "org.fieldbook.ui.part.workorders";
    static final String SEARCH_LABEL = "Search";
    static final String STATUS_LABEL = "Status";
    static final String ALL_STATUSES = "All statuses";
    static final String ID_TABLE = "workorders.table";
    static final String ID_COUNT = "workorders.count";

    private final LocalStore store;
    private final WorkOrderOpener opener;
    private Text search;
    private Combo status;
    private Label count;
    private WorkOrderSearch query;

    @Inject
    public WorkOrdersPart(LocalStore store, @Optional WorkOrderOpener opener) {
        this.store = store;
        this.opener = opener;
    }

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(4, false));
        search = TouchSize.grid(UiFonts.body(new Text(labelled(parent, SEARCH_LABEL), SWT.SEARCH | SWT.ICON_CANCEL)), true);
        search.setMessage("Number, account or address");
        status = TouchSize.grid(UiFonts.body(new Combo(labelled(parent, STATUS_LABEL), SWT.READ_ONLY)), false);
        status.add(ALL_STATUSES);
        WorkOrderSystemStatus.VALUES.forEach(value -> status.add(value.getLiteral()));
        status.select(0);
        count = WidgetIds.name(UiFonts.body(new Label(parent, SWT.NONE)), ID_COUNT);
        count.setText(WorkOrderTable.LOADING);
        count.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
        Table table = WidgetIds.name(WorkOrderTable.create(parent, index -> query.row(index)), ID_TABLE);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        table.addListener(SWT.Selection, this::open);
        table.addListener(SWT.DefaultSelection, this::open);
        query = new WorkOrderSearch(store, table, matches -> count.setText(summary(matches)));
        search.addListener(SWT.Modify, event -> requery());
        status.addListener(SWT.Selection, event -> requery());
        requery();
    }

    @Focus
    public void setFocus() {
        search.setFocus();
    }

    static String summary(int matches) {
        return switch (matches) {
        case 0 -> "No work orders match";
        case 1 -> "1 work order";
        default -> String.format(Locale.ENGLISH, "%,d work orders", matches);
        };
    }

    private void requery() {
        int selected = status.getSelectionIndex();
        Set<WorkOrderSystemStatus> statuses = selected <= 0 ? Set.of() : Set.of(WorkOrderSystemStatus.VALUES.get(selected - 1));
        query.request(new WorkOrderQuery(statuses, search.getText(), 0, WorkOrderPages.PAGE_SIZE));
    }

    private void open(Event event) {
        if (opener != null && event.item instanceof TableItem item && WorkOrderTable.summary(item) instanceof WorkOrderSummary row) {
            opener.open(row.id());
        }
    }

    private static Composite labelled(Composite parent, String text) {
        UiFonts.body(new Label(parent, SWT.NONE)).setText(text);
        return parent;
    }
}
