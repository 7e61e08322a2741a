package org.fieldbook.backoffice.internal.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.fieldbook.backoffice.internal.BackOfficeDatabase;
import org.fieldbook.model.DownloadFilter;
import org.fieldbook.model.OfflineProfile;
import org.fieldbook.model.OfflineProfileItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A newer Fieldbook release of the shipped profile meets an admin who changed it, and waits apart from the
 * draft until the admin takes or keeps each table's update: release 1 is the shipped
 * file without the product catalogue, release 2 the shipped file with changed values and the catalogue.
 */
class ReleaseUpgradeTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC);
    private static final String ADMIN_FILTER = "Microsoft.Dynamics.CRM.NextXDays(PropertyName='starttime',PropertyValue=2)";
    private static final String RELEASE_FILTER = "Microsoft.Dynamics.CRM.NextXDays(PropertyName='starttime',PropertyValue=14)";
    private static final String ORDER_ACCOUNTS = "msdyn_workorder._msdyn_serviceaccount_value->account";
    private static final String ASSET_ACCOUNTS = "msdyn_customerasset._msdyn_account_value->account";
    private static final String CONTACT_ACCOUNTS = "contact._parentcustomerid_value->account";
    private static final String INCIDENT_TYPES = "msdyn_workorderincident._msdyn_incidenttype_value->msdyn_incidenttype";

    private static final ShippedProfile RELEASE_1 = release(1, profile -> profile.getItems().remove(Definitions.item(profile, "product")));
    private static final ShippedProfile RELEASE_2 = release(2, profile -> {
        Definitions.item(profile, "bookableresourcebooking").setCustomFilter(RELEASE_FILTER);
        Definitions.item(profile, "msdyn_workorder").setSyncIntervalMinutes(15);
        OfflineProfileItem accounts = Definitions.item(profile, "account");
        accounts.getRelationships().clear();
        accounts.getRelationships().add(Relationships.parse(ASSET_ACCOUNTS));
    });

    @TempDir
    Path data;

    private BackOfficeDatabase database;
    private String id;

    @BeforeEach
    void installReleaseOneAndCustomizeIt() {
        database = BackOfficeDatabase.open(data.resolve("db"));
        OfflineProfiles profiles = new OfflineProfiles(database, CLOCK, RELEASE_1);
        id = profiles.installShippedProfile().id();
        profiles.edit(id, DraftEdit.setFilter("bookableresourcebooking", DownloadFilter.CUSTOM_FILTER, ADMIN_FILTER));
        profiles.edit(id, DraftEdit.addRelationship("account", CONTACT_ACCOUNTS));
        profiles.edit(id, DraftEdit.removeRelationship("msdyn_incidenttype", INCIDENT_TYPES));
        profiles.publish(id);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theAdminsEditsAreRecorded() {
        assertThat(new OfflineProfiles(database, CLOCK, RELEASE_1).get(id).editedTables()).containsExactly("bookableresourcebooking");
    }

    @Test
    void aNewerReleaseWaitsApartFromTheDraftTableByTable() {
        OfflineProfiles profiles = new OfflineProfiles(database, CLOCK, RELEASE_2);
        StoredProfile started = profiles.installShippedProfile();

        assertThat(started.release()).as("nothing taken yet").isEqualTo(1);
        assertThat(started.hasUnpublishedChanges()).isFalse();
        assertThat(Definitions.item(started.draft(), "msdyn_workorder").getSyncIntervalMinutes()).isEqualTo(10);
        WaitingRelease waiting = profiles.waitingRelease(id).orElseThrow();
        assertThat(waiting.release()).isEqualTo(2);
        assertThat(waiting.updates()).extracting(ProfileComparison.Row::table, ProfileComparison.Row::change).containsExactlyInAnyOrder(
                tuple("msdyn_workorder", ProfileComparison.Change.CHANGED), tuple("account", ProfileComparison.Change.CHANGED),
                tuple("product", ProfileComparison.Change.ADDED));
        assertThat(waiting.update("account").orElseThrow().relationshipsAdded()).containsExactly(ASSET_ACCOUNTS);
        assertThat(waiting.update("account").orElseThrow().relationshipsRemoved()).as("the admin's own stays").containsExactly(ORDER_ACCOUNTS);
        assertThat(waiting.keptSettings()).as("customized: the release's filter is shown, not offered").containsOnlyKeys("bookableresourcebooking");
        assertThat(waiting.keptSettings().get("bookableresourcebooking").getCustomFilter()).isEqualTo(RELEASE_FILTER);
    }

    @Test
    void takingEveryUpdateKeepsTheAdminsChangesAndOffersTheReleaseAsADraft() {
        OfflineProfiles profiles = new OfflineProfiles(database, CLOCK, RELEASE_2);
        profiles.installShippedProfile();

        StoredProfile upgraded = takeAll(profiles);

        assertThat(upgraded.release()).isEqualTo(2);
        assertThat(profiles.waitingRelease(id)).isEmpty();
        assertThat(upgraded.hasUnpublishedChanges()).isTrue();
        OfflineProfile draft = upgraded.draft();
        assertThat(Definitions.item(draft, "bookableresourcebooking").getCustomFilter()).as("edited by the admin").isEqualTo(ADMIN_FILTER);
        assertThat(Definitions.item(draft, "msdyn_workorder").getSyncIntervalMinutes()).as("not edited").isEqualTo(15);
        assertThat(Definitions.byText(Definitions.item(draft, "account"))).as("the release's relationships and the admin's")
                .containsOnlyKeys(ASSET_ACCOUNTS, CONTACT_ACCOUNTS);
        assertThat(Definitions.byText(Definitions.item(draft, "msdyn_incidenttype"))).as("removed by the admin")
                .doesNotContainKey(INCIDENT_TYPES).isNotEmpty();
        assertThat(Definitions.byTable(draft)).as("new in the release").containsKey("product");
        assertThat(upgraded.editedTables()).containsExactly("bookableresourcebooking");
    }

    @Test
    void anUpdateKeptAsItIsIsRecordedAndNotOfferedAgainForThatRelease() {
        OfflineProfiles profiles = new OfflineProfiles(database, CLOCK, RELEASE_2);
        profiles.installShippedProfile();

        StoredProfile kept = profiles.keepCurrent(id, 2, "msdyn_workorder");

        assertThat(Definitions.item(kept.draft(), "msdyn_workorder").getSyncIntervalMinutes()).isEqualTo(10);
        assertThat(kept.hasUnpublishedChanges()).isFalse();
        assertThat(new OfflineProfiles(database, CLOCK, RELEASE_2).installShippedProfile().release()).as("a restart").isEqualTo(1);
        assertThat(profiles.waitingRelease(id).orElseThrow().updates()).extracting(ProfileComparison.Row::table)
                .containsExactlyInAnyOrder("account", "product");
        assertThatThrownBy(() -> profiles.takeReleaseUpdate(id, 2, "msdyn_workorder")).isInstanceOf(ProfileException.class)
                .hasMessageContaining("no update waiting for msdyn_workorder");

        StoredProfile settled = takeAll(profiles);

        assertThat(settled.release()).as("every update decided").isEqualTo(2);
        assertThat(Definitions.item(settled.draft(), "msdyn_workorder").getSyncIntervalMinutes()).isEqualTo(10);
    }

    @Test
    void anUpdateOfAnotherReleaseThanTheWaitingOneIsRefused() {
        OfflineProfiles profiles = new OfflineProfiles(database, CLOCK, RELEASE_2);
        profiles.installShippedProfile();

        assertThatThrownBy(() -> profiles.takeReleaseUpdate(id, 3, "product")).isInstanceOf(ProfileException.class)
                .hasMessageContaining("Release 3");
        assertThat(Definitions.byTable(profiles.get(id).draft())).doesNotContainKey("product");
    }

    @Test
    void devicesKeepThePublishedProfileUntilTheAdminPublishes() {
        OfflineProfiles profiles = new OfflineProfiles(database, CLOCK, RELEASE_2);
        profiles.installShippedProfile();
        OfflineProfile before = takeAll(profiles).published();

        assertThat(Definitions.item(before, "msdyn_workorder").getSyncIntervalMinutes()).isEqualTo(10);
        assertThat(Definitions.byTable(before)).doesNotContainKey("product");
        assertThat(Definitions.byText(Definitions.item(before, "account"))).containsOnlyKeys(ORDER_ACCOUNTS, CONTACT_ACCOUNTS);

        OfflineProfile after = profiles.publish(id).published();

        assertThat(Definitions.item(after, "msdyn_workorder").getSyncIntervalMinutes()).isEqualTo(15);
        assertThat(Definitions.byTable(after)).containsKey("product");
    }

    @Test
    void theSameReleaseAgainChangesNothing() {
        OfflineProfiles profiles = new OfflineProfiles(database, CLOCK, RELEASE_2);
        profiles.installShippedProfile();
        StoredProfile first = takeAll(profiles);
        profiles.edit(id, DraftEdit.setSyncInterval("contact", 120));

        StoredProfile again = profiles.installShippedProfile();

        assertThat(Definitions.item(again.draft(), "contact").getSyncIntervalMinutes()).isEqualTo(120);
        assertThat(again.draft().getItems()).hasSameSizeAs(first.draft().getItems());
        assertThat(profiles.waitingRelease(id)).isEmpty();
    }

    @Test
    void aCopyNeverReceivesReleaseUpdates() {
        OfflineProfiles profiles = new OfflineProfiles(database, CLOCK, RELEASE_1);
        String copy = profiles.copy(id, "My field service").id();

        OfflineProfiles upgraded = new OfflineProfiles(database, CLOCK, RELEASE_2);
        upgraded.installShippedProfile();
        takeAll(upgraded);

        StoredProfile stored = profiles.get(copy);
        assertThat(stored.managed()).isFalse();
        assertThat(upgraded.waitingRelease(copy)).isEmpty();
        assertThat(Definitions.item(stored.draft(), "msdyn_workorder").getSyncIntervalMinutes()).isEqualTo(10);
        assertThat(Definitions.byTable(stored.draft())).doesNotContainKey("product");
    }

    /** Takes every update of the waiting release, as an admin pressing "Take" on each. */
    private StoredProfile takeAll(OfflineProfiles profiles) {
        WaitingRelease waiting = profiles.waitingRelease(id).orElseThrow();
        StoredProfile taken = null;
        for (ProfileComparison.Row update : waiting.updates()) {
            taken = profiles.takeReleaseUpdate(id, waiting.release(), update.table());
        }
        return taken;
    }

    private static ShippedProfile release(int number, Consumer<OfflineProfile> change) {
        OfflineProfile profile = EcoreUtil.copy(ShippedProfile.load().profile());
        change.accept(profile);
        return new ShippedProfile(number, profile);
    }
}
