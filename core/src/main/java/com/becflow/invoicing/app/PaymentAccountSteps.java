package com.becflow.invoicing.app;

import com.becflow.invoicing.payments.PaymentAccount;
import com.becflow.invoicing.payments.PaymentAttempts;
import com.becflow.invoicing.payments.PaymentGateway;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** The committed steps of connecting an account, each in its own transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class PaymentAccountSteps {

    private final PaymentAttempts attempts;
    private final Clock clock;

    @Inject
    public PaymentAccountSteps(PaymentAttempts attempts, Clock clock) {
        this.attempts = attempts;
        this.clock = clock;
    }

    protected PaymentAccountSteps() {
        this(null, null);
    }

    public PaymentAccount reserve(TenantContext ctx) {
        return attempts.account(ctx.tenant()).orElseGet(() -> {
            PaymentAccount account = new PaymentAccount(ctx.tenant(), clock.instant());
            attempts.addAccount(account);
            return account;
        });
    }

    public PaymentAccount update(TenantContext ctx, PaymentGateway.ConnectedAccount state) {
        PaymentAccount account = attempts.account(ctx.tenant()).orElseThrow();
        account.update(state, clock.instant());
        return account;
    }
}
