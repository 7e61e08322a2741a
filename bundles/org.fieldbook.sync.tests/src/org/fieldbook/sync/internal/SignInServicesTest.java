package org.fieldbook.sync.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.fieldbook.sync.BackOfficeAccount;
import org.fieldbook.sync.OrganizationSettings;
import org.fieldbook.sync.OrganizationSignIn;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** DS registers one sign-in component for the sync engine's tokens and for the settings, the password sign-in first. */
class SignInServicesTest {

    @Test
    void theSyncEnginesAccountAndTheSettingsSignInAreOneComponentThatStartsWithThePassword() {
        BundleContext context = FrameworkUtil.getBundle(SignInServicesTest.class).getBundleContext();
        ServiceReference<BackOfficeAccount> account = context.getServiceReference(BackOfficeAccount.class);
        ServiceReference<OrganizationSignIn> signIn = context.getServiceReference(OrganizationSignIn.class);
        assertThat(account).as("BackOfficeAccount registered by DS").isNotNull();
        assertThat(signIn).as("OrganizationSignIn registered by DS").isNotNull();
        try {
            assertThat(context.getService(account)).isSameAs(context.getService(signIn));
            assertThat(context.getService(signIn).settings()).isEqualTo(OrganizationSettings.BACK_OFFICE);
        } finally {
            context.ungetService(account);
            context.ungetService(signIn);
        }
    }
}
