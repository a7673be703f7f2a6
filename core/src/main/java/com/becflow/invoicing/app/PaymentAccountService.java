package com.becflow.invoicing.app;

import com.becflow.invoicing.InvoiceStateConflict;
import com.becflow.invoicing.payments.ForeignReturnUrl;
import com.becflow.invoicing.payments.PaymentAccount;
import com.becflow.invoicing.payments.PaymentAttempts;
import com.becflow.invoicing.payments.PaymentGateway;
import com.becflow.invoicing.payments.PaymentOutcomeUnknown;
import com.becflow.invoicing.payments.PaymentRefused;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.tenancy.Tenant;
import com.becflow.tenancy.app.TenantRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Connecting a tenant's own Stripe account (Stripe Connect), so that clients' money goes to the freelancer.
 * The account row and its idempotency key are committed before Stripe is asked to make the account.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class PaymentAccountService {

    private final PaymentGateway gateway;
    private final PaymentAttempts attempts;
    private final PaymentAccountSteps steps;
    private final TenantRegistry tenants;
    private final String publicUrl;

    @Inject
    public PaymentAccountService(PaymentGateway gateway, PaymentAttempts attempts, PaymentAccountSteps steps,
                                 TenantRegistry tenants, @ConfigProperty(name = "BECFLOW_PUBLIC_URL") String publicUrl) {
        this.gateway = gateway;
        this.attempts = attempts;
        this.steps = steps;
        this.tenants = tenants;
        this.publicUrl = publicUrl == null ? null : publicUrl.replaceAll("/+$", "");
    }

    protected PaymentAccountService() {
        this(null, null, null, null, null);
    }

    public boolean providerConfigured() {
        return gateway.configured();
    }

    /** Whether the provider takes test payments only (Stripe's test mode, or the local sandbox). */
    public boolean testMode() {
        return gateway.configured() && gateway.testMode();
    }

    public Optional<PaymentAccount> account(TenantContext ctx) {
        return attempts.account(ctx.tenant());
    }

    /**
     * Where the freelancer finishes Stripe's onboarding; makes the connected account first if there is none.
     *
     * @param returnUrl where Stripe sends the freelancer back: a page of this Becflow (under its public address)
     * @throws ForeignReturnUrl for any other address, before anything is asked of Stripe
     */
    public String onboardingLink(TenantContext ctx, String returnUrl) {
        if (!ours(returnUrl, publicUrl)) {
            throw new ForeignReturnUrl(publicUrl);
        }
        ctx.requireWritable();
        if (!gateway.configured()) {
            throw new InvoiceStateConflict("payment.online.not-configured", "Online payments are not set up on this Becflow server");
        }
        PaymentAccount account = steps.reserve(ctx);
        try {
            if (account.accountId() == null) {
                Tenant tenant = tenants.get(ctx.tenant());
                account = steps.update(ctx, gateway.createAccount(tenant.ownerEmail(), tenant.displayName(),
                        account.idempotencyKey()));
            }
            return gateway.onboardingLink(account.accountId(), returnUrl, returnUrl);
        } catch (PaymentOutcomeUnknown e) {
            throw new PaymentPending("payment.pending.no-answer", "Stripe did not answer in time; try again in a minute");
        } catch (PaymentRefused e) {
            throw new InvoiceStateConflict("payment.account.refused", "Stripe refused: " + e.getMessage());
        }
    }

    /**
     * Whether {@code url} is a page of the Becflow at {@code publicUrl}: the same scheme, host and port, no user
     * part, and a path within the public address's own path. Anything that does not parse strictly is not.
     */
    static boolean ours(String url, String publicUrl) {
        if (url == null || publicUrl == null || url.length() > 2000) {
            return false;
        }
        try {
            URI candidate = new URI(url);
            URI base = new URI(publicUrl);
            if (!candidate.isAbsolute() || candidate.isOpaque() || candidate.getRawUserInfo() != null
                    || candidate.getHost() == null || base.getHost() == null
                    || !base.getScheme().equalsIgnoreCase(candidate.getScheme())
                    || !base.getHost().equalsIgnoreCase(candidate.getHost())
                    || port(base) != port(candidate)) {
                return false;
            }
            String basePath = base.getRawPath() == null ? "" : base.getRawPath().replaceAll("/+$", "");
            String path = candidate.getRawPath() == null ? "" : candidate.getRawPath();
            return path.equals(basePath) || path.startsWith(basePath + "/");
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return switch (uri.getScheme().toLowerCase(Locale.ROOT)) {
            case "https" -> 443;
            case "http" -> 80;
            default -> -1;
        };
    }

    /** Reads the account's state from Stripe, e.g. when the freelancer comes back from onboarding. */
    public Optional<PaymentAccount> refresh(TenantContext ctx) {
        Optional<PaymentAccount> account = attempts.account(ctx.tenant()).filter(a -> a.accountId() != null);
        if (account.isEmpty() || !gateway.configured()) {
            return account;
        }
        return Optional.of(steps.update(ctx, gateway.account(account.get().accountId())));
    }
}
