package com.becflow.invoicing.payments;

import com.becflow.shared.tenant.TenantContext;

/**
 * Pages where clients save a method for autopay, as the provider's notifications report them: implemented beside the
 * plans, so the notifications do not depend on them.
 */
public interface SetupPages {

    /**
     * Reads the page from the provider (outside any transaction) and returns what to do with it in the transaction
     * that applies the notification.
     */
    Runnable settle(TenantContext ctx, String accountId, String setupPageId);
}
