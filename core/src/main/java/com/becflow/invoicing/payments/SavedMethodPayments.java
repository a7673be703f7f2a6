package com.becflow.invoicing.payments;

import com.becflow.shared.tenant.TenantContext;

/**
 * Payments of saved methods (autopay), as the provider's notifications report them: a bank debit that cleared or
 * bounced. Implemented beside the plans, so the notifications do not depend on them.
 */
public interface SavedMethodPayments {

    /**
     * Reads the payment from the provider (outside any transaction) and returns what to do with it in the transaction
     * that applies the notification; nothing for a payment that is none of autopay's or was settled already.
     */
    Runnable settle(TenantContext ctx, String accountId, String paymentReference);
}
