package org.fieldbook.ui.internal.settings;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.fieldbook.sync.BackOfficeConnection;
import org.fieldbook.sync.DeviceCodePrompt;
import org.fieldbook.sync.OrganizationSettings;
import org.fieldbook.sync.OrganizationSignIn;
import org.fieldbook.sync.SignInMethod;
import org.fieldbook.sync.SyncException;
import org.fieldbook.sync.SyncService;
import org.fieldbook.ui.WidgetIds;
import org.fieldbook.ui.internal.Background;
import org.fieldbook.ui.internal.Touch;

/**
 * The settings' "Sign-in": the method, and for a Dynamics 365 organization its URL, the tenant and the app's
 * client id. Sign in saves them and signs in through Microsoft Entra ID in a job (the UI never waits on it),
 * showing the device code when that flow is used; the back office's password method just saves.
 */
final class OrganizationSection {

    static final String ID_METHOD = "settings.signIn.method";
    static final String ID_ORGANIZATION = "settings.signIn.organization";
    static final String ID_TENANT = "settings.signIn.tenant";
    static final String ID_CLIENT = "settings.signIn.clientId";
    static final String ID_SIGN_IN = "settings.signIn.entra";
    static final String ID_DEVICE_CODE = "settings.signIn.deviceCode";
    static final String ID_STATUS = "settings.signIn.status";
    static final String SAVED = "Saved: this device signs in to the back office with a user name and password.";

    private final OrganizationSignIn signIn;
    private final BackOfficeConnection connection;
    private final SyncService sync;
    private final Combo method;
    private final Text organization;
    private final Text tenant;
    private final Text clientId;
    private final Button start;
    private final Label deviceCode;
    private final Label status;

    private OrganizationSection(Composite parent, OrganizationSignIn signIn, BackOfficeConnection connection, SyncService sync) {
        this.signIn = signIn;
        this.connection = connection;
        this.sync = sync;
        Group group = new Group(parent, SWT.NONE);
        group.setText("Sign-in");
        group.setLayout(new GridLayout(2, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        OrganizationSettings saved = signIn.settings();
        new Label(group, SWT.NONE).setText("Sign in with");
        method = WidgetIds.name(new Combo(group, SWT.READ_ONLY), ID_METHOD);
        for (SignInMethod each : SignInMethod.values()) {
            method.add(each.label());
        }
        method.select(saved.method().ordinal());
        method.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        organization = field(group, "Organization URL", ID_ORGANIZATION, saved.organizationUrl());
        organization.setMessage("https://contoso.crm4.dynamics.com");
        tenant = field(group, "Tenant", ID_TENANT, saved.tenant());
        tenant.setMessage("contoso.onmicrosoft.com or the directory id");
        clientId = field(group, "Client id", ID_CLIENT, saved.clientId());
        clientId.setMessage("the app registration's application (client) id");
        start = Touch.button(group, SWT.PUSH, "Save and sign in", ID_SIGN_IN);
        start.addListener(SWT.Selection, event -> signIn());
        deviceCode = wrapped(group, ID_DEVICE_CODE);
        status = wrapped(group, ID_STATUS);
    }

    static void create(Composite parent, OrganizationSignIn signIn, BackOfficeConnection connection, SyncService sync) {
        new OrganizationSection(parent, signIn, connection, sync);
    }

    /** @return what the technician must do with the device code, in one glance */
    static String deviceCode(DeviceCodePrompt prompt) {
        return "On a phone or computer, open " + prompt.verificationUri() + " and enter the code " + prompt.userCode();
    }

    private void signIn() {
        OrganizationSettings chosen = new OrganizationSettings(SignInMethod.values()[method.getSelectionIndex()], organization.getText(),
                tenant.getText(), clientId.getText());
        start.setEnabled(false);
        deviceCode.setText("");
        status.setText(chosen.method().entra() ? "Signing in through Microsoft Entra ID\u2026" : "Saving\u2026");
        Background.run("Signing in to the organization", status, () -> signedIn(chosen),
                this::done, this::refused);
    }

    /** In the job: save, sign in, and sync when the device already syncs with this organization. */
    private String signedIn(OrganizationSettings chosen) throws SyncException {
        signIn.save(chosen);
        if (!chosen.method().entra()) {
            return SAVED;
        }
        String user = signIn.signIn(prompt -> Background.later(deviceCode, () -> deviceCode.setText(deviceCode(prompt))));
        OrganizationSettings saved = signIn.settings();
        if (!connection.serviceRoot().equals(saved.webApiRoot())) {
            return SignInMessages.signedIn(user) + ". Fieldbook syncs with " + saved.organizationUrl() + " from its next start.";
        }
        sync.syncNow();
        return SignInMessages.signedIn(user);
    }

    private void done(String said) {
        start.setEnabled(true);
        deviceCode.setText("");
        organization.setText(signIn.settings().organizationUrl());
        status.setText(said);
    }

    private void refused(Exception e) {
        if (!(e instanceof SyncException)) {
            ILog.of(OrganizationSection.class).error("Signing in to the organization failed", e);
        }
        start.setEnabled(true);
        deviceCode.setText("");
        status.setText(SignInMessages.failure(e));
    }

    private static Text field(Composite group, String label, String id, String value) {
        new Label(group, SWT.NONE).setText(label);
        Text text = SettingsPart.field(group, SWT.NONE, id);
        text.setText(value);
        return text;
    }

    private static Label wrapped(Composite group, String id) {
        Label label = WidgetIds.name(new Label(group, SWT.WRAP), id);
        GridData wrapped = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        wrapped.widthHint = 200; // wraps to the part instead of widening it
        label.setLayoutData(wrapped);
        return label;
    }
}
