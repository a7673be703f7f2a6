package com.becflow.portal.api;

import com.becflow.api.PdfDownload;
import com.becflow.contracts.ContractId;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.statements.StatementFile;
import com.becflow.portal.PortalLinkNotFound;
import com.becflow.portal.app.IssuedLink;
import com.becflow.portal.home.ClientHome;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A client's home with one freelancer, behind any link to an invoice or contract they were sent: everything they have
 * there (GET), their statement of account (GET, PDF), and a fresh link to open one of those documents (POST, so no mail
 * scanner makes links by reading).
 */
@Path("home/{token}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HomeLinkResource {

    @Inject
    ClientHome home;

    @Inject
    @ConfigProperty(name = "BECFLOW_PUBLIC_URL")
    String publicUrl;

    @PathParam("token")
    String token;

    @GET
    public PortalHomeJson read() {
        return PortalHomeJson.from(home.overview(token));
    }

    @POST
    @Path("invoices/{id}/link")
    public OpenedJson openInvoice(@PathParam("id") String id) {
        return opened("invoice", home.openInvoice(token, new InvoiceId(uuid(id))));
    }

    @POST
    @Path("contracts/{id}/link")
    public OpenedJson openContract(@PathParam("id") String id) {
        return opened("contract", home.openContract(token, new ContractId(uuid(id))));
    }

    /** The client's statement of account; {@code from} and {@code to} as ISO-8601 days, or left out. */
    @GET
    @Path("statement.pdf")
    @Produces("application/pdf")
    public Response statement(@QueryParam("from") String from, @QueryParam("to") String to) {
        StatementFile file = home.statement(token, from, to);
        return PdfDownload.of(file.pdf(), file.sha256(), file.fileName());
    }

    private OpenedJson opened(String page, IssuedLink link) {
        return OpenedJson.of(publicUrl, page, link);
    }

    /** A document id that is no id at all is as unknown as another client's. */
    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw PortalLinkNotFound.unknown();
        }
    }

    /** The page a fresh link opens, and until when the link works. */
    public record OpenedJson(String url, String expiresAt) {

        /** {@code page}: the portal page the link is for ({@code invoice}, {@code contract}, {@code home}). */
        static OpenedJson of(String publicUrl, String page, IssuedLink link) {
            return new OpenedJson(publicUrl.replaceAll("/+$", "") + "/portal/" + page + "/" + link.token(),
                    link.link().expiresAt().toString());
        }
    }
}
