package com.becflow.api.invoicing;

import com.becflow.api.security.ApiCaller;
import com.becflow.invoicing.app.InvoiceSettingsService;
import com.becflow.invoicing.app.PaymentAccountService;
import com.becflow.invoicing.thanks.ThankYouTerms;
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
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** How invoices are numbered and look, the thank-you discount for paying on time, and the tenant's Stripe connection. */
@Path("invoice-settings")
@Tag(name = "Invoice settings", description = "How invoices are numbered and look, the thank-you discount for paying "
        + "on time, and the workspace's Stripe connection for online payments")
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
    @Operation(operationId = "getInvoiceSettings", summary = "Get the invoice settings")
    public InvoiceSettingsJson get() {
        return InvoiceSettingsJson.from(settings.get(caller.tenant()));
    }

    /** Replaces every field; numbering changes apply to the next document issued. */
    @PUT
    @Operation(operationId = "updateInvoiceSettings", summary = "Replace the invoice settings",
            description = "Every field is replaced; numbering changes apply to the next document issued.")
    public InvoiceSettingsJson update(@NotNull(message = "Send the settings as a JSON body") InvoiceSettingsJson body) {
        return InvoiceSettingsJson.from(settings.update(body.numbering(), body.defaultNetDays, body.branding(),
                caller.tenant()));
    }

    @GET
    @Path("thank-you-discount")
    @Operation(operationId = "getThankYouDiscountTerms", summary = "The thank-you discount offered for paying on time")
    public ThankYouTermsJson thankYou() {
        return ThankYouTermsJson.from(settings.get(caller.tenant()).thankYouTerms());
    }

    /**
     * Replaces the thank-you offer: while enabled, a client who pays an invoice in full by its due date gets percent off
     * their next invoice, if it is issued within validDays. Discounts already granted keep their terms.
     */
    @PUT
    @Path("thank-you-discount")
    @Operation(operationId = "updateThankYouDiscountTerms", summary = "Replace the thank-you discount offered for paying"
            + " on time", description = "While enabled, a client who pays an invoice in full by its due date gets percent"
            + " off their next invoice (before tax), if it is issued within validDays; discounts already granted keep"
            + " their terms. A percentage outside 0.5 to 50 or with more than two decimals, or days outside 1 to 365,"
            + " is refused on its field (`invoice-settings.thank-you.invalid`).")
    public ThankYouTermsJson changeThankYou(@NotNull(message = "Send the terms as a JSON body") ThankYouTermsJson body) {
        return ThankYouTermsJson.from(settings.changeThankYou(body.enabled, body.percent, body.validDays,
                caller.tenant()));
    }

    public static class ThankYouTermsJson {
        @Schema(required = true, description = "Whether paying on time earns a discount; off by default")
        public Boolean enabled;
        @Schema(minimum = "0.5", maximum = "50", description = "Percent off the next invoice, at most two decimals;"
                + " required while enabled, kept while off")
        public BigDecimal percent;
        @Schema(minimum = "1", maximum = "365", defaultValue = "90",
                description = "Days after the payment the next invoice has to be issued in to take the discount")
        public Integer validDays;

        static ThankYouTermsJson from(ThankYouTerms terms) {
            ThankYouTermsJson json = new ThankYouTermsJson();
            json.enabled = terms.enabled();
            json.percent = terms.percent();
            json.validDays = terms.validDays();
            return json;
        }
    }

    /** Whether online payments work: the platform has Stripe, the tenant connected its account, Stripe allows charges. */
    @GET
    @Path("payment-account")
    @Operation(operationId = "getPaymentAccount", summary = "Whether online payments work",
            description = "The platform has Stripe, the workspace connected its account, and Stripe allows charges.")
    public PaymentAccountJson paymentAccount() {
        return PaymentAccountJson.of(accounts.providerConfigured(), accounts.refresh(caller.tenant()).orElse(null));
    }

    /**
     * A single-use Stripe onboarding link; Stripe sends the freelancer back to returnUrl, which must be a page of this
     * Becflow (under its public address): any other is refused ({@code payment-account.return-url.not-ours}).
     */
    @POST
    @Path("payment-account/onboarding-link")
    @Operation(operationId = "createPaymentAccountOnboardingLink",
            summary = "A single-use Stripe onboarding link, which sends the freelancer back to returnUrl")
    @APIResponse(responseCode = "409", description = "Online payments are not set up on this server "
            + "(`payment.online.not-configured`), or Stripe refused (`payment.account.refused`)")
    public OnboardingLinkJson onboardingLink(@NotNull(message = "Send returnUrl as a JSON body") OnboardingLinkJson body) {
        OnboardingLinkJson link = new OnboardingLinkJson();
        link.returnUrl = body.returnUrl;
        link.url = accounts.onboardingLink(caller.tenant(), body.returnUrl);
        return link;
    }

    public static class OnboardingLinkJson {
        @Schema(required = true, format = "uri", description = "An http(s) address to come back to")
        public String returnUrl;
        @Schema(readOnly = true, format = "uri", description = "Stripe's onboarding page")
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
