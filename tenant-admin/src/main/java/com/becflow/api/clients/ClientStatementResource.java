package com.becflow.api.clients;

import com.becflow.api.PdfDownload;
import com.becflow.api.security.ApiCaller;
import com.becflow.clients.ClientId;
import com.becflow.invoicing.statements.StatementFile;
import com.becflow.invoicing.statements.app.ClientStatements;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A client's statement of account as a PDF. Its own root path, so it never shadows the clients resource.
 */
@Path("clients/{id}/statement.pdf")
@Tag(name = "Clients", description = "The people and companies a freelancer works for and bills")
@RequestScoped
public class ClientStatementResource {

    @Inject
    ClientStatements statements;

    @Inject
    ApiCaller caller;

    @GET
    @Produces("application/pdf")
    @Operation(operationId = "getClientStatementPdf", summary = "The client's statement of account as a PDF",
            description = "Per currency: the balance at the start of `from`, every invoice, credit note, payment,"
                    + " refund, late fee, discount and write-off on the client's invoices from `from` to `to` (days on"
                    + " the workspace's calendar, inclusive) with the running balance, and the balance at the end of"
                    + " `to`: what the client's invoices owed then. Then the invoices open on `to`, with their due dates"
                    + " and days overdue. The twelve months ending today when left out; at most 5 years. 400"
                    + " `statement.period.invalid` names `from` or `to`.")
    @APIResponse(responseCode = "200", description = "The statement, made from the ledger as it stands when asked for")
    public Response pdf(@PathParam("id") UUID id,
                        @Parameter(description = "First day, ISO-8601; twelve months before `to` when left out",
                                schema = @Schema(format = "date", implementation = String.class))
                        @QueryParam("from") String from,
                        @Parameter(description = "Last day, ISO-8601; today when left out",
                                schema = @Schema(format = "date", implementation = String.class))
                        @QueryParam("to") String to) {
        TenantContext ctx = caller.tenant();
        StatementFile file = statements.pdf(new ClientId(id), statements.period(from, to, ctx), ctx);
        return PdfDownload.of(file.pdf(), file.sha256(), file.fileName());
    }
}
