package com.becflow.invoicing.plans.app;

import com.becflow.invoicing.payments.PaymentGateway;
import com.becflow.invoicing.payments.SavedMethodGateway;
import com.becflow.invoicing.payments.SavedMethodPayments;
import com.becflow.invoicing.plans.AutopayCharge;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * A bank debit autopay asked for cleared or bounced, as the provider's notification says: its outcome goes on the
 * ledger at once instead of at the next day's look-up. The payment is read from the provider, never from the
 * notification, and applied once ({@link AutopaySteps#answered}) however often it is reported.
 */
@ApplicationScoped
public class AutopayDebitNotifications implements SavedMethodPayments {

    private final SavedMethodGateway saved;
    private final PaymentGateway payments;
    private final AutopaySteps steps;

    @Inject
    public AutopayDebitNotifications(SavedMethodGateway saved, PaymentGateway payments, AutopaySteps steps) {
        this.saved = saved;
        this.payments = payments;
        this.steps = steps;
    }

    protected AutopayDebitNotifications() {
        this(null, null, null);
    }

    @Override
    public Runnable settle(TenantContext ctx, String accountId, String paymentReference) {
        Optional<AutopayCharge> debit = steps.onItsWay(ctx, paymentReference);
        Optional<SavedMethodGateway.Charge> answer = debit.flatMap(charge -> saved.findCharge(accountId, charge.customer(),
                charge.id().toString()));
        if (debit.isEmpty() || answer.isEmpty()) {
            return () -> { };
        }
        return () -> steps.answered(ctx, debit.get(), answer.get(), payments.name());
    }
}
