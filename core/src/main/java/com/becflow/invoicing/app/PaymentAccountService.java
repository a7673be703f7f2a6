package com.becflow.invoicing.app;

import com.becflow.invoicing.InvoiceStateConflict;
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
import java.util.Optional;

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

    @Inject
    public PaymentAccountService(PaymentGateway gateway, PaymentAttempts attempts, PaymentAccountSteps steps,
                                 TenantRegistry tenants) {
        this.gateway = gateway;
        this.attempts = attempts;
        this.steps = steps;
        this.tenants = tenants;
    }

    protected PaymentAccountService() {
        this(null, null, null, null);
    }

    public boolean providerConfigured() {
        return gateway.configured();
    }

    public Optional<PaymentAccount> account(TenantContext ctx) {
        return attempts.account(ctx.tenant());
    }

    /** Where the freelancer finishes Stripe's onboarding; makes the connected account first if there is none. */
    public String onboardingLink(TenantContext ctx, String returnUrl) {
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

    /** Reads the account's state from Stripe, e.g. when the freelancer comes back from onboarding. */
    public Optional<PaymentAccount> refresh(TenantContext ctx) {
        Optional<PaymentAccount> account = attempts.account(ctx.tenant()).filter(a -> a.accountId() != null);
        if (account.isEmpty() || !gateway.configured()) {
            return account;
        }
        return Optional.of(steps.update(ctx, gateway.account(account.get().accountId())));
    }
}
