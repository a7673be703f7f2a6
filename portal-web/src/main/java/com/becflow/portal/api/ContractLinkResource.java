package com.becflow.portal.api;

import com.becflow.api.PdfDownload;
import com.becflow.contracts.ContractFile;
import com.becflow.contracts.ContractFileKind;
import com.becflow.contracts.SignatureContext;
import com.becflow.contracts.app.ContractPortal;
import com.becflow.integrations.web.ClientAddresses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A contract behind a portal link. GET only reads (mail scanners follow links): it neither signs nor records
 * a view. Signing and declining are POSTs with a body.
 */
@Path("contracts/{token}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContractLinkResource {

    @Inject
    ContractPortal portal;

    @Context
    HttpServletRequest request;

    @PathParam("token")
    String token;

    @GET
    public PortalContractJson read() {
        return PortalContractJson.from(portal.view(token, false, context()));
    }

    @POST
    @Path("signature")
    public PortalContractJson sign(@NotNull(message = "Send consent and fullName as a JSON body") SignatureJson body) {
        return PortalContractJson.from(portal.sign(token, body.toCommand(), context()));
    }

    @POST
    @Path("decline")
    public PortalContractJson decline(DeclineJson body) {
        return PortalContractJson.from(portal.decline(token, body == null ? null : body.reason, context()));
    }

    @GET
    @Path("signed.pdf")
    @Produces("application/pdf")
    public Response signedPdf() {
        return pdf(portal.file(token, ContractFileKind.SIGNED_CONTRACT), "signed");
    }

    @GET
    @Path("audit-certificate.pdf")
    @Produces("application/pdf")
    public Response certificate() {
        return pdf(portal.file(token, ContractFileKind.AUDIT_CERTIFICATE), "audit-certificate");
    }

    private SignatureContext context() {
        return new SignatureContext(ClientAddresses.of(request), request.getHeader(HttpHeaders.USER_AGENT));
    }

    static Response pdf(ContractFile file, String suffix) {
        return PdfDownload.of(file.pdf(), file.sha256(), "contract-" + suffix + ".pdf");
    }
}
