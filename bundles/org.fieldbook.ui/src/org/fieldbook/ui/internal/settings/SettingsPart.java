package org.fieldbook.ui.internal.settings;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.fieldbook.store.LocalStore;
import org.fieldbook.sync.BackOfficeAccount;
import org.fieldbook.sync.BackOfficeConnection;
import org.fieldbook.sync.OrganizationSignIn;
import org.fieldbook.sync.SyncException;
import org.fieldbook.sync.SyncService;
import org.fieldbook.ui.WidgetIds;
import org.fieldbook.ui.internal.Background;
import org.fieldbook.ui.internal.Touch;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The back office this device syncs with and who is signed in. Signing in talks to the back office, so it
 * runs in a job; a successful sign-in starts a sync. The account keeps the token in secure storage. Below, the
 * sign-in method and a Dynamics 365 organization ({@link OrganizationSection}), then the notes and photos settings
 * ({@link NotesSettings}).
 */
public final class SettingsPart {

    static final String ID_URL = "settings.url";
    static final String ID_USER = "settings.user";
    static final String ID_PASSWORD = "settings.password";
    static final String ID_SIGN_IN = "settings.signIn";
    static final String ID_SIGN_OUT = "settings.signOut";
    static final String ID_STATUS = "settings.status";
    static final String URL_HINT = "Set with FIELDBOOK_BACKOFFICE_URL when the launch script starts Fieldbook.";

    private final BackOfficeConnection connection;
    private final BackOfficeAccount account;
    private final SyncService sync;
    private final LocalStore store;
    private final OrganizationSignIn organization;
    /** A width the hint wraps at; the grid stretches it to the part's width. */
    private static final int HINT_WIDTH = 200;
    private Text user;
    private Text password;
    private Button signIn;
    private Label status;

    @Inject
    public SettingsPart(BackOfficeConnection connection, BackOfficeAccount account, SyncService sync, LocalStore store,
            OrganizationSignIn organization) {
        this.connection = connection;
        this.account = account;
        this.sync = sync;
        this.store = store;
        this.organization = organization;
    }

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        label(parent, "Back office");
        Text url = field(parent, SWT.READ_ONLY, ID_URL);
        url.setText(connection.serviceRoot().toString());
        new Label(parent, SWT.NONE);
        Label hint = new Label(parent, SWT.WRAP);
        hint.setText(URL_HINT);
        GridData wrapped = new GridData(SWT.FILL, SWT.TOP, true, false);
        wrapped.widthHint = HINT_WIDTH; // wraps to the part instead of widening it past the edge
        hint.setLayoutData(wrapped);
        label(parent, "User name");
        user = field(parent, SWT.NONE, ID_USER);
        label(parent, "Password");
        password = field(parent, SWT.PASSWORD, ID_PASSWORD);
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayout(new GridLayout(2, false));
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        signIn = Touch.button(bar, SWT.PUSH, "Sign in", ID_SIGN_IN);
        signIn.addListener(SWT.Selection, event -> signIn());
        Touch.button(bar, SWT.PUSH, "Sign out", ID_SIGN_OUT).addListener(SWT.Selection, event -> signOut());
        status = WidgetIds.name(new Label(parent, SWT.WRAP), ID_STATUS);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        status.setText(account.userName().map(SignInMessages::signedIn).orElse(SignInMessages.SIGNED_OUT));
        account.userName().ifPresent(user::setText);
        OrganizationSection.create(parent, organization, connection, sync);
        NotesSettings.create(parent, store);
    }

    @Focus
    public void setFocus() {
        user.setFocus();
    }

    private void signIn() {
        String name = user.getText().trim();
        char[] secret = password.getText().toCharArray();
        signIn.setEnabled(false);
        status.setText("Signing in as " + name + "\u2026");
        Background.run("Signing in to the back office", status, () -> {
            account.signIn(name, secret);
            sync.syncNow();
            return name;
        }, this::signedIn, this::refused);
    }

    private void signedIn(String name) {
        password.setText("");
        signIn.setEnabled(true);
        status.setText(SignInMessages.signedIn(name));
    }

    private void refused(Exception e) {
        if (!(e instanceof SyncException)) {
            ILog.of(SettingsPart.class).error("Signing in failed", e);
        }
        signIn.setEnabled(true);
        status.setText(SignInMessages.failure(e));
    }

    private void signOut() {
        account.signOut();
        status.setText(SignInMessages.SIGNED_OUT);
    }

    private static void label(Composite parent, String text) {
        new Label(parent, SWT.NONE).setText(text);
    }

    static Text field(Composite parent, int style, String id) {
        Text text = WidgetIds.name(new Text(parent, SWT.BORDER | SWT.SINGLE | style), id);
        GridData size = new GridData(SWT.FILL, SWT.CENTER, true, false);
        size.heightHint = Touch.MIN_HEIGHT;
        text.setLayoutData(size);
        return text;
    }
}
