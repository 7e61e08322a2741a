package org.fieldbook.ui.internal.workorders;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;

import jakarta.annotation.PostConstruct;

/** An e4 addon that puts the workbench's {@link WorkOrderOpener} into the application context. */
public final class WorkOrderOpenerAddon {

    @PostConstruct
    public void register(MApplication application) {
        IEclipseContext context = application.getContext();
        context.set(WorkOrderOpener.class, new PartServiceOpener(context));
    }
}
