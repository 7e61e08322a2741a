package org.fieldbook.backoffice.internal;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.apache.olingo.server.api.OData;
import org.apache.olingo.server.api.ODataHttpHandler;
import org.apache.olingo.server.api.ServiceMetadata;
import org.fieldbook.backoffice.internal.auth.JsonResponses;
import org.fieldbook.backoffice.internal.auth.Principal;
import org.fieldbook.backoffice.internal.http.ErrorCodes;
import org.fieldbook.model.dataverse.DataverseSchema;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the Web API through Apache Olingo: URI parsing, the service document and {@code $metadata}
 * come from Olingo; Fieldbook supplies the schema and the processors that read its database.
 */
public final class WebApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient BackOfficeDatabase database;
    private final transient ProfileTableRows profileRows;
    private final transient OrganizationSettingsRow organization;
    private transient OData odata;
    private transient ServiceMetadata metadata;

    public WebApiServlet(BackOfficeDatabase database, ProfileTableRows profileRows, OrganizationSettingsRow organization) {
        this.database = database;
        this.profileRows = profileRows;
        this.organization = organization;
    }

    @Override
    public void init() {
        odata = OData.newInstance();
        metadata = odata.createServiceMetadata(new FieldbookEdmProvider(DataverseSchema.fieldbook()), List.of());
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // A handler per request: Olingo's handlers hold per-request state.
        ODataHttpHandler handler = odata.createHandler(metadata);
        Principal user = (Principal) request.getAttribute(Principal.ATTRIBUTE);
        RowAccess access = RowAccess.of(user);
        handler.register(new RecordProcessor(database, access, Optional.of(new ProfileTableReads(profileRows, user))));
        handler.register(new WhoAmI(user, () -> organization.read().getId()));
        handler.register(new BlockMessages(new NoteBlocks(database, access, user == null ? null : user.userName())));
        // Inner requests of a $batch go to the processors above: they act for the same user.
        handler.register(new BatchRequests(database));
        handler.register(new DataverseErrors());
        try {
            handler.process(new FormSpaces(request), response);
        } catch (StackOverflowError e) {
            // The limits checked before parsing should prevent it; should a parser still recurse too deep, the
            // request is what was too deep.
            if (response.isCommitted()) {
                throw e;
            }
            response.reset();
            JsonResponses.dataverseError(response, 400, ErrorCodes.of(400), "The request is nested too deeply to be read.");
        }
    }
}
