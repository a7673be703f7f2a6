package com.becflow.invoicing.plans.app;

import com.becflow.invoicing.InvoiceId;
import com.becflow.shared.tenant.TenantId;

/**
 * Hands an invoice whose autopay has a charge due to a background job that charges it ({@link AutopayCharging#charge}),
 * with the tenant and the invoice as its explicit arguments. Handing it twice is harmless: each charge is stored before
 * it is asked, under the invoice's lock, and asked with its own key.
 */
public interface AutopayDispatch {

    void dispatch(TenantId tenant, InvoiceId invoice);
}
