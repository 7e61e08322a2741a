package org.fieldbook.ui.internal.workorders;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.fieldbook.model.WorkOrder;
import org.fieldbook.ui.internal.widgets.UiFonts;

/** The work order at a glance: number and status as the title, then who, where and what. */
final class HeaderSection {

    /** Space between a fact's name and its value, so "Incident type" never runs into it. */
    private static final int LABEL_GAP = 24;

    private HeaderSection() {
    }

    static void create(Composite form, WorkOrder workOrder) {
        Label title = new Label(form, SWT.NONE);
        title.setText(title(workOrder));
        title.setFont(UiFonts.title(title));
        Composite facts = new Composite(form, SWT.NONE);
        GridLayout columns = new GridLayout(2, false);
        columns.horizontalSpacing = LABEL_GAP;
        facts.setLayout(columns);
        facts.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        FormWidgets.fact(facts, "Priority", workOrder.getPriority() == null ? null : workOrder.getPriority().getLiteral());
        FormWidgets.fact(facts, "Account", workOrder.getServiceAccount() == null ? null : workOrder.getServiceAccount().getName());
        FormWidgets.fact(facts, "Incident type",
                workOrder.getPrimaryIncidentType() == null ? null : workOrder.getPrimaryIncidentType().getName());
    }

    static String title(WorkOrder workOrder) {
        String status = workOrder.getSystemStatus() == null ? "" : " \u00b7 " + workOrder.getSystemStatus().getLiteral();
        return (workOrder.getNumber() == null ? "Work order" : workOrder.getNumber()) + status;
    }

    static String address(WorkOrder workOrder) {
        String town = join(" ", workOrder.getPostalCode(), workOrder.getCity());
        return join(", ", workOrder.getAddress1(), workOrder.getAddress2(), workOrder.getAddress3(), town,
                workOrder.getStateOrProvince(), workOrder.getCountry());
    }

    private static String join(String separator, String... parts) {
        return Stream.of(parts).filter(Objects::nonNull).filter(part -> !part.isBlank()).collect(Collectors.joining(separator));
    }
}
