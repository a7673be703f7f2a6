package com.becflow.portal.api;

import com.becflow.contracts.app.ContractPortal;
import com.becflow.invoicing.app.InvoicePortal;
import com.becflow.portal.PortalLinkNotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** An expired link asks for a fresh one, which goes only to the address the old one was sent to. */
@Path("link-renewals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LinkRenewalResource {

    @Inject
    ContractPortal contracts;

    @Inject
    InvoicePortal invoices;

    @POST
    public Response renew(@NotNull(message = "Send the expired link's token") RenewalJson body) {
        try {
            contracts.renew(body.token);
        } catch (PortalLinkNotFound notAContractLink) {
            invoices.renew(body.token);
        }
        return Response.accepted().build();
    }
}
