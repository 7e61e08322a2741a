package org.fieldbook.ui.internal.workorders;

import java.util.List;
import java.util.Set;

import org.fieldbook.model.Product;

/**
 * Which catalogue items a line section offers. The device's product table holds products and services alike
 * and carries no type, so an item that some work order on the device uses as a service counts as a service:
 * "Service visit (hour)" is offered under services and no longer under products.
 */
final class Catalogue {

    private Catalogue() {
    }

    static List<Product> of(LineKind kind, WorkOrderFormData data) {
        Set<String> services = data.serviceItems();
        if (services.isEmpty()) {
            return data.catalogue(); // nothing tells them apart: offer everything in both
        }
        boolean wantServices = kind == LineKind.SERVICES;
        return data.catalogue().stream().filter(item -> services.contains(item.getId()) == wantServices).toList();
    }
}
