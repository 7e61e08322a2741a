package org.fieldbook.sync.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.fieldbook.sync.DeviceCodePrompt;
import org.fieldbook.sync.SignInException;
import org.fieldbook.sync.SignInMethod;
import org.fieldbook.sync.internal.AuthorizedHttp;
import org.fieldbook.tests.common.entra.EntraOnLoopback;
import org.fieldbook.tests.common.entra.LoopbackBrowser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * MSAL4J against a stand-in for Entra ID and the organization on HTTPS loopback: both sign-in flows end to end,
 * silent renewal, the token cache in secure storage across a restart, and the refusals said plainly.
 */
class EntraAccountTest {

    @RegisterExtension
    static final EntraOnLoopback ENTRA = new EntraOnLoopback();
    /** The grant type MSAL4J polls with (Entra ID takes it beside the RFC 8628 URN). */
    private static final String DEVICE_GRANT = "device_code";

    @TempDir
    java.nio.file.Path folder;

    private EntraFixture fixture;
    private final List<DeviceCodePrompt> prompts = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() throws Exception {
        fixture = new EntraFixture(ENTRA, folder);
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    /** The technician enters the code on a phone as soon as the device shows it. */
    private void enterCode(DeviceCodePrompt prompt) {
        prompts.add(prompt);
        ENTRA.approve(prompt.userCode());
    }

    @Test
    void theDeviceCodeFlowSignsInAndTheOrganizationLetsTheUserIn() throws Exception {
        EntraAccount account = fixture.account(SignInMethod.ENTRA_DEVICE_CODE, null);

        String user = account.signIn(this::enterCode);

        assertThat(user).isEqualTo(EntraOnLoopback.USER);
        assertThat(prompts).singleElement().satisfies(prompt -> {
            assertThat(prompt.verificationUri()).isEqualTo(URI.create(ENTRA.origin() + "/devicelogin"));
            assertThat(prompt.message()).contains(prompt.userCode());
        });
        assertThat(ENTRA.grants()).as("polled until the code was entered, then nothing more").containsOnly(DEVICE_GRANT);
        assertThat(ENTRA.bearersSeenByOrganization()).as("WhoAmI asked with the new token").hasSize(1);
        assertThat(account.userName()).hasValue(EntraOnLoopback.USER);
        assertThat(account.accessToken()).as("from MSAL's cache").isEqualTo(ENTRA.bearersSeenByOrganization().get(0));
    }

    @Test
    void theBrowserFlowSendsAPkceChallengeThatTheTokenRequestsVerifierMatches() throws Exception {
        LoopbackBrowser browser = new LoopbackBrowser(ENTRA.tls());
        EntraAccount account = fixture.account(SignInMethod.ENTRA_BROWSER, browser::open);

        assertThat(account.signIn(this::enterCode)).isEqualTo(EntraOnLoopback.USER);

        assertThat(prompts).as("no device code where a browser opened").isEmpty();
        assertThat(browser.opened()).singleElement().satisfies(page -> assertThat(page.toString())
                .startsWith(ENTRA.origin() + "/" + EntraOnLoopback.TENANT + "/oauth2/v2.0/authorize?"));
        assertThat(browser.firstQuery()).containsEntry("code_challenge_method", "S256").containsEntry("response_type", "code")
                .containsEntry("client_id", EntraOnLoopback.CLIENT_ID).doesNotContainKey("client_secret");
        assertThat(browser.firstQuery().get("redirect_uri")).as("MSAL's own loopback listener").startsWith("http://localhost:");
        assertThat(browser.firstQuery().get("scope")).contains(ENTRA.origin() + "/user_impersonation", "offline_access");
        assertThat(ENTRA.verifiedChallenges()).as("the verifier sent with the code hashes to the challenge the browser carried")
                .containsExactly(browser.firstQuery().get("code_challenge"));
        assertThat(ENTRA.grants()).containsExactly("authorization_code");
        assertThat(browser.redirectStatuses()).containsExactly(200);
    }

    @Test
    void aChallengeChangedOnTheWayMakesTheCodeWorthless() throws Exception {
        LoopbackBrowser tampering = new LoopbackBrowser(ENTRA.tls(), page -> URI.create(page.toString()
                .replaceFirst("code_challenge=[^&]+", "code_challenge=" + Base64.getUrlEncoder().withoutPadding()
                        .encodeToString("an attacker's own challenge, 43 characters at least".getBytes(StandardCharsets.US_ASCII)))));
        EntraAccount account = fixture.account(SignInMethod.ENTRA_BROWSER, tampering::open);

        assertThatThrownBy(() -> account.signIn(this::enterCode)).isInstanceOf(SignInException.class)
                .hasMessageContaining("Microsoft Entra ID refused the sign-in").hasMessageContaining("Code_Verifier does not match");
        assertThat(ENTRA.verifiedChallenges()).isEmpty();
        assertThat(account.userName()).isEmpty();
    }

    @Test
    void withoutABrowserTheDeviceCodeIsShownInstead() throws Exception {
        EntraAccount noBrowserAtAll = fixture.account(SignInMethod.ENTRA_BROWSER, null);
        assertThat(noBrowserAtAll.signIn(this::enterCode)).isEqualTo(EntraOnLoopback.USER);
        noBrowserAtAll.signOut();

        EntraAccount browserRefuses = fixture.account(SignInMethod.ENTRA_BROWSER, page -> false);
        assertThat(browserRefuses.signIn(this::enterCode)).isEqualTo(EntraOnLoopback.USER);

        assertThat(prompts).hasSize(2);
        assertThat(ENTRA.grants()).containsOnly(DEVICE_GRANT);
    }

    @Test
    void anExpiringTokenIsRenewedSilentlyWithTheRefreshToken() throws Exception {
        ENTRA.accessLifetime(120); // inside MSAL's five-minute margin: due for renewal at once
        EntraAccount account = fixture.account(SignInMethod.ENTRA_DEVICE_CODE, null);
        account.signIn(this::enterCode);
        String first = ENTRA.bearersSeenByOrganization().get(0);
        ENTRA.accessLifetime(3600);

        String renewed = account.accessToken();

        assertThat(renewed).isNotEqualTo(first);
        assertThat(ENTRA.issued(renewed)).isTrue();
        assertThat(account.accessToken()).as("a token an hour long is taken from the cache").isEqualTo(renewed);
        assertThat(ENTRA.grants()).containsExactly(DEVICE_GRANT, "refresh_token");
        assertThat(prompts).as("no new sign-in").hasSize(1);
    }

    @Test
    void aTokenTheOrganizationRefusedIsRenewedOnTheNextCall() throws Exception {
        EntraAccount account = fixture.account(SignInMethod.ENTRA_DEVICE_CODE, null);
        account.signIn(this::enterCode);
        String first = account.accessToken();

        account.rejected(first);
        String renewed = account.accessToken();

        assertThat(renewed).isNotEqualTo(first);
        assertThat(ENTRA.grants()).containsExactly(DEVICE_GRANT, "refresh_token");
    }

    @Test
    void theTokenCacheSurvivesARestartInSecureStorageAndNotInPlainText() throws Exception {
        fixture.account(SignInMethod.ENTRA_DEVICE_CODE, null).signIn(this::enterCode);
        String token = ENTRA.bearersSeenByOrganization().get(0);

        fixture.restart();
        EntraAccount restarted = fixture.account(SignInMethod.ENTRA_DEVICE_CODE, null);

        assertThat(restarted.userName()).hasValue(EntraOnLoopback.USER);
        assertThat(restarted.accessToken()).as("read back from the file, not asked again").isEqualTo(token);
        assertThat(ENTRA.grants()).containsExactly(DEVICE_GRANT);
        String file = fixture.storedText();
        assertThat(file).as("the secure storage file holds the cache").contains("entra");
        assertThat(file).as("no token, user or cache structure in plain text").doesNotContain(token)
                .doesNotContain(EntraOnLoopback.USER).doesNotContain("RefreshToken").doesNotContain("AccessToken")
                .doesNotContain(Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void signingOutForgetsTheTokensAcrossARestart() throws Exception {
        EntraAccount account = fixture.account(SignInMethod.ENTRA_DEVICE_CODE, null);
        account.signIn(this::enterCode);

        account.signOut();
        fixture.restart();

        EntraAccount restarted = fixture.account(SignInMethod.ENTRA_DEVICE_CODE, null);
        assertThat(restarted.userName()).isEmpty();
        assertThatThrownBy(restarted::accessToken).isInstanceOf(SignInException.class).hasMessageContaining("Sign in with Microsoft");
    }

    @Test
    void missingConsentIsSaidPlainly() throws Exception {
        ENTRA.refuseTokens("AADSTS65001: The user or administrator has not consented to use the application with ID '"
                + EntraOnLoopback.CLIENT_ID + "' named 'Fieldbook'. Send an interactive authorization request for this user and resource.");
        EntraAccount account = fixture.account(SignInMethod.ENTRA_DEVICE_CODE, null);

        assertThatThrownBy(() -> account.signIn(this::enterCode)).isInstanceOf(SignInException.class)
                .hasMessageContaining("AADSTS65001").hasMessageContaining("administrator must grant admin consent");
        assertThat(account.userName()).isEmpty();
    }

    @Test
    void aUserWithoutALicenceInTheOrganizationIsToldSoAndNotSignedIn() throws Exception {
        ENTRA.organizationAnswers(403);
        EntraAccount account = fixture.account(SignInMethod.ENTRA_DEVICE_CODE, null);

        assertThatThrownBy(() -> account.signIn(this::enterCode)).isInstanceOf(SignInException.class)
                .hasMessageContaining("needs a Dynamics 365 licence and a security role")
                .hasMessageContaining("The user is not a member of the organization.");
        assertThat(account.userName()).as("signed out again").isEmpty();
    }

    @Test
    void theSyncEnginesRequestsCarryTheEntraTokenAsBearer() throws Exception {
        EntraAccount account = fixture.account(SignInMethod.ENTRA_DEVICE_CODE, null);
        account.signIn(this::enterCode);
        AuthorizedHttp http = new AuthorizedHttp(fixture.http, account);

        int status = http.execute(new HttpGet(fixture.settings(SignInMethod.ENTRA_DEVICE_CODE).webApiRoot().resolve("WhoAmI")),
                response -> response.getCode());

        assertThat(status).isEqualTo(200);
        assertThat(ENTRA.bearersSeenByOrganization()).hasSize(2).last().isEqualTo(account.accessToken());
    }
}
