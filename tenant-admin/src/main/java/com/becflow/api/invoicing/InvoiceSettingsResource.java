package com.becflow.api.invoicing;

import com.becflow.api.security.ApiCaller;
import com.becflow.invoicing.app.InvoiceSettingsService;
import com.becflow.invoicing.app.PaymentAccountService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** How invoices are numbered and look, and the tenant's Stripe connection. */
@Path("invoice-settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InvoiceSettingsResource {

    @Inject
    InvoiceSettingsService settings;

    @Inject
    PaymentAccountService accounts;

    @Inject
    ApiCaller caller;

    @GET
    public InvoiceSettingsJson get() {
        return InvoiceSettingsJson.from(settings.get(caller.tenant()));
    }

    /** Replaces every field; numbering changes apply to the next document issued. */
    @PUT
    public InvoiceSettingsJson update(@NotNull(message = "Send the settings as a JSON body") InvoiceSettingsJson body) {
        return InvoiceSettingsJson.from(settings.update(body.numbering(), body.defaultNetDays, body.branding(),
                caller.tenant()));
    }

    /** Whether online payments work: the platform has Stripe, the tenant connected its account, Stripe allows charges. */
    @GET
    @Path("payment-account")
    public PaymentAccountJson paymentAccount() {
        return PaymentAccountJson.of(accounts.providerConfigured(), accounts.refresh(caller.tenant()).orElse(null));
    }

    /**
     * A single-use Stripe onboarding link; Stripe sends the freelancer back to returnUrl, which must be a page of this
     * Becflow (under its public address): any other is refused ({@code payment-account.return-url.not-ours}).
     */
    @POST
    @Path("payment-account/onboarding-link")
    public OnboardingLinkJson onboardingLink(@NotNull(message = "Send returnUrl as a JSON body") OnboardingLinkJson body) {
        OnboardingLinkJson link = new OnboardingLinkJson();
        link.returnUrl = body.returnUrl;
        link.url = accounts.onboardingLink(caller.tenant(), body.returnUrl);
        return link;
    }

    public static class OnboardingLinkJson {
        public String returnUrl;
        public String url;
    }

    public record PaymentAccountJson(boolean providerConfigured, String accountId, boolean chargesEnabled,
                                     boolean detailsSubmitted, String displayName) {
        static PaymentAccountJson of(boolean configured, com.becflow.invoicing.payments.PaymentAccount a) {
            return a == null ? new PaymentAccountJson(configured, null, false, false, null)
                    : new PaymentAccountJson(configured, a.accountId(), a.chargesEnabled(), a.detailsSubmitted(), a.displayName());
        }
    }
}
