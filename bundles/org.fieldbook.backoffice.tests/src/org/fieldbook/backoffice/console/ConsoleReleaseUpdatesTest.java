package org.fieldbook.backoffice.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.fieldbook.backoffice.demo.DemoSize;
import org.fieldbook.backoffice.internal.BackOfficeDatabase;
import org.fieldbook.backoffice.internal.BackOfficeFixture;
import org.fieldbook.backoffice.internal.profiles.DraftEdit;
import org.fieldbook.backoffice.internal.profiles.OfflineProfiles;
import org.fieldbook.backoffice.internal.profiles.ShippedProfile;
import org.fieldbook.model.OfflineProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The back office starts on a database that has the release before the one it ships, customized by the
 * admin; the newer release waits on the release updates page, table by table, until the admin takes or
 * keeps each update. The older release lacks the product catalogue, syncs work orders every 30 minutes and
 * relates accounts through customer assets; the admin made accounts sync every 2 hours.
 */
class ConsoleReleaseUpdatesTest {

    private static final String ORDER_ACCOUNTS = "msdyn_workorder._msdyn_serviceaccount_value->account";
    private static final String ASSET_ACCOUNTS = "msdyn_customerasset._msdyn_account_value->account";

    @RegisterExtension
    static final BackOfficeFixture BACK_OFFICE = BackOfficeFixture.withDemo(14, new DemoSize(3, 6, 3, 3))
            .beforeStart(ConsoleReleaseUpdatesTest::installTheReleaseBeforeAndCustomizeIt);
    @RegisterExtension
    static final ConsoleBrowser BROWSER = new ConsoleBrowser();

    @Test
    void oneUpdateTakenIntoTheDraftAndOneKeptAsItIsWhichIsNotOfferedAgain() {
        ConsoleSite site = new ConsoleSite(BROWSER, BACK_OFFICE.server());
        site.signInAs("admin", "profiles");
        int shipped = ShippedProfile.load().release();
        ProfilesPage profiles = new ProfilesPage(site).open();
        assertThat(profiles.row("Field Service Mobile - Offline Profile").cell("release"))
                .isEqualTo("Gets them (release " + (shipped - 1) + ") · 3 waiting");
        assertThat(site.navigation()).contains("Release updates");

        ReleasesPage releases = new ReleasesPage(site).open();

        assertThat(releases.summary()).startsWith("Release " + shipped + " waits: the profile has release " + (shipped - 1) + ".");
        List<Map<String, String>> updates = releases.updates();
        assertThat(updates).extracting(row -> row.get("table")).containsExactlyInAnyOrder("msdyn_workorder", "account", "product");
        assertThat(cells(updates, "msdyn_workorder")).containsEntry("change", "Changed")
                .containsEntry("changes", "Sync interval: 30 minutes → 10 minutes");
        assertThat(cells(updates, "account").get("change")).as("customized, relationships still merge").contains("Customized");
        assertThat(cells(updates, "account").get("changes")).contains("+ relationship " + ORDER_ACCOUNTS)
                .contains("− relationship " + ASSET_ACCOUNTS).doesNotContain("Sync interval");
        assertThat(cells(updates, "product")).containsEntry("change", "Table added")
                .containsEntry("changes", "New in this release: All records, synced every 1 day.");
        assertThat(releases.kept()).containsExactly(Map.of("table", "account", "changes", "Sync interval: 2 hours → 1 hour"));

        releases.take("msdyn_workorder");
        releases.keep("product");

        releases.open();
        assertThat(releases.updates()).extracting(row -> row.get("table")).containsExactly("account");
        assertThat(profiles.open().row("Field Service Mobile - Offline Profile").cell("release")).endsWith("· 1 waiting");
        ProfileEditorPage editor = new ProfileEditorPage(site).openFromList("Field Service Mobile - Offline Profile");
        assertThat(editor.status()).isEqualTo("Draft has unpublished changes");
        assertThat(editor.interval("msdyn_workorder")).as("taken").isEqualTo("10 minutes");
        assertThat(editor.lists("product")).as("kept as it is").isFalse();
    }

    @Test
    void aDispatcherNeitherOpensTheReleaseUpdatesNorDecidesThroughTheirCalls() {
        ConsoleSite site = new ConsoleSite(BROWSER, BACK_OFFICE.server());
        site.signInAs("dispatcher", "sync-errors");

        site.open("releases");

        assertThat(BROWSER.find(By.tagName("h1")).getText()).isEqualTo("Not for your role");
        assertThat(site.navigation()).doesNotContain("Release updates");
        assertThat(site.call("GET", "releases", null, true).get("status")).isEqualTo(403L);
        String shipped = ShippedProfile.load().profile().getId();
        assertThat(site.call("POST", "releases/" + shipped + "/take", "{\"release\":" + ShippedProfile.load().release()
                + ",\"table\":\"product\"}", true).get("status")).isEqualTo(403L);
    }

    /** The release before the shipped one, installed and published, with the admin's own interval for accounts. */
    private static void installTheReleaseBeforeAndCustomizeIt(Path databaseFolder) {
        ShippedProfile shipped = ShippedProfile.load();
        OfflineProfile before = EcoreUtil.copy(shipped.profile());
        DraftEdit.removeItem("product").apply(before);
        DraftEdit.setSyncInterval("msdyn_workorder", 30).apply(before);
        DraftEdit.removeRelationship("account", ORDER_ACCOUNTS).apply(before);
        DraftEdit.addRelationship("account", ASSET_ACCOUNTS).apply(before);
        BackOfficeDatabase database = BackOfficeDatabase.open(databaseFolder);
        try {
            OfflineProfiles profiles = new OfflineProfiles(database, Clock.systemUTC(), new ShippedProfile(shipped.release() - 1, before));
            String id = profiles.installShippedProfile().id();
            profiles.edit(id, DraftEdit.setSyncInterval("account", 120));
            profiles.publish(id);
        } finally {
            database.close();
        }
    }

    private static Map<String, String> cells(List<Map<String, String>> rows, String table) {
        return rows.stream().filter(row -> table.equals(row.get("table"))).findFirst().orElseThrow();
    }
}
