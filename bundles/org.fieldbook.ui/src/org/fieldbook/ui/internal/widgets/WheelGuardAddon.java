package org.fieldbook.ui.internal.widgets;

import org.eclipse.swt.widgets.Display;

import jakarta.annotation.PostConstruct;

/** Installs the {@link WheelGuard} for the whole client when the workbench starts. */
public final class WheelGuardAddon {

    @PostConstruct
    void install() {
        WheelGuard.install(Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault());
    }
}
