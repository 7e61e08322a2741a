package org.fieldbook.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.fieldbook.model.Account;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.WorkOrder;
import org.fieldbook.model.WorkOrderSystemStatus;
import org.fieldbook.store.DownloadPage;
import org.fieldbook.store.WorkOrderQuery;
import org.fieldbook.store.WorkOrderSummary;
import org.junit.jupiter.api.Test;

/**
 * The work-order word index stays right when downloads arrive in any order and rows change: the index only
 * writes the words that differ, so these cover what a full rewrite used to cover by itself.
 */
class SearchIndexTest extends StoreTestCase {

    @Test
    void workOrdersDownloadedBeforeTheirAccountAreFoundByItsNameOnceItArrives() {
        store.downloads().apply(StoreFixtures.page(FieldbookPackage.Literals.WORK_ORDER,
                List.of(StoreFixtures.workOrder("wo-1", "WO-00900", keyOnly("acc-late"), "3 Quarry Row", "Ogdenville",
                        WorkOrderSystemStatus.SCHEDULED))));

        assertThat(numbers("initech")).isEmpty();
        assertThat(numbers("quarry")).containsExactly("WO-00900");

        store.downloads().apply(StoreFixtures.page(FieldbookPackage.Literals.ACCOUNT,
                List.of(StoreFixtures.account("acc-late", "Initech Works"))));

        assertThat(numbers("initech works")).containsExactly("WO-00900");
        assertThat(numbers("initech quarry")).containsExactly("WO-00900");
        assertThat(wordsOf("wo-1")).as("the account's words are the account's rows")
                .containsExactlyInAnyOrder("wo", "00900", "3", "quarry", "row", "ogdenville");
    }

    @Test
    void renamingAnAccountKeepsTheWordsItSharesWithTheAddress() {
        Account mill = StoreFixtures.account("acc-m", "Mill Holdings");
        store.downloads().apply(StoreFixtures.page(FieldbookPackage.Literals.ACCOUNT, List.of(mill)));
        store.downloads().apply(StoreFixtures.page(FieldbookPackage.Literals.WORK_ORDER,
                List.of(StoreFixtures.workOrder("wo-1", "WO-00901", mill, "12 Mill Road", "Springfield", WorkOrderSystemStatus.SCHEDULED))));

        store.downloads().apply(StoreFixtures.page(FieldbookPackage.Literals.ACCOUNT,
                List.of(StoreFixtures.account("acc-m", "Globex Heating"))));

        assertThat(numbers("mill road")).containsExactly("WO-00901");
        assertThat(numbers("holdings")).isEmpty();
        assertThat(numbers("globex")).containsExactly("WO-00901");
    }

    @Test
    void aWorkOrderDownloadedAgainIsFoundByItsNewAddressAndStatusOnly() {
        Account account = StoreFixtures.account("acc", "Contoso");
        store.downloads().apply(StoreFixtures.page(FieldbookPackage.Literals.ACCOUNT, List.of(account)));
        store.downloads().apply(StoreFixtures.page(FieldbookPackage.Literals.WORK_ORDER,
                List.of(StoreFixtures.workOrder("wo-1", "WO-00902", account, "1 Harbour Street", "Shelbyville",
                        WorkOrderSystemStatus.SCHEDULED))));

        store.downloads().apply(StoreFixtures.page(FieldbookPackage.Literals.WORK_ORDER,
                List.of(StoreFixtures.workOrder("wo-1", "WO-00902", account, "5 Quarry Row", "Shelbyville",
                        WorkOrderSystemStatus.COMPLETED))));

        assertThat(numbers("harbour")).isEmpty();
        assertThat(numbers("contoso quarry")).containsExactly("WO-00902");
        assertThat(numbers("contoso", WorkOrderSystemStatus.SCHEDULED)).isEmpty();
        assertThat(numbers("contoso", WorkOrderSystemStatus.COMPLETED)).containsExactly("WO-00902");
    }

    @Test
    void aPageAppliedTwiceLeavesTheSameWords() {
        Account account = StoreFixtures.account("acc", "Contoso");
        WorkOrder workOrder = StoreFixtures.workOrder("wo-1", "WO-00903", account, "7 Mill Lane", "Springfield",
                WorkOrderSystemStatus.IN_PROGRESS);
        store.downloads().apply(StoreFixtures.page(FieldbookPackage.Literals.ACCOUNT, List.of(account)));
        store.downloads().apply(StoreFixtures.page(FieldbookPackage.Literals.WORK_ORDER, List.of(workOrder)));
        List<String> once = wordsOf("wo-1");

        store.downloads().apply(StoreFixtures.page(FieldbookPackage.Literals.WORK_ORDER, List.of(workOrder)));
        store.downloads().apply(StoreFixtures.page(FieldbookPackage.Literals.ACCOUNT, List.of(account)));

        assertThat(wordsOf("wo-1")).containsExactlyInAnyOrderElementsOf(once).contains("mill");
        assertThat(numbers("contoso mill")).containsExactly("WO-00903");
    }

    @Test
    void aDeletedAccountNoLongerFindsItsWorkOrders() {
        Account account = StoreFixtures.account("acc", "Umbrella Corp");
        store.downloads().apply(StoreFixtures.page(FieldbookPackage.Literals.ACCOUNT, List.of(account)));
        store.downloads().apply(StoreFixtures.page(FieldbookPackage.Literals.WORK_ORDER,
                List.of(StoreFixtures.workOrder("wo-1", "WO-00904", account, "9 Elm Street", "Springfield",
                        WorkOrderSystemStatus.SCHEDULED))));
        assertThat(numbers("umbrella elm")).containsExactly("WO-00904");

        store.downloads().apply(new DownloadPage(FieldbookPackage.Literals.ACCOUNT, List.of(), List.of("acc"), null, null, null));

        assertThat(numbers("umbrella")).isEmpty();
        assertThat(numbers("elm")).containsExactly("WO-00904");
    }

    private static Account keyOnly(String id) {
        Account account = StoreFixtures.MODEL.createAccount();
        account.setId(id);
        return account;
    }

    private List<String> numbers(String text, WorkOrderSystemStatus... statuses) {
        return store.workOrders().find(WorkOrderQuery.all(50).withText(text).withStatuses(Set.of(statuses))).stream()
                .map(WorkOrderSummary::number).toList();
    }

    private List<String> wordsOf(String workOrderId) {
        return store.database().read("read words", connection -> words(connection, workOrderId));
    }

    private static List<String> words(Connection connection, String workOrderId) throws SQLException {
        List<String> words = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT WORD FROM FB_WORK_ORDER_WORD WHERE WORK_ORDER_ID = ?")) {
            query.setString(1, workOrderId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    words.add(rows.getString(1));
                }
            }
        }
        return words;
    }
}
