package org.fieldbook.backoffice.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.fieldbook.backoffice.demo.DemoSize;
import org.fieldbook.backoffice.internal.BackOfficeFixture;
import org.fieldbook.backoffice.internal.WebApiSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An admin manages offline profiles from the console's list, by the profile rules of the back office. */
class ConsoleProfilesTest {

    @RegisterExtension
    static final BackOfficeFixture BACK_OFFICE = BackOfficeFixture.withDemo(12, new DemoSize(3, 6, 3, 3));
    @RegisterExtension
    static final ConsoleBrowser BROWSER = new ConsoleBrowser();
    private static final String SHIPPED = "Field Service Mobile - Offline Profile";

    private ConsoleSite site;
    private ProfilesPage profiles;

    @BeforeEach
    void signIn() {
        site = new ConsoleSite(BROWSER, BACK_OFFICE.server());
        site.signInAs("admin", "profiles");
        profiles = new ProfilesPage(site).open();
    }

    @Test
    void theShippedProfileIsListedAsManagedPublishedAndDefault() {
        ProfilesPage.Row shipped = profiles.row(SHIPPED);

        assertThat(shipped.cell("name")).contains("Default");
        assertThat(shipped.cell("managed")).isEqualTo("Managed");
        assertThat(shipped.cell("unpublishedChanges")).isEqualTo("Published");
        assertThat(shipped.cell("release")).startsWith("Gets them (release ");
        assertThat(shipped.cell("assigned")).isEqualTo("0");
    }

    @Test
    void aCreatedProfileIsAnUnmanagedDraftAndANameIsRequiredBesideTheField() {
        profiles.create("", "no name");
        assertThat(site.fieldError("create-name")).isEqualTo("Give the profile a name.");

        profiles.create("Night shift", "Emergency call-outs");

        ProfilesPage.Row created = profiles.row("Night shift");
        assertThat(created.cell("description")).isEqualTo("Emergency call-outs");
        assertThat(created.cell("managed")).isEqualTo("Unmanaged");
        assertThat(created.cell("unpublishedChanges")).isEqualTo("Never published");
        assertThat(created.cell("release")).isEqualTo("None (not managed)");
    }

    @Test
    void aTakenNameIsRefusedBesideTheField() {
        profiles.create(SHIPPED.toUpperCase(Locale.ROOT), "");

        assertThat(site.fieldError("create-name")).contains("There is already an offline profile named");
    }

    @Test
    void aCopySaysItGetsNoReleaseUpdatesAndIsUnmanaged() {
        String note = profiles.startCopy(SHIPPED);
        profiles.finishCopy("Shipped, my way");

        assertThat(note).contains("unmanaged").contains("no release updates");
        ProfilesPage.Row copy = profiles.row("Shipped, my way");
        assertThat(copy.cell("managed")).isEqualTo("Unmanaged");
        assertThat(copy.cell("release")).isEqualTo("None (not managed)");
    }

    @Test
    void deletingAsksFirstAndCancellingKeepsTheProfile() {
        profiles.create("Short lived", "");
        profiles.row("Short lived");

        assertThat(profiles.startDelete("Short lived")).isEqualTo("Delete “Short lived”?");
        profiles.confirm(false);
        assertThat(profiles.lists("Short lived")).isTrue();

        profiles.startDelete("Short lived");
        profiles.confirm(true);
        assertThat(site.banner("Deleted")).isEqualTo("Deleted “Short lived”.");
        assertThat(profiles.lists("Short lived")).isFalse();
    }

    @Test
    void theShippedProfileAndOneThatPeopleFollowAreNotDeletedAndTheRefusalSaysWhy() throws Exception {
        profiles.startDelete(SHIPPED);
        profiles.confirm(true);
        assertThat(site.banner("Not deleted")).contains("ships with Fieldbook and cannot be deleted");

        profiles.create("Followed", "");
        String id = profileId("Followed");
        WebApiSession admin = BACK_OFFICE.demoUser("admin").fieldbookApi();
        assertThat(admin.send("PUT", "assignments/users/tech1", "{\"profileid\":\"" + id + "\"}").statusCode()).isLessThan(300);
        profiles.open();
        assertThat(profiles.row("Followed").cell("assigned")).isEqualTo("1");

        profiles.startDelete("Followed");
        profiles.confirm(true);
        assertThat(site.banner("Not deleted")).contains("1 users or teams belong to it");
        assertThat(profiles.lists("Followed")).isTrue();
    }

    @Test
    void theListSortsByAColumnBothWays() {
        profiles.create("Aardvark", "");
        profiles.row("Aardvark");

        assertThat(profiles.sortBy("Name")).isEqualTo("descending");
        assertThat(profiles.names()).last().isEqualTo("Aardvark");
        assertThat(profiles.sortBy("Name")).isEqualTo("ascending");
        assertThat(profiles.names()).first().isEqualTo("Aardvark");
    }

    private String profileId(String name) throws Exception {
        for (var profile : BACK_OFFICE.demoUser("admin").fieldbookApi().json("profiles").path("value")) {
            if (profile.path("name").asText().equals(name)) {
                return profile.path("mobileofflineprofileid").asText();
            }
        }
        throw new AssertionError("No profile " + name);
    }
}
