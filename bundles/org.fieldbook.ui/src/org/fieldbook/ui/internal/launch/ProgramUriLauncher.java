package org.fieldbook.ui.internal.launch;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.program.Program;
import org.fieldbook.ui.UriLauncher;
import org.osgi.service.component.annotations.Component;

/** The default launcher: SWT's {@link Program#launch(String)}, which asks the desktop for the URI's handler. */
@Component(service = UriLauncher.class)
public final class ProgramUriLauncher implements UriLauncher {

    @Override
    public boolean launch(String uri) {
        boolean launched = Program.launch(uri);
        if (!launched) {
            ILog.of(ProgramUriLauncher.class).warn("No application on this device opens " + uri);
        }
        return launched;
    }
}
