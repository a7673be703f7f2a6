package com.becflow.invoicing.app;

import com.becflow.invoicing.Invoice;
import com.becflow.shared.money.Money;
import com.becflow.shared.tenant.TenantContext;
import java.util.Optional;

/**
 * What a payment plan the client accepted lets them pay at least now: the part of the next installment still unpaid
 * (the balance when less), so an installment can be paid online on an invoice that otherwise takes only its balance.
 * Empty when the invoice has no accepted plan.
 */
public interface PlannedPayments {

    Optional<Money> smallestPayment(Invoice invoice, TenantContext ctx);
}
