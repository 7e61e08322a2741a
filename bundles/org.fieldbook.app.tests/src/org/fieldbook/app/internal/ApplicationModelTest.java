package org.fieldbook.app.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.MContribution;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/** The shipped application model and product definition hold together before any window opens. */
class ApplicationModelTest {

    private static final String PRODUCT_ID = "org.fieldbook.app.product";

    @Test
    void theProductPointsAtTheApplicationModelAndLifeCycle() {
        IExtension product = Platform.getExtensionRegistry().getExtension("org.eclipse.core.runtime.products", PRODUCT_ID);
        assertThat(product).as("product extension " + PRODUCT_ID).isNotNull();
        IConfigurationElement definition = product.getConfigurationElements()[0];
        assertThat(definition.getAttribute("application")).isEqualTo("org.eclipse.e4.ui.workbench.swt.E4Application");
        assertThat(property(definition, "applicationXMI")).isEqualTo("org.fieldbook.app/Application.e4xmi");
        assertThat(property(definition, "lifeCycleURI"))
                .isEqualTo("bundleclass://org.fieldbook.app/" + FieldbookLifeCycle.class.getName());
    }

    @Test
    void theModelOpensOnTheAgendaAndEveryContributionClassLoads() throws Exception {
        MApplication application = loadApplicationModel();
        List<String> uris = new ArrayList<>();
        for (TreeIterator<EObject> all = ((EObject) application).eAllContents(); all.hasNext();) {
            if (all.next() instanceof MContribution contribution && contribution.getContributionURI() != null) {
                uris.add(contribution.getContributionURI());
            }
        }

        assertThat(application.getChildren()).singleElement().satisfies(window -> assertThat(window.getLabel()).isEqualTo("Fieldbook"));
        assertThat(uris).contains("bundleclass://org.fieldbook.ui/org.fieldbook.ui.internal.agenda.AgendaPart");
        for (String uri : uris) {
            assertThat(loadContribution(uri)).as(uri).isNotNull();
        }
    }

    @Test
    void theWorkOrderListAndFormArePartsOfTheModel() {
        MApplication application = loadApplicationModel();
        List<String> ids = new ArrayList<>();
        for (TreeIterator<EObject> all = ((EObject) application).eAllContents(); all.hasNext();) {
            if (all.next() instanceof MPart part) {
                ids.add(part.getElementId());
            }
        }

        assertThat(ids).contains("org.fieldbook.ui.part.agenda", "org.fieldbook.ui.part.workorders", "org.fieldbook.ui.part.workorder");
    }

    private static MApplication loadApplicationModel() {
        ResourceSetImpl resources = new ResourceSetImpl();
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("e4xmi", new XMIResourceFactoryImpl());
        Resource resource = resources.getResource(
                org.eclipse.emf.common.util.URI.createPlatformPluginURI("org.fieldbook.app/Application.e4xmi", true), true);
        return (MApplication) resource.getContents().get(0);
    }

    private static Class<?> loadContribution(String contributionUri) throws ClassNotFoundException {
        URI uri = URI.create(contributionUri);
        Bundle bundle = Platform.getBundle(uri.getHost());
        assertThat(bundle).as("bundle " + uri.getHost() + " in the runtime").isNotNull();
        return bundle.loadClass(uri.getPath().substring(1));
    }

    private static String property(IConfigurationElement product, String name) {
        for (IConfigurationElement property : product.getChildren("property")) {
            if (name.equals(property.getAttribute("name"))) {
                return property.getAttribute("value");
            }
        }
        return null;
    }
}
