package org.fieldbook.backoffice.demo;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import org.eclipse.emf.ecore.EClass;
import org.fieldbook.model.Account;
import org.fieldbook.model.BookableResource;
import org.fieldbook.model.Booking;
import org.fieldbook.model.BookingState;
import org.fieldbook.model.BookingStatus;
import org.fieldbook.model.Contact;
import org.fieldbook.model.CustomerAsset;
import org.fieldbook.model.FieldServiceStatus;
import org.fieldbook.model.FieldbookFactory;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.IncidentType;
import org.fieldbook.model.LineStatus;
import org.fieldbook.model.Product;
import org.fieldbook.model.Record;
import org.fieldbook.model.WorkOrder;
import org.fieldbook.model.WorkOrderIncident;
import org.fieldbook.model.WorkOrderPriority;
import org.fieldbook.model.WorkOrderProduct;
import org.fieldbook.model.WorkOrderService;
import org.fieldbook.model.WorkOrderServiceTask;
import org.fieldbook.model.WorkOrderSystemStatus;

/**
 * Makes believable field-service data: technicians with bookings spread over thirty days either side
 * of today, work orders with their account, contact, asset, incident, service tasks, products and
 * services. The same seed, day and size always give the same rows, keys included.
 */
public final class DemoDataGenerator {

    /** Bookings fall this many days before or after today. */
    public static final int SPREAD_DAYS = 30;

    private static final FieldbookFactory MODEL = FieldbookFactory.eINSTANCE;
    private static final String[] FIRST_NAMES = { "Ada", "Ben", "Chloe", "Dev", "Elif", "Farid", "Grace", "Hugo", "Ines",
        "Jonas", "Kira", "Luca", "Mei", "Nils", "Olga", "Priya" };
    private static final String[] LAST_NAMES = { "Adams", "Berg", "Costa", "Dubois", "Eriksen", "Fischer", "Garcia", "Haas",
        "Ivanova", "Jansen", "Kowalski", "Larsen", "Moreau", "Novak", "Okafor", "Petrov" };
    private static final String[] COMPANY_WORDS = { "Contoso", "Fabrikam", "Northwind", "Tailspin", "Litware", "Proseware",
        "Adatum", "Wingtip", "Lucerne", "Humongous", "Alpine", "Coho" };
    private static final String[] COMPANY_KINDS = { "Dairy", "Bakery", "Hotel", "Clinic", "Brewery", "Cold Storage", "Market",
        "School", "Laboratory", "Data Centre" };
    private static final String[] STREETS = { "Mill Road", "High Street", "Station Road", "Harbour Street", "Church Lane",
        "Quarry Row", "Orchard Way", "Bridge Street", "Market Square", "Forge Lane" };
    private static final String[] CITIES = { "Springfield", "Shelbyville", "Ogdenville", "North Haverbrook", "Capital City",
        "Brockway", "Cypress Creek" };
    private static final String[][] INCIDENTS = {
        { "Compressor failure", "Isolate power", "Replace compressor", "Leak test", "Restart and log readings" },
        { "Annual maintenance", "Inspect filters", "Clean condenser coils", "Check refrigerant charge" },
        { "Water leak", "Locate leak", "Replace seal", "Pressure test" },
        { "No heating", "Check thermostat", "Bleed radiators", "Service burner" },
        { "Noisy fan", "Inspect bearings", "Replace fan motor" } };
    private static final String[] PRODUCT_KINDS = { "Compressor C-", "Filter F-", "Seal kit S-", "Fan motor M-", "Valve V-",
        "Thermostat T-", "Refrigerant R-" };

    private final long seed;
    private final LocalDate today;
    private final ZoneId zone;
    private final SplittableRandom random;

    public DemoDataGenerator(long seed, LocalDate today, ZoneId zone) {
        this.seed = seed;
        this.today = today;
        this.zone = zone;
        this.random = new SplittableRandom(seed);
    }

