package org.fieldbook.tests.common.ui;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.FrameworkUtil;

/**
 * Builds an e4 part or tool control the way the workbench does: created by e4 dependency injection
 * in a context backed by the OSGi services, into a real SWT shell on the test's display thread.
 */
public final class E4PartFixture implements AutoCloseable {

    private final Display display;
    private final Shell shell;
    private final IEclipseContext context;

    public E4PartFixture(Class<?> testClass) {
        display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1280, 800);
        context = EclipseContextFactory.getServiceContext(FrameworkUtil.getBundle(testClass).getBundleContext())
                .createChild("test");
        context.set(Composite.class, shell);
    }

    /** @return the context to put test doubles or real services into before {@link #make(Class)} */
    public IEclipseContext context() {
        return context;
    }

    /** Creates {@code type} through DI (its {@code @PostConstruct} fills the shell), then shows the shell. */
    public <T> T make(Class<T> type) {
        T part = ContextInjectionFactory.make(type, context);
        shell.layout(true, true);
        shell.open();
        return part;
    }

    public UiBot bot() {
        return new UiBot(shell);
    }

    public Shell shell() {
        return shell;
    }

    @Override
    public void close() {
        shell.dispose();
        context.dispose();
        while (display.readAndDispatch()) {
            // drain events queued by disposal
        }
    }
}
