package org.fieldbook.backoffice.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.olingo.commons.api.edm.EdmPrimitiveTypeKind;
import org.apache.olingo.commons.api.edm.FullQualifiedName;
import org.apache.olingo.commons.api.edm.provider.CsdlAbstractEdmProvider;
import org.apache.olingo.commons.api.edm.provider.CsdlAction;
import org.apache.olingo.commons.api.edm.provider.CsdlActionImport;
import org.apache.olingo.commons.api.edm.provider.CsdlComplexType;
import org.apache.olingo.commons.api.edm.provider.CsdlEntityContainer;
import org.apache.olingo.commons.api.edm.provider.CsdlEntityContainerInfo;
import org.apache.olingo.commons.api.edm.provider.CsdlEntitySet;
import org.apache.olingo.commons.api.edm.provider.CsdlEntityType;
import org.apache.olingo.commons.api.edm.provider.CsdlFunction;
import org.apache.olingo.commons.api.edm.provider.CsdlFunctionImport;
import org.apache.olingo.commons.api.edm.provider.CsdlNavigationProperty;
import org.apache.olingo.commons.api.edm.provider.CsdlNavigationPropertyBinding;
import org.apache.olingo.commons.api.edm.provider.CsdlParameter;
import org.apache.olingo.commons.api.edm.provider.CsdlProperty;
import org.apache.olingo.commons.api.edm.provider.CsdlPropertyRef;
import org.apache.olingo.commons.api.edm.provider.CsdlReturnType;
import org.apache.olingo.commons.api.edm.provider.CsdlSchema;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.fieldbook.model.dataverse.DataverseColumn;
import org.fieldbook.model.dataverse.DataverseLookup;
import org.fieldbook.model.dataverse.DataverseSchema;
import org.fieldbook.model.dataverse.DataverseTable;

/**
 * The CSDL of the Web API, derived from the EMF model's Dataverse names so that the server describes
 * exactly the tables and columns the client knows. Names follow Dataverse: namespace
 * {@value #NAMESPACE}, container {@code System}.
 */
public final class FieldbookEdmProvider extends CsdlAbstractEdmProvider {

    static final String NAMESPACE = "Microsoft.Dynamics.CRM";
    static final FullQualifiedName CONTAINER = new FullQualifiedName(NAMESPACE, "System");

    private static final Map<Class<?>, EdmPrimitiveTypeKind> PRIMITIVES = Map.of(
            String.class, EdmPrimitiveTypeKind.String,
            Instant.class, EdmPrimitiveTypeKind.DateTimeOffset,
            long.class, EdmPrimitiveTypeKind.Int64,
            Long.class, EdmPrimitiveTypeKind.Int64,
            int.class, EdmPrimitiveTypeKind.Int32,
            Integer.class, EdmPrimitiveTypeKind.Int32,
            double.class, EdmPrimitiveTypeKind.Double,
            boolean.class, EdmPrimitiveTypeKind.Boolean,
            BigDecimal.class, EdmPrimitiveTypeKind.Decimal);

    private final DataverseSchema schema;

    public FieldbookEdmProvider(DataverseSchema schema) {
        this.schema = schema;
    }

    @Override
    public CsdlEntityType getEntityType(FullQualifiedName name) {
        if (!NAMESPACE.equals(name.getNamespace())) {
            return null;
        }
        return ProfileTable.byType(name.getName()).map(ProfileTable::csdlEntityType)
                .or(() -> servedTables().filter(table -> table.logicalName().equals(name.getName())).findFirst().map(this::entityType))
                .orElse(null);
    }

    @Override
    public CsdlEntitySet getEntitySet(FullQualifiedName container, String name) {
        if (!CONTAINER.equals(container)) {
            return null;
        }
        return ProfileTable.bySet(name).map(ProfileTable::csdlEntitySet)
                .or(() -> schema.byEntitySet(name).map(this::entitySet)).orElse(null);
    }

    @Override
    public CsdlFunctionImport getFunctionImport(FullQualifiedName container, String name) {
        return CONTAINER.equals(container) && WhoAmI.NAME.equals(name) ? WhoAmI.functionImport() : null;
    }

