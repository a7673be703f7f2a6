package com.becflow.api.contracts;

import com.becflow.api.MailDeliveryJson;
import com.becflow.api.PdfDownload;
import com.becflow.api.problem.InvalidParameters;
import com.becflow.api.security.ApiCaller;
import com.becflow.assistant.app.AssistantDraftTokens;
import com.becflow.clients.ClientId;
import com.becflow.contracts.Contract;
import com.becflow.contracts.ContractFile;
import com.becflow.contracts.ContractFileKind;
import com.becflow.contracts.ContractId;
import com.becflow.contracts.ContractTemplateId;
import com.becflow.contracts.SignatureContext;
import com.becflow.contracts.app.ContractCheckup;
import com.becflow.contracts.app.ContractService;
import com.becflow.integrations.web.ClientAddresses;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("contracts")
@Tag(name = "Contracts", description = "Contracts made from templates, sent to clients to e-sign in the portal, "
        + "with their signed PDFs and evidence")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContractResource {

    static final int MAX_PAGE_SIZE = 200;

    @Inject
    ContractService contracts;

    @Inject
    ContractCheckup checkup;

    @Inject
    ApiCaller caller;

    @Inject
    AssistantDraftTokens draftTokens;

    @Inject
    Clock clock;

    @Context
    UriInfo uri;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(operationId = "listContracts", summary = "List contracts, a page at a time")
    public ContractPageJson list(@Parameter(description = "Only this client's",
                                         schema = @Schema(implementation = UUID.class))
                                 @QueryParam("clientId") String clientId,
                                 @Parameter(description = "Page number, from 0",
                                         schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "1000000"))
                                 @QueryParam("page") @DefaultValue("0") String page,
                                 @Parameter(description = "Contracts per page",
                                         schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                                                 maximum = "" + MAX_PAGE_SIZE))
                                 @QueryParam("size") @DefaultValue("50") String size) {
        Map<String, String> errors = new LinkedHashMap<>();
        ClientId client = null;
        if (clientId != null && !clientId.isBlank()) {
            try {
                client = new ClientId(UUID.fromString(clientId));
            } catch (IllegalArgumentException e) {
                errors.put("clientId", "Not a client id");
            }
        }
        int pageNumber = InvalidParameters.wholeNumber(page, 0, 1_000_000, "page", errors);
        int pageSize = InvalidParameters.wholeNumber(size, 1, MAX_PAGE_SIZE, "size", errors);
        if (!errors.isEmpty()) {
            throw new InvalidParameters(errors);
        }
        TenantContext ctx = caller.tenant();
        return new ContractPageJson(contracts.list(client, pageNumber * pageSize, pageSize, ctx).stream()
                .map(this::json).toList(), pageNumber, pageSize, contracts.count(client, ctx));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getContract", summary = "Get a contract")
    public ContractJson get(@PathParam("id") UUID id) {
        return json(contracts.get(new ContractId(id), caller.tenant()));
    }

    /** A draft from a template for a client. */
    @POST
    @Operation(operationId = "createContract", summary = "Draft a contract from a template for a client",
            description = "Everything left out comes from the template and the client.")
    @APIResponseSchema(value = ContractJson.class, responseCode = "201",
            responseDescription = "The draft; the Location header is its address")
    public Response create(@NotNull(message = "Send the contract as a JSON body") ContractInputJson body) {
        TenantContext ctx = caller.tenant();
        String draftedBy = body.draftToken == null || body.draftToken.isBlank() ? null : draftTokens.open(body.draftToken, ctx);
        Contract contract = contracts.create(body.templateId == null ? null : new ContractTemplateId(body.templateId),
                body.clientId == null ? null : new ClientId(body.clientId), body.toCommand(), draftedBy, ctx);
        return Response.created(uri.getBaseUriBuilder().path("contracts").path(contract.id().toString()).build())
                .entity(json(contract)).build();
    }

    /** Replaces a draft's fields; on a sent, unsigned contract this starts the next revision and kills the old link. */
    @PUT
    @Path("{id}")
    @Operation(operationId = "updateContract", summary = "Replace a contract's fields",
            description = "On a sent, unsigned contract this starts the next revision and the old link stops working.")
    public ContractJson update(@PathParam("id") UUID id,
                               @NotNull(message = "Send the contract as a JSON body") ContractInputJson body) {
        return json(contracts.update(new ContractId(id), body.toCommand(), caller.tenant()));
    }

    /** The document as the client sees (or would see) it: an XHTML fragment. */
    @GET
    @Path("{id}/preview")
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "previewContract", summary = "The contract as the client sees it, as an XHTML fragment")
    public String preview(@PathParam("id") UUID id) {
        return contracts.preview(new ContractId(id), caller.tenant());
    }

    @POST
    @Path("{id}/send")
    @Operation(operationId = "sendContract", summary = "Send a contract to the client to sign",
            description = "Emails the client a personal portal link.")
    public ContractJson send(@PathParam("id") UUID id) {
        return json(contracts.send(new ContractId(id), caller.tenant()));
    }

    @POST
    @Path("{id}/resend")
    @Operation(operationId = "resendContract", summary = "Send a contract's link again")
    public ContractJson resend(@PathParam("id") UUID id) {
        return json(contracts.resend(new ContractId(id), caller.tenant()));
    }

    @POST
    @Path("{id}/void")
    @Operation(operationId = "voidContract", summary = "Void a contract")
    public ContractJson voidContract(@PathParam("id") UUID id) {
        return json(contracts.voidContract(new ContractId(id), caller.tenant()));
    }

    @POST
    @Path("{id}/countersignature")
    @Operation(operationId = "countersignContract", summary = "Countersign a contract the client signed")
    public ContractJson countersign(@PathParam("id") UUID id,
                                    @NotNull(message = "Send consent and fullName as a JSON body") SignatureInputJson body) {
        return json(contracts.countersign(new ContractId(id), body.toCommand(),
                new SignatureContext(ClientAddresses.of(request), request.getHeader(HttpHeaders.USER_AGENT)), caller.tenant()));
    }

    /** Every mail sent about the contract (its links), oldest first: queued, sent (and when) or failed (and why). */
    @GET
    @Path("{id}/checks")
    @Operation(operationId = "checkContract", summary = "Rule checks on a contract's clauses",
            description = "Late fees against the client's jurisdiction (business clients), a cancellation tier that keeps "
                    + "the whole fee long before the start, a missing payment-terms or IP clause, a deposit above the fee. "
                    + "An empty list means no rule is in doubt; a warning never blocks sending.")
    public java.util.List<ClauseWarningJson> checks(@PathParam("id") UUID id) {
        return checkup.of(new ContractId(id), caller.tenant()).stream().map(ClauseWarningJson::from).toList();
    }

    @GET
    @Path("{id}/mails")
    @Operation(operationId = "listContractMails", summary = "The mails sent about a contract and where each stands")
    public java.util.List<MailDeliveryJson> mails(@PathParam("id") UUID id) {
        return contracts.mails(new ContractId(id), caller.tenant()).stream().map(MailDeliveryJson::from).toList();
    }

    @GET
    @Path("{id}/signed.pdf")
    @Produces("application/pdf")
    @Operation(operationId = "getSignedContractPdf", summary = "The signed contract's PDF")
    public Response signedPdf(@PathParam("id") UUID id) {
        return pdf(contracts.file(new ContractId(id), ContractFileKind.SIGNED_CONTRACT, caller.tenant()), "signed");
    }

    @GET
    @Path("{id}/audit-certificate.pdf")
    @Produces("application/pdf")
    @Operation(operationId = "getContractAuditCertificatePdf", summary = "The signed contract's audit certificate PDF")
    public Response certificate(@PathParam("id") UUID id) {
        return pdf(contracts.file(new ContractId(id), ContractFileKind.AUDIT_CERTIFICATE, caller.tenant()),
                "audit-certificate");
    }

    /** The hash-chained event log, the signatures' evidence, and whether everything stored still matches its hash. */
    @GET
    @Path("{id}/audit-trail")
    @Operation(operationId = "getContractAuditTrail",
            summary = "A contract's evidence: its hash-chained events, signatures, and whether all still check out")
    public AuditTrailJson auditTrail(@PathParam("id") UUID id) {
        ContractId contract = new ContractId(id);
        TenantContext ctx = caller.tenant();
        return AuditTrailJson.of(id.toString(), contracts.integrity(contract, ctx), contracts.signatures(contract, ctx),
                contracts.events(contract, ctx));
    }

    private static Response pdf(ContractFile file, String suffix) {
        return PdfDownload.of(file.pdf(), file.sha256(), "contract-" + file.contractId() + "-" + suffix + ".pdf");
    }

    private ContractJson json(Contract contract) {
        return ContractJson.from(contract, clock.instant());
    }
}
