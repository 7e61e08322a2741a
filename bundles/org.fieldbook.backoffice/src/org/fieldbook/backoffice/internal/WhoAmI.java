package org.fieldbook.backoffice.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.apache.olingo.commons.api.edm.EdmPrimitiveTypeKind;
import org.apache.olingo.commons.api.edm.FullQualifiedName;
import org.apache.olingo.commons.api.edm.provider.CsdlComplexType;
import org.apache.olingo.commons.api.edm.provider.CsdlFunction;
import org.apache.olingo.commons.api.edm.provider.CsdlFunctionImport;
import org.apache.olingo.commons.api.edm.provider.CsdlProperty;
import org.apache.olingo.commons.api.edm.provider.CsdlReturnType;
import org.apache.olingo.commons.api.format.ContentType;
import org.apache.olingo.commons.api.http.HttpHeader;
import org.apache.olingo.commons.api.http.HttpStatusCode;
import org.apache.olingo.server.api.OData;
import org.apache.olingo.server.api.ODataApplicationException;
import org.apache.olingo.server.api.ODataRequest;
import org.apache.olingo.server.api.ODataResponse;
import org.apache.olingo.server.api.ServiceMetadata;
import org.apache.olingo.server.api.processor.ComplexProcessor;
import org.apache.olingo.server.api.uri.UriInfo;
import org.fieldbook.backoffice.internal.auth.Principal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Dataverse's {@code WhoAmI} function: the signed-in user's {@code systemuserid}, their business unit and the
 * organization. The back office models one business unit, the organization's, which every user is in; its id is
 * derived from the organization's ({@link Ownership}).
 */
final class WhoAmI implements ComplexProcessor {

    static final String NAME = "WhoAmI";
    private static final String RESPONSE = "WhoAmIResponse";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Principal user;
    private final Supplier<String> organizationId;

    /** @param organizationId read when asked: most requests are no WhoAmI */
    WhoAmI(Principal user, Supplier<String> organizationId) {
        this.user = user;
        this.organizationId = organizationId;
    }

    @Override
    public void init(OData odata, ServiceMetadata metadata) {
        // answers from the principal alone
    }

    @Override
    public void readComplex(ODataRequest request, ODataResponse response, UriInfo uriInfo, ContentType format)
            throws ODataApplicationException {
        QueryOptions.requireJson(format);
        if (user == null || user.systemUserId() == null) {
            throw new ODataApplicationException("The signed-in account is no Dataverse user: it has no systemuserid.",
                    HttpStatusCode.FORBIDDEN.getStatusCode(), Locale.ROOT, "0x80040220");
        }
        String organization = organizationId.get();
        ObjectNode answer = JSON.createObjectNode();
        answer.put("@odata.context", request.getRawBaseUri() + "/$metadata#" + FieldbookEdmProvider.NAMESPACE + "." + RESPONSE);
        answer.put("BusinessUnitId", Ownership.businessUnitOf(organization));
        answer.put("UserId", user.systemUserId());
        answer.put("OrganizationId", organization);
        response.setStatusCode(HttpStatusCode.OK.getStatusCode());
        response.setHeader(HttpHeader.CONTENT_TYPE, ContentType.JSON.toContentTypeString());
        response.setContent(new ByteArrayInputStream(answer.toString().getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public void updateComplex(ODataRequest request, ODataResponse response, UriInfo uriInfo, ContentType requestFormat,
            ContentType responseFormat) throws ODataApplicationException {
        throw notAllowed();
    }

    @Override
    public void deleteComplex(ODataRequest request, ODataResponse response, UriInfo uriInfo) throws ODataApplicationException {
        throw notAllowed();
    }

    private static ODataApplicationException notAllowed() {
        return new ODataApplicationException("Only functions answer with a complex value here.",
                HttpStatusCode.METHOD_NOT_ALLOWED.getStatusCode(), Locale.ROOT);
    }

    static CsdlComplexType complexType() {
        FullQualifiedName guid = EdmPrimitiveTypeKind.Guid.getFullQualifiedName();
        return new CsdlComplexType().setName(RESPONSE).setProperties(List.of(new CsdlProperty().setName("BusinessUnitId").setType(guid),
                new CsdlProperty().setName("UserId").setType(guid), new CsdlProperty().setName("OrganizationId").setType(guid)));
    }

    static CsdlFunction function() {
        return new CsdlFunction().setName(NAME).setBound(false).setComposable(false)
                .setReturnType(new CsdlReturnType().setType(new FullQualifiedName(FieldbookEdmProvider.NAMESPACE, RESPONSE)).setNullable(false));
    }

    static CsdlFunctionImport functionImport() {
        return new CsdlFunctionImport().setName(NAME).setFunction(new FullQualifiedName(FieldbookEdmProvider.NAMESPACE, NAME))
                .setIncludeInServiceDocument(false);
    }

    static boolean isResponse(FullQualifiedName name) {
        return FieldbookEdmProvider.NAMESPACE.equals(name.getNamespace()) && RESPONSE.equals(name.getName());
    }
}
