package org.fieldbook.backoffice.internal.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Collectors;

import org.fieldbook.backoffice.internal.BackOfficeDatabase;
import org.fieldbook.model.DownloadFilter;
import org.fieldbook.model.OfflineProfileItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admin's profile operations against the real encrypted back-office database. */
class OfflineProfilesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path data;

    private BackOfficeDatabase database;
    private OfflineProfiles profiles;

    @BeforeEach
    void open() {
        database = BackOfficeDatabase.open(data.resolve("db"));
        profiles = new OfflineProfiles(database, CLOCK);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theShippedDefaultIsInstalledPublishedOnFirstStartAndOnlyOnce() {
        StoredProfile installed = profiles.installShippedProfile();

        assertThat(installed.managed()).isTrue();
        assertThat(installed.release()).isEqualTo(ShippedProfile.load().release());
        assertThat(installed.name()).isEqualTo("Field Service Mobile - Offline Profile");
        assertThat(installed.publishedDefinition()).isPresent();
        assertThat(installed.publishedOn()).isEqualTo(CLOCK.instant());
        assertThat(installed.hasUnpublishedChanges()).isFalse();
        assertThat(installed.published().getItems()).extracting(OfflineProfileItem::getTableName).containsExactly(
                "bookableresourcebooking", "msdyn_workorder", "bookableresource", "account", "contact", "msdyn_customerasset",
                "msdyn_incidenttype", "msdyn_workorderincident", "msdyn_workorderservicetask", "msdyn_workorderproduct",
                "msdyn_workorderservice", "msdyn_timeentry", "annotation", "bookingstatus", "product");

        database.close();
        database = BackOfficeDatabase.open(data.resolve("db"));
        new OfflineProfiles(database, CLOCK).installShippedProfile();

        assertThat(new OfflineProfiles(database, CLOCK).list()).hasSize(1);
    }

    @Test
    void theShippedItemsHaveTheDesignedFiltersAndIntervals() {
        StoredProfile installed = profiles.installShippedProfile();

        OfflineProfileItem bookings = Definitions.item(installed.published(), "bookableresourcebooking");
        assertThat(bookings.getDownloadFilter()).isEqualTo(DownloadFilter.CUSTOM_FILTER);
        assertThat(bookings.getCustomFilter()).contains("LastXDays(PropertyName='starttime',PropertyValue=7)",
                "NextXDays(PropertyName='starttime',PropertyValue=7)", "LastXDays(PropertyName='endtime',PropertyValue=7)",
                "NextXDays(PropertyName='endtime',PropertyValue=7)");
        assertThat(bookings.getSyncIntervalMinutes()).isBetween(5, 15);
        assertThat(Definitions.item(installed.published(), "msdyn_workorder").getSyncIntervalMinutes()).isBetween(5, 15);
        assertThat(Definitions.byText(Definitions.item(installed.published(), "msdyn_workorderincident")))
                .containsOnlyKeys("msdyn_workorderincident._msdyn_workorder_value->msdyn_workorder");
        assertThat(Definitions.byText(Definitions.item(installed.published(), "account")))
                .containsOnlyKeys("msdyn_workorder._msdyn_serviceaccount_value->account");
        for (String catalogue : new String[] { "bookingstatus", "product" }) {
            OfflineProfileItem item = Definitions.item(installed.published(), catalogue);
            assertThat(item.getDownloadFilter()).isEqualTo(DownloadFilter.ALL_RECORDS);
            assertThat(item.getSyncIntervalMinutes()).isEqualTo(1440);
        }
    }

    @Test
    void editsChangeTheDraftOnlyUntilPublished() {
        String id = profiles.create("Night shift", "Fewer tables").id();

        StoredProfile edited = profiles.edit(id, DraftEdit.addItem("msdyn_workorder", DownloadFilter.ALL_RECORDS, null, 30));

        assertThat(edited.managed()).isFalse();
        assertThat(edited.publishedDefinition()).isEmpty();
        assertThat(edited.hasUnpublishedChanges()).isTrue();
        StoredProfile published = profiles.publish(id);
        assertThat(published.hasUnpublishedChanges()).isFalse();
        assertThat(published.published().getItems()).hasSize(1);

        profiles.edit(id, DraftEdit.setSyncInterval("msdyn_workorder", 45));

        StoredProfile stored = profiles.get(id);
        assertThat(stored.draft().getItems().get(0).getSyncIntervalMinutes()).isEqualTo(45);
        assertThat(stored.published().getItems().get(0).getSyncIntervalMinutes()).isEqualTo(30);
        assertThat(stored.hasUnpublishedChanges()).isTrue();
    }

    @Test
    void relationshipsAreAddedAndRemovedByTheirText() {
        String id = profiles.create("Accounts", null).id();
        profiles.edit(id, DraftEdit.addItem("account", DownloadFilter.RELATED_ONLY, null, 60));

        profiles.edit(id, DraftEdit.addRelationship("account", "msdyn_workorder._msdyn_serviceaccount_value->account"));
        profiles.edit(id, DraftEdit.addRelationship("account", " contact._parentcustomerid_value -> account "));
        StoredProfile removed = profiles.edit(id, DraftEdit.removeRelationship("account", "msdyn_workorder._msdyn_serviceaccount_value->account"));

        assertThat(Definitions.byText(Definitions.item(removed.draft(), "account"))).containsOnlyKeys("contact._parentcustomerid_value->account");
    }

    @Test
    void aCopyIsTheAdminsOwnUnpublishedProfile() {
        StoredProfile shipped = profiles.installShippedProfile();

        StoredProfile copy = profiles.copy(shipped.id(), "Technicians north");

        assertThat(copy.id()).isNotEqualTo(shipped.id());
        assertThat(copy.managed()).isFalse();
        assertThat(copy.release()).isZero();
        assertThat(copy.publishedDefinition()).isEmpty();
        assertThat(copy.draft().getItems()).hasSameSizeAs(shipped.draft().getItems());
        assertThat(copy.draft().getItems().get(0).getId()).isNotEqualTo(shipped.draft().getItems().get(0).getId());
    }

    @Test
    void badInputIsRefusedWithItsReasonAndChangesNothing() {
        String id = profiles.create("Day shift", null).id();
        profiles.edit(id, DraftEdit.addItem("msdyn_workorder", DownloadFilter.ALL_RECORDS, null, 60));

        assertThatThrownBy(() -> profiles.create("DAY SHIFT", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already an offline profile named 'DAY SHIFT'");
        assertThatThrownBy(() -> profiles.create(" ", null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name is empty");
        assertThatThrownBy(() -> profiles.edit(id, DraftEdit.addItem("msdyn_unicorn", DownloadFilter.ALL_RECORDS, null, 60)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No table 'msdyn_unicorn'");
        assertThatThrownBy(() -> profiles.edit(id, DraftEdit.addItem("mobileofflineprofile", DownloadFilter.ALL_RECORDS, null, 60)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No table 'mobileofflineprofile'");
        assertThatThrownBy(() -> profiles.edit(id, DraftEdit.setSyncInterval("msdyn_workorder", 4)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from 5 to 1440 minutes, but is 4");
        assertThatThrownBy(() -> profiles.edit(id, DraftEdit.setSyncInterval("msdyn_workorder", 1441)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("but is 1441");
        assertThatThrownBy(() -> profiles.edit(id, DraftEdit.setFilter("msdyn_workorder", DownloadFilter.CUSTOM_FILTER, " ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("custom data filter of msdyn_workorder is empty");
        assertThatThrownBy(() -> profiles.edit(id, DraftEdit.addRelationship("msdyn_workorder", "msdyn_workorder->account")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be read");
        assertThatThrownBy(() -> profiles.edit(id, DraftEdit.addRelationship("msdyn_workorder", "msdyn_workorder._msdyn_customerasset_value->account")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("points at CustomerAsset rows, not at account");
        assertThatThrownBy(() -> profiles.edit(id, DraftEdit.addRelationship("msdyn_workorder", "msdyn_workorder._msdyn_nothing_value->account")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no lookup _msdyn_nothing_value");
        assertThatThrownBy(() -> profiles.edit(id, DraftEdit.addRelationship("msdyn_workorder", "contact._parentcustomerid_value->account")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not involve msdyn_workorder");
        assertThatThrownBy(() -> profiles.edit("no-such-id", DraftEdit.setSyncInterval("msdyn_workorder", 60)))
                .isInstanceOfSatisfying(ProfileException.class, e -> assertThat(e.reason()).isEqualTo(ProfileException.Reason.NOT_FOUND));

        assertThat(profiles.get(id).draft().getItems()).singleElement()
                .satisfies(item -> assertThat(item.getSyncIntervalMinutes()).isEqualTo(60))
                .satisfies(item -> assertThat(item.getRelationships()).isEmpty());
        assertThat(profiles.edit(id, DraftEdit.setSyncInterval("msdyn_workorder", 5)).draft().getItems().get(0).getSyncIntervalMinutes()).isEqualTo(5);
        assertThat(profiles.edit(id, DraftEdit.setSyncInterval("msdyn_workorder", 1440)).draft().getItems().get(0).getSyncIntervalMinutes()).isEqualTo(1440);
    }

    @Test
    void theShippedDefaultAndAssignedProfilesCannotBeDeleted() {
        String shipped = profiles.installShippedProfile().id();
        String night = profiles.create("Night shift", null).id();
        new ProfileAssignments(database, shipped).assign(Assignee.team("nights"), night, false);

        assertThatThrownBy(() -> profiles.delete(shipped)).isInstanceOf(ProfileException.class).hasMessageContaining("ships with Fieldbook");
        assertThatThrownBy(() -> profiles.delete(night)).isInstanceOf(ProfileException.class).hasMessageContaining("1 users or teams belong to it");

        new ProfileAssignments(database, shipped).unassign(Assignee.team("nights"));
        profiles.delete(night);
        assertThat(profiles.list()).extracting(StoredProfile::id).containsExactly(shipped);
    }

    @Test
    void discardingPutsThePublishedDefinitionBackAndANeverPublishedProfileHasNothingToGoBackTo() {
        String id = profiles.installShippedProfile().id();
        profiles.edit(id, DraftEdit.setSyncInterval("msdyn_workorder", 30));
        profiles.edit(id, DraftEdit.removeItem("product"));

        StoredProfile discarded = profiles.discardDraft(id);

        assertThat(discarded.hasUnpublishedChanges()).isFalse();
        assertThat(Definitions.item(discarded.draft(), "msdyn_workorder").getSyncIntervalMinutes()).isEqualTo(10);
        assertThat(Definitions.byTable(discarded.draft())).containsKey("product");
        String fresh = profiles.create("Fresh", null).id();
        assertThatThrownBy(() -> profiles.discardDraft(fresh)).isInstanceOf(ProfileException.class)
                .hasMessageContaining("never been published");
    }

    @Test
    void theComparisonBeforePublishingNamesTablesRemovedChangedAndUnchangedAndTheRelationshipsThatComeAndGo() {
        String id = profiles.installShippedProfile().id();
        profiles.edit(id, DraftEdit.setSyncInterval("msdyn_workorder", 30));
        profiles.edit(id, DraftEdit.removeItem("product"));
        StoredProfile edited = profiles.edit(id, DraftEdit.addRelationship("account", "contact._parentcustomerid_value->account"));

        Map<String, ProfileComparison.Row> rows = ProfileComparison.between(edited.published(), edited.draft()).stream()
                .collect(Collectors.toMap(ProfileComparison.Row::table, row -> row));

        assertThat(rows.get("product").change()).isEqualTo(ProfileComparison.Change.REMOVED);
        assertThat(rows.get("product").draft()).isNull();
        assertThat(rows.get("msdyn_workorder").change()).isEqualTo(ProfileComparison.Change.CHANGED);
        assertThat(rows.get("account").change()).isEqualTo(ProfileComparison.Change.CHANGED);
        assertThat(rows.get("account").relationshipsAdded()).containsExactly("contact._parentcustomerid_value->account");
        assertThat(rows.get("contact").change()).isEqualTo(ProfileComparison.Change.SAME);
        assertThat(ProfileComparison.between(null, edited.draft())).extracting(ProfileComparison.Row::change)
                .containsOnly(ProfileComparison.Change.ADDED);
    }
}
