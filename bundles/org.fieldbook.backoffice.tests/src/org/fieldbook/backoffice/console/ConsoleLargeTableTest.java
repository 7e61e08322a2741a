package org.fieldbook.backoffice.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.fieldbook.backoffice.demo.DemoSize;
import org.fieldbook.backoffice.internal.BackOfficeFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Adding a table with "All records" warns when the table has 10,000 rows or more (every device would hold them
 * all), and only then: the demo here has a catalogue of 10,000 products.
 */
class ConsoleLargeTableTest {

    @RegisterExtension
    static final BackOfficeFixture BACK_OFFICE = BackOfficeFixture.withDemo(14, new DemoSize(3, 3, 3, 10_000));
    @RegisterExtension
    static final ConsoleBrowser BROWSER = new ConsoleBrowser();
    private static final AtomicInteger COPIES = new AtomicInteger();

    private ConsoleSite site;
    private ProfileEditorPage editor;

    @BeforeEach
    void publishedCopyOpenInTheEditor() throws Exception {
        String name = "Large copy " + COPIES.incrementAndGet();
        ProfileEditorPage.publishedCopyOfTheShippedProfile(BACK_OFFICE.demoUser("admin").fieldbookApi(), name);
        site = new ConsoleSite(BROWSER, BACK_OFFICE.server());
        site.signInAs("admin", "profiles");
        editor = new ProfileEditorPage(site).openFromList(name);
    }

    @Test
    void allRecordsOnATableOfTenThousandRowsWarnsThatEveryDeviceWouldHoldThem() {
        editor.startRemoving("product");
        editor.confirm(true);
        site.banner("Removed product");

        assertThat(editor.addableTables()).contains("product (10000 rows)");
        assertThat(editor.prepareAdding("product", "All records", "1 hour"))
                .isEqualTo("product has 10000 rows: \"All records\" puts every one of them on every device. Prefer \"Related data only\" or a filter.");
        assertThat(editor.prepareAdding("product", "Related data only", "1 hour")).as("related rows only").isEmpty();
    }

    @Test
    void allRecordsOnASmallTableDoesNotWarn() {
        String small = editor.addableTables().stream().filter(label -> label.matches("\\w+ \\(\\d{1,4} rows\\)")).findFirst().orElseThrow();

        assertThat(editor.prepareAdding(small.substring(0, small.indexOf(' ')), "All records", "1 hour")).isEmpty();
    }
}