    public DemoData generate(DemoSize size) {
        Map<EClass, List<Record>> tables = new LinkedHashMap<>();
        List<BookingStatus> statuses = bookingStatuses();
        List<BookableResource> resources = resources(size.technicians());
        List<Product> products = products(size.products());
        List<IncidentType> incidentTypes = incidentTypes();
        List<Account> accounts = accounts(size.accounts());
        List<Contact> contacts = accounts.stream().map(this::contact).toList();
        List<CustomerAsset> assets = accounts.stream().map(account -> asset(account, pick(products))).toList();
        put(tables, FieldbookPackage.Literals.BOOKING_STATUS, statuses);
        put(tables, FieldbookPackage.Literals.BOOKABLE_RESOURCE, resources);
        put(tables, FieldbookPackage.Literals.PRODUCT, products);
        put(tables, FieldbookPackage.Literals.INCIDENT_TYPE, incidentTypes);
        put(tables, FieldbookPackage.Literals.ACCOUNT, accounts);
        put(tables, FieldbookPackage.Literals.CONTACT, contacts);
        put(tables, FieldbookPackage.Literals.CUSTOMER_ASSET, assets);
        Jobs jobs = new Jobs();
        for (int i = 0; i < size.workOrders(); i++) {
            int customer = random.nextInt(accounts.size());
            jobs.add(i, accounts.get(customer), contacts.get(customer), assets.get(customer),
                    resources.get(i % resources.size()), statuses, incidentTypes, products);
        }
        put(tables, FieldbookPackage.Literals.WORK_ORDER, jobs.workOrders);
        put(tables, FieldbookPackage.Literals.BOOKING, jobs.bookings);
        put(tables, FieldbookPackage.Literals.WORK_ORDER_INCIDENT, jobs.incidents);
        put(tables, FieldbookPackage.Literals.WORK_ORDER_SERVICE_TASK, jobs.tasks);
        put(tables, FieldbookPackage.Literals.WORK_ORDER_PRODUCT, jobs.lines);
        put(tables, FieldbookPackage.Literals.WORK_ORDER_SERVICE, jobs.services);
        return new DemoData(tables, resources.stream().map(BookableResource::getUserId).toList());
    }

    /** The work orders and everything hanging off them. */
    private final class Jobs {

        final List<Record> workOrders = new ArrayList<>();
        final List<Record> bookings = new ArrayList<>();
        final List<Record> incidents = new ArrayList<>();
        final List<Record> tasks = new ArrayList<>();
        final List<Record> lines = new ArrayList<>();
        final List<Record> services = new ArrayList<>();

        void add(int index, Account account, Contact contact, CustomerAsset asset, BookableResource technician,
                List<BookingStatus> statuses, List<IncidentType> incidentTypes, List<Product> products) {
            int day = random.nextInt(-SPREAD_DAYS, SPREAD_DAYS + 1);
            int incident = random.nextInt(incidentTypes.size());
            WorkOrder workOrder = record(MODEL.createWorkOrder(), "msdyn_workorder", index);
            workOrder.setNumber(String.format("WO-%06d", index + 1));
            workOrder.setSystemStatus(day < 0 ? WorkOrderSystemStatus.COMPLETED
                    : day == 0 ? WorkOrderSystemStatus.IN_PROGRESS : WorkOrderSystemStatus.SCHEDULED);
            workOrder.setPriority(WorkOrderPriority.VALUES.get(random.nextInt(WorkOrderPriority.VALUES.size())));
            workOrder.setServiceAccount(account);
            workOrder.setReportedByContact(contact);
            workOrder.setCustomerAsset(asset);
            workOrder.setPrimaryIncidentType(incidentTypes.get(incident));
            workOrder.setAddress1(account.getAddress1Line1());
            workOrder.setCity(account.getAddress1City());
            workOrder.setPostalCode(account.getAddress1PostalCode());
            workOrder.setCountry("Freedonia");
            workOrder.setLatitude(52 + random.nextDouble());
            workOrder.setLongitude(13 + random.nextDouble());
            workOrder.setInstructions(random.nextInt(3) == 0 ? "Ask for " + contact.getFullName() + " at reception." : null);
            workOrders.add(workOrder);
            Booking booking = booking(index, 0, workOrder, technician, day, statuses);
            bookings.add(booking);
            if (random.nextInt(10) == 0) {
                bookings.add(booking(index, 1, workOrder, technician, day + 1, statuses));
            }
            WorkOrderIncident workOrderIncident = record(MODEL.createWorkOrderIncident(), "msdyn_workorderincident", index);
            workOrderIncident.setWorkOrder(workOrder);
            workOrderIncident.setIncidentType(incidentTypes.get(incident));
            workOrderIncident.setCustomerAsset(asset);
            workOrderIncident.setPrimary(true);
            workOrderIncident.setIncidentResolved(day < 0);
            incidents.add(workOrderIncident);
            addTasks(index, workOrder, booking, INCIDENTS[incident], day < 0);
            addLines(index, workOrder, booking, products, day < 0);
        }

