package org.fieldbook.ui.internal.launch;

import java.net.URI;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Display;
import org.fieldbook.sync.SystemBrowser;
import org.osgi.service.component.annotations.Component;

/**
 * The desktop's browser for the Microsoft sign-in, through SWT's {@link Program#launch(String)} on the UI thread
 * (the sign-in asks from a job). Where none opens, the sign-in shows a device code instead.
 */
@Component(service = SystemBrowser.class)
public final class ProgramSystemBrowser implements SystemBrowser {

    @Override
    public boolean open(URI page) {
        Display display = Display.getDefault(); // the workbench's: it exists before anyone can press Sign in
        AtomicBoolean opened = new AtomicBoolean();
        display.syncExec(() -> opened.set(Program.launch(page.toString())));
        return opened.get();
    }
}
