package org.fieldbook.sync.internal.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.fieldbook.backoffice.demo.DemoData;
import org.fieldbook.backoffice.demo.DemoDataGenerator;
import org.fieldbook.backoffice.demo.DemoSize;
import org.fieldbook.model.FieldbookFactory;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.Product;
import org.fieldbook.model.Record;
import org.fieldbook.model.dataverse.DataverseSchema;
import org.fieldbook.model.dataverse.DataverseTable;
import org.fieldbook.store.TableSyncState;
import org.fieldbook.store.internal.DerbyLocalStore;
import org.fieldbook.sync.internal.ReadsAhead;
import org.fieldbook.sync.internal.SyncContext;
import org.fieldbook.sync.internal.faults.Device;
import org.fieldbook.tests.common.BackOfficeOnLoopback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** An all-records table over many pages: tracked to the last page, resumable between pages, then deltas. */
class AllRecordsDownloadTest {

    private static final int PAGE = 3;

    @RegisterExtension
    final BackOfficeOnLoopback backOffice = new BackOfficeOnLoopback();

    @TempDir
    Path folder;

    private final DataverseTable products = DataverseSchema.fieldbook().byClass(FieldbookPackage.Literals.PRODUCT).orElseThrow();
    private DemoData demo;
    private Device device;
    private DerbyLocalStore store;
    private SyncContext context;

    @BeforeEach
    void signIn() throws Exception {
        demo = new DemoDataGenerator(9, LocalDate.now(ZoneOffset.UTC), ZoneOffset.UTC).generate(new DemoSize(2, 10, 5, 11));
        backOffice.server().loadDemoData(demo);
        device = Device.signedIn(backOffice.serviceRoot(), folder, "dispatcher");
        store = device.store();
        context = device.context(Clock.systemUTC());
    }

    @AfterEach
    void close() throws IOException {
        device.close();
    }

    @Test
    void aDownloadOfManyPagesEndsWithADeltaToken() throws Exception {
        int rows = download().run(SubMonitor.convert(new NullProgressMonitor()));

        assertThat(rows).isEqualTo(11);
        assertThat(local()).isEqualTo(demo.rows(FieldbookPackage.Literals.PRODUCT).stream().map(Record::getId)
                .collect(Collectors.toSet()));
        assertThat(store.syncStates().get("product").deltaToken()).isNotNull();
        assertThat(download().run(SubMonitor.convert(new NullProgressMonitor()))).as("an empty delta").isZero();
    }

    @Test
    void aFirstDownloadCancelledBetweenPagesKeepsItsLoadsAndResumesAfterThem() throws Exception {
        NullProgressMonitor cancelAfterFirstPage = new NullProgressMonitor() {
            private int asked;

            @Override
            public boolean isCanceled() {
                return ++asked > 1;
            }
        };
        assertThatThrownBy(() -> download(PAGE).run(SubMonitor.convert(cancelAfterFirstPage, 100)))
                .isInstanceOf(OperationCanceledException.class);
        TableSyncState interrupted = store.syncStates().get("product");
        assertThat(interrupted.nextLink()).contains("$skiptoken");
        assertThat(local()).hasSize(PAGE);

        download(PAGE).run(SubMonitor.convert(new NullProgressMonitor()));

        assertThat(local()).hasSize(11);
        assertThat(store.syncStates().get("product").deltaToken()).as("the resumed download is tracked too").isNotNull();
    }

    @Test
    void aFirstDownloadInSeveralLoadsCommitsEachWithItsCheckpoint() throws Exception {
        int rows = download(2 * PAGE).run(SubMonitor.convert(new NullProgressMonitor()));

        assertThat(rows).isEqualTo(11);
        assertThat(local()).hasSize(11);
        TableSyncState state = store.syncStates().get("product");
        assertThat(state.deltaToken()).isNotNull();
        assertThat(state.nextLink()).isNull();
        assertThat(state.rowsApplied()).isEqualTo(11);
    }

    @Test
    void aTableThatHoldsRowsIsDownloadedPageByPage() throws Exception {
        // A bulk load is for a table that holds none of the rows it brings: only an empty one is sure not to.
        store.edits().create(localProduct());
        assertThat(local()).hasSize(1);

        int rows = download().run(SubMonitor.convert(new NullProgressMonitor()));

        assertThat(rows).as("the table was not empty: page by page").isEqualTo(11);
        assertThat(local()).hasSize(12);
    }

    private AllRecordsDownload download() {
        return download(BulkDownload.LOAD_ROWS);
    }

    private AllRecordsDownload download(int loadRows) {
        return new AllRecordsDownload(context, products, PAGE, loadRows, ReadsAhead.none());
    }

    private static Record localProduct() {
        Product product = FieldbookFactory.eINSTANCE.createProduct();
        product.setId(UUID.randomUUID().toString());
        product.setName("Made on the device");
        return product;
    }

    private Set<String> local() {
        return store.records().versions(FieldbookPackage.Literals.PRODUCT).keySet();
    }
}
