package org.fieldbook.backoffice.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.olingo.commons.api.edm.EdmPrimitiveTypeKind;
import org.apache.olingo.commons.api.edm.FullQualifiedName;
import org.apache.olingo.commons.api.edm.provider.CsdlAction;
import org.apache.olingo.commons.api.edm.provider.CsdlActionImport;
import org.apache.olingo.commons.api.edm.provider.CsdlComplexType;
import org.apache.olingo.commons.api.edm.provider.CsdlParameter;
import org.apache.olingo.commons.api.edm.provider.CsdlProperty;
import org.apache.olingo.commons.api.edm.provider.CsdlReturnType;

/**
 * The CSDL of Dataverse's messages that move a note's file in blocks: unbound actions with Dataverse's parameter
 * names and response types. The Target parameters are annotations (Dataverse types them as its base entity).
 */
final class BlockMessageTypes {

    static final String INITIALIZE_UPLOAD = "InitializeAnnotationBlocksUpload";
    static final String UPLOAD_BLOCK = "UploadBlock";
    static final String COMMIT_UPLOAD = "CommitAnnotationBlocksUpload";
    static final String INITIALIZE_DOWNLOAD = "InitializeAnnotationBlocksDownload";
    static final String DOWNLOAD_BLOCK = "DownloadBlock";

    private static final String RESPONSE = "Response";
    private static final FullQualifiedName ANNOTATION = name("annotation");
    private static final FullQualifiedName STRING = EdmPrimitiveTypeKind.String.getFullQualifiedName();
    private static final FullQualifiedName INT32 = EdmPrimitiveTypeKind.Int32.getFullQualifiedName();
    private static final FullQualifiedName INT64 = EdmPrimitiveTypeKind.Int64.getFullQualifiedName();

    private static final Map<String, CsdlComplexType> RESPONSES = responses();
    private static final Map<String, CsdlAction> ACTIONS = actions();

    private BlockMessageTypes() {
    }

    static List<CsdlComplexType> complexTypes() {
        return List.copyOf(RESPONSES.values());
    }

    static List<CsdlAction> actions(FullQualifiedName name) {
        CsdlAction action = FieldbookEdmProvider.NAMESPACE.equals(name.getNamespace()) ? ACTIONS.get(name.getName()) : null;
        return action == null ? null : List.of(action);
    }

    static List<CsdlAction> allActions() {
        return List.copyOf(ACTIONS.values());
    }

    static CsdlComplexType complexType(FullQualifiedName name) {
        return FieldbookEdmProvider.NAMESPACE.equals(name.getNamespace()) ? RESPONSES.get(name.getName()) : null;
    }

    static CsdlActionImport actionImport(String name) {
        return ACTIONS.containsKey(name) ? new CsdlActionImport().setName(name).setAction(name(name)) : null;
    }

    static List<CsdlActionImport> actionImports() {
        return ACTIONS.keySet().stream().map(BlockMessageTypes::actionImport).toList();
    }

    /** @return the response types by name */
    private static Map<String, CsdlComplexType> responses() {
        return Map.of(INITIALIZE_UPLOAD + RESPONSE, response(INITIALIZE_UPLOAD, property("FileContinuationToken", STRING)),
                COMMIT_UPLOAD + RESPONSE, response(COMMIT_UPLOAD, property("AnnotationId", EdmPrimitiveTypeKind.Guid.getFullQualifiedName()),
                        property("FileSizeInBytes", INT32)),
                INITIALIZE_DOWNLOAD + RESPONSE, response(INITIALIZE_DOWNLOAD, property("FileContinuationToken", STRING),
                        property("FileSizeInBytes", INT32), property("FileName", STRING),
                        property("IsChunkingSupported", EdmPrimitiveTypeKind.Boolean.getFullQualifiedName())),
                DOWNLOAD_BLOCK + RESPONSE, response(DOWNLOAD_BLOCK, property("Data", EdmPrimitiveTypeKind.Binary.getFullQualifiedName())));
    }

    private static Map<String, CsdlAction> actions() {
        Map<String, CsdlAction> actions = new LinkedHashMap<>();
        actions.put(INITIALIZE_UPLOAD, action(INITIALIZE_UPLOAD, true, parameter("Target", ANNOTATION)));
        actions.put(UPLOAD_BLOCK, action(UPLOAD_BLOCK, false, parameter("BlockId", STRING), parameter("BlockData",
                EdmPrimitiveTypeKind.Binary.getFullQualifiedName()), parameter("FileContinuationToken", STRING)));
        actions.put(COMMIT_UPLOAD, action(COMMIT_UPLOAD, true, parameter("Target", ANNOTATION),
                parameter("BlockList", STRING).setCollection(true), parameter("FileContinuationToken", STRING)));
        actions.put(INITIALIZE_DOWNLOAD, action(INITIALIZE_DOWNLOAD, true, parameter("Target", ANNOTATION)));
        actions.put(DOWNLOAD_BLOCK, action(DOWNLOAD_BLOCK, true, parameter("Offset", INT64), parameter("BlockLength", INT64),
                parameter("FileContinuationToken", STRING)));
        return Map.copyOf(actions);
    }

    private static CsdlAction action(String name, boolean answers, CsdlParameter... parameters) {
        CsdlAction action = new CsdlAction().setName(name).setBound(false).setParameters(List.of(parameters));
        return answers ? action.setReturnType(new CsdlReturnType().setType(name(name + RESPONSE)).setNullable(false)) : action;
    }

    private static CsdlParameter parameter(String name, FullQualifiedName type) {
        return new CsdlParameter().setName(name).setType(type).setNullable(false);
    }

    private static CsdlComplexType response(String action, CsdlProperty... properties) {
        return new CsdlComplexType().setName(action + RESPONSE).setProperties(List.of(properties));
    }

    private static CsdlProperty property(String name, FullQualifiedName type) {
        return new CsdlProperty().setName(name).setType(type);
    }

    private static FullQualifiedName name(String name) {
        return new FullQualifiedName(FieldbookEdmProvider.NAMESPACE, name);
    }
}
