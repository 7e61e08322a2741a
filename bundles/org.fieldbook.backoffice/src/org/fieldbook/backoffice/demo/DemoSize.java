package org.fieldbook.backoffice.demo;

/**
 * How much demo data to make.
 *
 * @param technicians technicians, each with a bookable resource
 * @param workOrders work orders, each with one or two bookings, an incident, service tasks and lines
 * @param accounts service accounts the work orders are spread over
 * @param products the product catalogue
 */
public record DemoSize(int technicians, int workOrders, int accounts, int products) {

    private static final int MIN_TECHNICIANS = 3;

    public DemoSize {
        if (technicians < 1 || workOrders < 0 || accounts < 1 || products < 1) {
            throw new IllegalArgumentException("Demo data needs at least one technician, account and product");
        }
    }

    /** A handful: three technicians, thirty work orders. */
    public static DemoSize small() {
        return new DemoSize(3, 30, 10, 20);
    }

    /**
     * @return a data set with {@code workOrders} work orders and the rest in proportion: a technician per thirty
     *         work orders, but at least three (as many as there are work orders below three), so that even a
     *         small demo has colleagues, each with bookings
     */
    public static DemoSize ofWorkOrders(int workOrders) {
        int technicians = Math.max(Math.min(MIN_TECHNICIANS, workOrders), workOrders / 30);
        return new DemoSize(Math.max(1, technicians), workOrders, Math.max(1, workOrders / 10), Math.max(10, Math.min(2_000, workOrders / 50)));
    }
}
