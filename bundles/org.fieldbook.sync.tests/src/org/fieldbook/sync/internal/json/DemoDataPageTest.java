package org.fieldbook.sync.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;
import org.fieldbook.backoffice.Role;
import org.fieldbook.backoffice.demo.DemoData;
import org.fieldbook.backoffice.demo.DemoDataGenerator;
import org.fieldbook.backoffice.demo.DemoSize;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.Record;
import org.fieldbook.model.dataverse.DataverseSchema;
import org.fieldbook.model.dataverse.DataverseTable;
import org.fieldbook.tests.common.BackOfficeOnLoopback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Pages of the real back office's demo data read as the rows it was generated from. */
class DemoDataPageTest {

    @RegisterExtension
    static final BackOfficeOnLoopback BACK_OFFICE = new BackOfficeOnLoopback();

    private static DemoData demo;
    private static SignedInWebApi api;

    @BeforeAll
    static void loadDemoData() throws Exception {
        demo = new DemoDataGenerator(20240501L, LocalDate.now(ZoneOffset.UTC), ZoneOffset.UTC).generate(DemoSize.small());
        assertThat(BACK_OFFICE.server().loadDemoData(demo)).isTrue();
        BACK_OFFICE.server().addUser("sync", "pw".toCharArray(), Role.DISPATCHER, null);
        api = SignedInWebApi.signIn(BACK_OFFICE.server(), "sync", "pw");
    }

    @AfterAll
    static void signOut() {
        api.close();
    }

    @Test
    void theWorkOrdersPageHoldsTheGeneratedWorkOrders() throws Exception {
        CollectingConsumer consumer = new CollectingConsumer();
        PageSummary page = read(table(FieldbookPackage.Literals.WORK_ORDER), "msdyn_workorders?$count=true", 7, consumer);
        assertThat(byKey(consumer.rows())).isEqualTo(byKey(demo.rows(FieldbookPackage.Literals.WORK_ORDER)));
        assertThat(consumer.rowBatches).allSatisfy(batch -> assertThat(batch).hasSizeLessThanOrEqualTo(7));
        assertThat(page.nextLink()).isNull();
        assertThat(page.count()).isEqualTo(demo.rows(FieldbookPackage.Literals.WORK_ORDER).size());
    }

    @Test
    void bookingsReadPageByPageFollowingTheNextLinks() throws Exception {
        DataverseTable bookings = table(FieldbookPackage.Literals.BOOKING);
        CollectingConsumer consumer = new CollectingConsumer();
        String link = bookings.entitySet();
        int pages = 0;
        while (link != null) {
            link = read(bookings, link, 4, consumer, "Prefer", "odata.maxpagesize=10").nextLink();
            pages++;
        }
        List<Record> generated = demo.rows(FieldbookPackage.Literals.BOOKING);
        assertThat(pages).isEqualTo(generated.size() / 10 + 1);
        assertThat(byKey(consumer.rows())).isEqualTo(byKey(generated));
    }

    @Test
    void aDeltaBringsChangesAndDeletionsWithItsToken() throws Exception {
        DataverseTable products = table(FieldbookPackage.Literals.PRODUCT);
        PageSummary full = read(products, products.entitySet(), 100, new CollectingConsumer(), "Prefer", "odata.track-changes");
        assertThat(full.deltaToken()).isNotBlank();
        String deleted = demo.rows(FieldbookPackage.Literals.PRODUCT).get(0).getId();
        assertThat(api.delete(products.entitySet() + "(" + deleted + ")").statusCode()).isEqualTo(204);
        CollectingConsumer delta = new CollectingConsumer();
        PageSummary changes = read(products, full.deltaLink(), 100, delta);
        assertThat(delta.rows()).isEmpty();
        assertThat(delta.deletedBatches).containsExactly(List.of(deleted));
        assertThat(changes.deltaToken()).isNotBlank().isNotEqualTo(full.deltaToken());
    }

    private static PageSummary read(DataverseTable table, String path, int batchSize, PageConsumer consumer, String... headers)
            throws IOException, InterruptedException {
        HttpResponse<InputStream> answer = api.get(path, headers);
        assertThat(answer.statusCode()).isEqualTo(200);
        try (InputStream body = answer.body()) {
            return new RecordPageReader(table, batchSize).read(body, consumer);
        }
    }

    private static DataverseTable table(EClass eClass) {
        return DataverseSchema.fieldbook().byClass(eClass).orElseThrow();
    }

    private static Map<String, Map<String, String>> byKey(List<? extends Record> rows) {
        return rows.stream().collect(Collectors.toMap(Record::getId, FieldTexts::of));
    }
}
