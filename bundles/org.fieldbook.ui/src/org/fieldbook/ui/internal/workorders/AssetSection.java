package org.fieldbook.ui.internal.workorders;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.fieldbook.model.CustomerAsset;
import org.fieldbook.model.Product;
import org.fieldbook.ui.WidgetIds;

/**
 * The equipment the job is about and what was done on site before: the customer asset's details and the
 * earlier visits the device holds, newest first.
 */
final class AssetSection {

    static final String ID_HISTORY = "workorder.history";
    static final String NO_HISTORY = "No earlier visits on this device";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy");

    private AssetSection() {
    }

    static void create(Composite form, WorkOrderFormData data, ZoneId zone) {
        Composite section = FormWidgets.section(form, "Asset and service history", 2);
        CustomerAsset asset = data.details().workOrder().getCustomerAsset();
        FormWidgets.fact(section, "Asset", asset == null ? null : asset.getName());
        FormWidgets.fact(section, "Product", asset == null ? null : productName(data.catalogue(), asset.getProduct()));
        FormWidgets.label(section, "Earlier visits").setLayoutData(new GridData(SWT.BEGINNING, SWT.TOP, false, false));
        Composite visits = WidgetIds.name(new Composite(section, SWT.NONE), ID_HISTORY);
        visits.setLayout(new GridLayout(1, false));
        visits.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        if (data.history().isEmpty()) {
            FormWidgets.label(visits, NO_HISTORY);
        }
        data.history().forEach(visit -> {
            Label line = FormWidgets.label(visits, line(visit, zone));
            line.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        });
    }

    /** @return e.g. "Tue 24 Nov 2026 · WO-000019 · Completed · Noisy fan" */
    static String line(ServiceHistory.Visit visit, ZoneId zone) {
        return Stream.of(visit.when() == null ? null : visit.when().atZone(zone).format(DAY), visit.number(), visit.status(),
                visit.incidentType()).filter(Objects::nonNull).collect(Collectors.joining(" \u00b7 "));
    }

    /** The asset's product from the catalogue: the asset row holds only its key. */
    private static String productName(List<Product> catalogue, Product product) {
        return product == null ? null
                : catalogue.stream().filter(item -> item.getId().equals(product.getId())).map(Product::getName).findFirst()
                        .orElse(product.getName());
    }
}