    /** Dataverse's query functions, declared as Dataverse does so that {@code $filter} can call them. */
    private static final List<String> DATE_FUNCTIONS = List.of("Today", "NextXDays", "LastXDays", "OnOrAfter", "OnOrBefore");

    /** Dataverse's query functions over a list of values: {@code PropertyValues} is a collection of strings. */
    private static final List<String> LIST_FUNCTIONS = List.of("In", "Between");

    @Override
    public List<CsdlFunction> getFunctions(FullQualifiedName name) {
        if (!NAMESPACE.equals(name.getNamespace())) {
            return null;
        }
        if (WhoAmI.NAME.equals(name.getName())) {
            return List.of(WhoAmI.function());
        }
        if (LIST_FUNCTIONS.contains(name.getName())) {
            return List.of(listFunction(name.getName()));
        }
        return DATE_FUNCTIONS.contains(name.getName()) ? List.of(function(name.getName())) : null;
    }

    private static CsdlFunction listFunction(String name) {
        return new CsdlFunction().setName(name).setBound(false).setComposable(true)
                .setParameters(List.of(
                        new CsdlParameter().setName("PropertyName").setType(EdmPrimitiveTypeKind.String.getFullQualifiedName())
                                .setNullable(false),
                        new CsdlParameter().setName("PropertyValues").setType(EdmPrimitiveTypeKind.String.getFullQualifiedName())
                                .setCollection(true).setNullable(false)))
                .setReturnType(new CsdlReturnType().setType(EdmPrimitiveTypeKind.Boolean.getFullQualifiedName()));
    }

    private static CsdlFunction function(String name) {
        List<CsdlParameter> parameters = new ArrayList<>();
        parameters.add(new CsdlParameter().setName("PropertyName").setType(EdmPrimitiveTypeKind.String.getFullQualifiedName())
                .setNullable(false));
        if (!name.equals("Today")) {
            EdmPrimitiveTypeKind valueType = name.endsWith("XDays") ? EdmPrimitiveTypeKind.Int64 : EdmPrimitiveTypeKind.String;
            parameters.add(new CsdlParameter().setName("PropertyValue").setType(valueType.getFullQualifiedName()).setNullable(false));
        }
        return new CsdlFunction().setName(name).setBound(false).setComposable(true).setParameters(parameters)
                .setReturnType(new CsdlReturnType().setType(EdmPrimitiveTypeKind.Boolean.getFullQualifiedName()));
    }

    @Override
    public List<CsdlAction> getActions(FullQualifiedName name) {
        return BlockMessageTypes.actions(name);
    }

    @Override
    public CsdlActionImport getActionImport(FullQualifiedName container, String name) {
        return CONTAINER.equals(container) ? BlockMessageTypes.actionImport(name) : null;
    }

    @Override
    public CsdlComplexType getComplexType(FullQualifiedName name) {
        return WhoAmI.isResponse(name) ? WhoAmI.complexType() : BlockMessageTypes.complexType(name);
    }

    @Override
    public CsdlEntityContainer getEntityContainer() {
        return new CsdlEntityContainer()
                .setName(CONTAINER.getName())
                .setEntitySets(Stream.concat(servedTables().map(this::entitySet),
                        Arrays.stream(ProfileTable.values()).map(ProfileTable::csdlEntitySet)).toList())
                .setActionImports(BlockMessageTypes.actionImports())
                .setFunctionImports(List.of(WhoAmI.functionImport()));
    }

    @Override
    public CsdlEntityContainerInfo getEntityContainerInfo(FullQualifiedName name) {
        return name == null || CONTAINER.equals(name) ? new CsdlEntityContainerInfo().setContainerName(CONTAINER) : null;
    }