        private Booking booking(int index, int part, WorkOrder workOrder, BookableResource technician, int day,
                List<BookingStatus> statuses) {
            Booking booking = record(MODEL.createBooking(), "bookableresourcebooking", index * 2 + part);
            int minutes = 30 * (1 + random.nextInt(6));
            Instant start = today.plusDays(day).atTime(8 + random.nextInt(9), 30 * random.nextInt(2)).atZone(zone).toInstant();
            booking.setName(workOrder.getNumber() + " " + workOrder.getServiceAccount().getName());
            booking.setStartTime(start);
            booking.setEndTime(start.plusSeconds(60L * minutes));
            booking.setDuration(minutes);
            booking.setWorkOrder(workOrder);
            booking.setResource(technician);
            booking.setStatus(statusFor(day, statuses));
            booking.setEstimatedTravelDuration(10 + random.nextInt(50));
            return booking;
        }

        private BookingStatus statusFor(int day, List<BookingStatus> statuses) {
            if (day < 0) {
                return statuses.get(4); // completed
            }
            return day > 0 ? statuses.get(0) : statuses.get(random.nextInt(3)); // scheduled, traveling or in progress
        }

        private void addTasks(int index, WorkOrder workOrder, Booking booking, String[] incident, boolean done) {
            for (int line = 1; line < incident.length; line++) {
                WorkOrderServiceTask task = record(MODEL.createWorkOrderServiceTask(), "msdyn_workorderservicetask",
                        index * 8 + line);
                task.setName(incident[line]);
                task.setWorkOrder(workOrder);
                task.setBooking(booking);
                task.setLineOrder(line);
                task.setEstimatedDuration(15 * (1 + random.nextInt(4)));
                task.setPercentComplete(done ? 100 : 0);
                tasks.add(task);
            }
        }

        private void addLines(int index, WorkOrder workOrder, Booking booking, List<Product> products, boolean done) {
            int count = 1 + random.nextInt(2);
            for (int line = 0; line < count; line++) {
                WorkOrderProduct used = record(MODEL.createWorkOrderProduct(), "msdyn_workorderproduct", index * 2 + line);
                used.setWorkOrder(workOrder);
                used.setProduct(pick(products));
                used.setBooking(booking);
                used.setEstimateQuantity(1 + random.nextInt(3));
                used.setQuantity(done ? used.getEstimateQuantity() : 0);
                used.setLineStatus(done ? LineStatus.USED : LineStatus.ESTIMATED);
                lines.add(used);
            }
            WorkOrderService service = record(MODEL.createWorkOrderService(), "msdyn_workorderservice", index);
            service.setWorkOrder(workOrder);
            service.setService(products.get(0));
            service.setBooking(booking);
            service.setDuration(booking.getDuration());
            service.setLineStatus(done ? LineStatus.USED : LineStatus.ESTIMATED);
            services.add(service);
        }
    }

