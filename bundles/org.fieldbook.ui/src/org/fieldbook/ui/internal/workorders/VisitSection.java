package org.fieldbook.ui.internal.workorders;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.fieldbook.model.Account;
import org.fieldbook.model.Contact;
import org.fieldbook.model.WorkOrder;
import org.fieldbook.ui.UriLauncher;
import org.fieldbook.ui.WidgetIds;
import org.fieldbook.ui.internal.launch.VisitUris;

/**
 * Getting there and getting hold of someone: the address with Navigate, which opens it in the maps app,
 * and the contact with Call, which dials them. The contact's number, or else the account's.
 */
final class VisitSection {

    static final String NAVIGATE = "Navigate";
    static final String CALL = "Call";

    private VisitSection() {
    }

    /** @param launcher hands the URIs to the operating system; without one, the buttons are disabled */
    static void create(Composite form, WorkOrder workOrder, UriLauncher launcher) {
        Composite section = FormWidgets.section(form, "Where and who", 3);
        String address = HeaderSection.address(workOrder);
        FormWidgets.fact(section, "Address", address);
        action(section, NAVIGATE, "workorder.navigate", address.isBlank() ? null : VisitUris.maps(address), launcher);
        Contact contact = workOrder.getReportedByContact();
        String phone = phone(workOrder);
        String who = contact == null || contact.getFullName() == null ? null : contact.getFullName();
        FormWidgets.fact(section, "Contact", phone == null ? who : who == null ? phone : who + " \u00b7 " + phone);
        action(section, CALL, "workorder.call", phone == null ? null : VisitUris.tel(phone), launcher);
    }

    /** @return the contact's phone number, else the account's, else null */
    static String phone(WorkOrder workOrder) {
        Contact contact = workOrder.getReportedByContact();
        if (contact != null && contact.getTelephone1() != null && !contact.getTelephone1().isBlank()) {
            return contact.getTelephone1();
        }
        Account account = workOrder.getServiceAccount();
        return account == null || account.getTelephone1() == null || account.getTelephone1().isBlank() ? null
                : account.getTelephone1();
    }

    private static void action(Composite section, String text, String id, String uri, UriLauncher launcher) {
        Button button = WidgetIds.name(FormWidgets.button(section, text, uri, () -> launcher.launch(uri)), id);
        button.setEnabled(uri != null && launcher != null);
        ((GridData) button.getLayoutData()).horizontalAlignment = SWT.END;
    }
}
