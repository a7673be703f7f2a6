/**
 * Taking money online through a payment provider, as the invoicing context sees it: a tenant's connected
 * account, hosted checkouts, refunds, disputes and the provider's signed event notifications. The port
 * speaks in {@link com.becflow.shared.money.Money}; minor units and the provider's vocabulary stay in its
 * adapter. Every call that creates something takes an idempotency key the caller stored before the first
 * try, so a retry after a lost answer can never create a second thing.
 */
package com.becflow.invoicing.payments;