    private List<BookingStatus> bookingStatuses() {
        Object[][] rows = { { "Scheduled", FieldServiceStatus.SCHEDULED }, { "Traveling", FieldServiceStatus.TRAVELING },
            { "In Progress", FieldServiceStatus.IN_PROGRESS }, { "On Break", FieldServiceStatus.ON_BREAK },
            { "Completed", FieldServiceStatus.COMPLETED }, { "Canceled", FieldServiceStatus.CANCELED } };
        List<BookingStatus> statuses = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            BookingStatus status = record(MODEL.createBookingStatus(), "bookingstatus", i);
            status.setName((String) rows[i][0]);
            status.setFieldServiceStatus((FieldServiceStatus) rows[i][1]);
            status.setStatus(i == 5 ? BookingState.CANCELED : BookingState.COMMITTED);
            statuses.add(status);
        }
        return statuses;
    }

    private List<BookableResource> resources(int count) {
        List<BookableResource> resources = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            BookableResource resource = record(MODEL.createBookableResource(), "bookableresource", i);
            resource.setName(FIRST_NAMES[i % FIRST_NAMES.length] + " " + LAST_NAMES[(i / FIRST_NAMES.length + i) % LAST_NAMES.length]);
            resource.setResourceType(3); // user
            resource.setUserId(id("systemuser", i));
            resources.add(resource);
        }
        return resources;
    }

    private List<Product> products(int count) {
        List<Product> products = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Product product = record(MODEL.createProduct(), "product", i);
            String kind = PRODUCT_KINDS[i % PRODUCT_KINDS.length];
            product.setName(i == 0 ? "Service visit (hour)" : kind + (100 + i));
            product.setProductNumber(String.format("P-%05d", i + 1));
            products.add(product);
        }
        return products;
    }

    private List<IncidentType> incidentTypes() {
        List<IncidentType> types = new ArrayList<>();
        for (int i = 0; i < INCIDENTS.length; i++) {
            IncidentType type = record(MODEL.createIncidentType(), "msdyn_incidenttype", i);
            type.setName(INCIDENTS[i][0]);
            type.setDescription(String.join(", ", List.of(INCIDENTS[i]).subList(1, INCIDENTS[i].length)));
            types.add(type);
        }
        return types;
    }

    private List<Account> accounts(int count) {
        List<Account> accounts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Account account = record(MODEL.createAccount(), "account", i);
            account.setName(pick(COMPANY_WORDS) + " " + pick(COMPANY_KINDS) + (count > 100 ? " " + (i + 1) : ""));
            account.setAddress1Line1((1 + random.nextInt(180)) + " " + pick(STREETS));
            account.setAddress1City(pick(CITIES));
            account.setAddress1PostalCode(String.format("%05d", random.nextInt(100_000)));
            account.setTelephone1(String.format("+1 555 %04d", random.nextInt(10_000)));
            accounts.add(account);
        }
        return accounts;
    }

    private Contact contact(Account account) {
        Contact contact = record(MODEL.createContact(), "contact", account.getId());
        contact.setFirstName(pick(FIRST_NAMES));
        contact.setLastName(pick(LAST_NAMES));
        contact.setFullName(contact.getFirstName() + " " + contact.getLastName());
        contact.setTelephone1(account.getTelephone1());
        contact.setParentCustomer(account);
        return contact;
    }

    private CustomerAsset asset(Account account, Product product) {
        CustomerAsset asset = record(MODEL.createCustomerAsset(), "msdyn_customerasset", account.getId());
        asset.setName(product.getName() + " at " + account.getName());
        asset.setAccount(account);
        asset.setProduct(product);
        return asset;
    }

    private <T extends Record> T record(T record, String table, Object row) {
        record.setId(id(table, row));
        record.setVersionNumber(1);
        return record;
    }

    /** A key that depends only on the seed, the table and the row. */
    private String id(String table, Object row) {
        return UUID.nameUUIDFromBytes((seed + "/" + table + "/" + row).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static void put(Map<EClass, List<Record>> tables, EClass table, List<? extends Record> rows) {
        tables.put(table, List.copyOf(rows));
    }
}
