package org.fieldbook.releng.modelgen;

import java.io.File;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Runs EMF's model code generator on the model bundle's genmodel without an Eclipse IDE.
 * Argument: the model bundle's folder. Exits non-zero when the genmodel has errors.
 */
public final class GenerateModel {

    private static final String PROJECT = "org.fieldbook.model";
    private static final String GENMODEL = "/" + PROJECT + "/model/fieldbook.genmodel";

    private GenerateModel() {
    }

    public static void main(String[] args) {
        File bundle = new File(args.length > 0 ? args[0] : "bundles/" + PROJECT).getAbsoluteFile();
        GenModel genModel = load(bundle);
        check("genmodel", genModel.diagnose());
        Generator generator = new Generator();
        generator.setInput(genModel);
        Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                new BasicMonitor.Printing(System.out));
        check("generation", result);
        System.out.println("Generated EMF model code into " + new File(bundle, "src-gen"));
    }

    private static GenModel load(File bundle) {
        // Outside Eclipse nothing registers these through extension points.
        GenModelPackage.eINSTANCE.eClass();
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        ResourceSet resources = new ResourceSetImpl();
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap()
                .put(Resource.Factory.Registry.DEFAULT_EXTENSION, new EcoreResourceFactoryImpl());
        EcorePlugin.getPlatformResourceMap().put(PROJECT, URI.createFileURI(bundle.getPath() + "/"));
        Resource resource = resources.getResource(URI.createPlatformResourceURI(GENMODEL, true), true);
        GenModel genModel = (GenModel) resource.getContents().get(0);
        genModel.reconcile();
        // Like the IDE's "Reload": add gen elements for classes and features new in the .ecore.
        genModel.getGenPackages().forEach(genPackage -> genPackage.initialize(genPackage.getEcorePackage()));
        genModel.setCanGenerate(true);
        return genModel;
    }

    private static void check(String step, Diagnostic diagnostic) {
        if (diagnostic.getSeverity() == Diagnostic.ERROR) {
            System.err.println(step + " failed: " + diagnostic.getMessage());
            diagnostic.getChildren().forEach(child -> System.err.println("  " + child.getMessage()));
            System.exit(1);
        }
    }
}
