package org.fieldbook.sync.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.UUID;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.fieldbook.backoffice.Role;
import org.fieldbook.sync.DeviceCodePrompt;
import org.fieldbook.sync.OrganizationSettings;
import org.fieldbook.sync.SignInException;
import org.fieldbook.sync.SignInMethod;
import org.fieldbook.tests.common.BackOfficeOnLoopback;
import org.fieldbook.tests.common.entra.EntraOnLoopback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.prefs.Preferences;

/** The settings choose where the sync engine's bearer tokens come from: the back office's password sign-in or Entra ID. */
class SignInChoiceTest {

    @RegisterExtension
    static final BackOfficeOnLoopback BACK_OFFICE = new BackOfficeOnLoopback();
    @RegisterExtension
    static final EntraOnLoopback ENTRA = new EntraOnLoopback();
    private static final String PASSWORD = "gloves on";

    @TempDir
    Path folder;

    private EntraFixture fixture;
    private Preferences node;

    @BeforeAll
    static void addTechnician() {
        BACK_OFFICE.server().addUser("ada", PASSWORD.toCharArray(), Role.TECHNICIAN, null);
    }

    @BeforeEach
    void open() throws Exception {
        fixture = new EntraFixture(ENTRA, folder);
        node = InstanceScope.INSTANCE.getNode("org.fieldbook.sync.tests").node(UUID.randomUUID().toString());
    }

    @AfterEach
    void close() throws Exception {
        node.removeNode();
        fixture.close();
    }

    /** The app as it starts: the saved settings read from the preferences. */
    private SignInChoice start() {
        return new SignInChoice(OAuthAccount.of(BACK_OFFICE.serviceRoot(), fixture.storage, fixture.http), new SignInPreferences(node),
                fixture.authority(), fixture.storage, fixture.http);
    }

    private static void enterCode(DeviceCodePrompt prompt) {
        ENTRA.approve(prompt.userCode());
    }

    @Test
    void untilEntraIsChosenTheBackOfficesPasswordSignsIn() throws Exception {
        SignInChoice choice = start();
        assertThat(choice.settings()).isEqualTo(OrganizationSettings.BACK_OFFICE);

        choice.signIn("ada", PASSWORD.toCharArray());

        assertThat(choice.userName()).hasValue("ada");
        assertThat(backOfficeStatusWith(choice.accessToken())).isEqualTo(200);
        assertThatThrownBy(() -> choice.signIn(SignInChoiceTest::enterCode)).isInstanceOf(SignInException.class)
                .hasMessageContaining("Choose a Microsoft Entra ID sign-in");
        assertThat(ENTRA.grants()).isEmpty();
    }

    @Test
    void savedEntraSettingsMakeEntraTheSourceOfTokensFromThenOnAndAfterARestart() throws Exception {
        SignInChoice choice = start();
        choice.signIn("ada", PASSWORD.toCharArray());

        choice.save(fixture.settings(SignInMethod.ENTRA_DEVICE_CODE));
        assertThat(choice.userName()).as("signed out of the back office, not yet in").isEmpty();
        assertThat(choice.signIn(SignInChoiceTest::enterCode)).isEqualTo(EntraOnLoopback.USER);

        assertThat(ENTRA.issued(choice.accessToken())).isTrue();
        assertThatThrownBy(() -> choice.signIn("ada", PASSWORD.toCharArray())).isInstanceOf(SignInException.class)
                .hasMessageContaining("through Microsoft Entra ID");
        SignInChoice restarted = start();
        assertThat(restarted.settings()).isEqualTo(fixture.settings(SignInMethod.ENTRA_DEVICE_CODE));
        assertThat(restarted.userName()).hasValue(EntraOnLoopback.USER);
        assertThat(ENTRA.issued(restarted.accessToken())).isTrue();
    }

    @Test
    void anotherEntraMethodForTheSameOrganizationKeepsTheSignIn() throws Exception {
        SignInChoice choice = start();
        choice.save(fixture.settings(SignInMethod.ENTRA_DEVICE_CODE));
        choice.signIn(SignInChoiceTest::enterCode);

        choice.save(fixture.settings(SignInMethod.ENTRA_BROWSER));

        assertThat(choice.userName()).hasValue(EntraOnLoopback.USER);
        assertThat(ENTRA.issued(choice.accessToken())).isTrue();
        assertThat(ENTRA.grants()).as("no second sign-in").hasSize(1);
    }

    @Test
    void settingsThatCannotWorkAreRefusedNamingTheFieldAndNothingIsSaved() {
        SignInChoice choice = start();
        String origin = ENTRA.origin();

        assertRefused(choice, new OrganizationSettings(SignInMethod.ENTRA_BROWSER, "http://contoso.crm4.dynamics.com",
                EntraOnLoopback.TENANT, EntraOnLoopback.CLIENT_ID), "organization URL");
        assertRefused(choice, new OrganizationSettings(SignInMethod.ENTRA_BROWSER, origin, "contoso", EntraOnLoopback.CLIENT_ID), "tenant");
        assertRefused(choice, new OrganizationSettings(SignInMethod.ENTRA_BROWSER, origin, EntraOnLoopback.TENANT, "fieldbook"), "client id");

        assertThat(choice.settings()).isEqualTo(OrganizationSettings.BACK_OFFICE);
        assertThat(new SignInPreferences(node).read()).isEqualTo(OrganizationSettings.BACK_OFFICE);
    }

    @Test
    void theOrganizationsAddressIsReducedToItsOriginForTheScopeAndTheWebApi() throws Exception {
        OrganizationSettings settings = new OrganizationSettings(SignInMethod.ENTRA_BROWSER, " https://contoso.crm4.dynamics.com/main.aspx?app=x ",
                EntraOnLoopback.TENANT, EntraOnLoopback.CLIENT_ID).checked();

        assertThat(settings.organizationUrl()).isEqualTo("https://contoso.crm4.dynamics.com");
        assertThat(settings.scope()).isEqualTo("https://contoso.crm4.dynamics.com/user_impersonation");
        assertThat(settings.webApiRoot()).hasToString("https://contoso.crm4.dynamics.com/api/data/v9.2/");
    }

    private static void assertRefused(SignInChoice choice, OrganizationSettings settings, String field) {
        assertThatThrownBy(() -> choice.save(settings)).isInstanceOf(SignInException.class).hasMessageContaining(field);
    }

    private static int backOfficeStatusWith(String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(BACK_OFFICE.serviceRoot().resolve("bookingstatuses"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