    @Override
    public List<CsdlSchema> getSchemas() {
        return List.of(new CsdlSchema()
                .setNamespace(NAMESPACE)
                .setEntityTypes(Stream.concat(servedTables().map(this::entityType),
                        Arrays.stream(ProfileTable.values()).map(ProfileTable::csdlEntityType)).toList())
                .setFunctions(Stream.of(DATE_FUNCTIONS.stream().map(FieldbookEdmProvider::function),
                        LIST_FUNCTIONS.stream().map(FieldbookEdmProvider::listFunction), Stream.of(WhoAmI.function()))
                        .flatMap(functions -> functions).toList())
                .setActions(BlockMessageTypes.allActions())
                .setComplexTypes(Stream.concat(BlockMessageTypes.complexTypes().stream(), Stream.of(WhoAmI.complexType())).toList())
                .setEntityContainer(getEntityContainer()));
    }

    /**
     * The model's tables as the Web API serves them: the offline-profile tables the model also names are
     * served with Dataverse's columns instead ({@link ProfileTable}).
     */
    private Stream<DataverseTable> servedTables() {
        return schema.tables().stream().filter(table -> ProfileTable.bySet(table.entitySet()).isEmpty());
    }

    private CsdlEntitySet entitySet(DataverseTable table) {
        List<CsdlNavigationPropertyBinding> bindings = table.lookups().stream()
                .map(lookup -> new CsdlNavigationPropertyBinding().setPath(lookup.navigation()).setTarget(target(lookup).entitySet()))
                .toList();
        return new CsdlEntitySet().setName(table.entitySet()).setType(typeName(table)).setNavigationPropertyBindings(bindings);
    }

    /** Lookups are also navigation properties: writing one is binding it, {@code nav@odata.bind}. */
    private List<CsdlNavigationProperty> navigationProperties(DataverseTable table) {
        return table.lookups().stream()
                .map(lookup -> new CsdlNavigationProperty().setName(lookup.navigation()).setType(typeName(target(lookup)))
                        .setNullable(true))
                .toList();
    }

    private DataverseTable target(DataverseLookup lookup) {
        return schema.byClass(lookup.reference().getEReferenceType()).orElseThrow();
    }

    private CsdlEntityType entityType(DataverseTable table) {
        CsdlProperty key = new CsdlProperty().setName(table.keyColumn())
                .setType(EdmPrimitiveTypeKind.Guid.getFullQualifiedName()).setNullable(false);
        List<CsdlProperty> properties = new ArrayList<>();
        properties.add(key);
        table.columns().stream().map(FieldbookEdmProvider::property).forEach(properties::add);
        table.lookups().stream()
                .map(lookup -> new CsdlProperty().setName(lookup.column()).setType(EdmPrimitiveTypeKind.Guid.getFullQualifiedName()))
                .forEach(properties::add);
        return new CsdlEntityType().setName(table.logicalName())
                .setKey(List.of(new CsdlPropertyRef().setName(key.getName())))
                .setProperties(properties)
                .setNavigationProperties(navigationProperties(table));
    }

    /** A column holding another row's key ({@code _userid_value}) is a GUID, as Dataverse types it. */
    private static CsdlProperty property(DataverseColumn column) {
        EdmPrimitiveTypeKind type = DataverseColumn.isLookupName(column.name()) ? EdmPrimitiveTypeKind.Guid : edmType(column.attribute());
        return new CsdlProperty().setName(column.name()).setType(type.getFullQualifiedName());
    }

    /** Choices (EMF enums) travel as their integer option values, as in Dataverse. */
    private static EdmPrimitiveTypeKind edmType(EAttribute attribute) {
        if (attribute.getEAttributeType() instanceof EEnum) {
            return EdmPrimitiveTypeKind.Int32;
        }
        EdmPrimitiveTypeKind kind = PRIMITIVES.get(attribute.getEAttributeType().getInstanceClass());
        if (kind == null) {
            throw new IllegalStateException("No Edm type for " + attribute.getEContainingClass().getName() + "."
                    + attribute.getName() + " (" + attribute.getEAttributeType().getInstanceClassName() + ")");
        }
        return kind;
    }

    private static FullQualifiedName typeName(DataverseTable table) {
        return new FullQualifiedName(NAMESPACE, table.logicalName());
    }
}
