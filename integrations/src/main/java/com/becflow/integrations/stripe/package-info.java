/**
 * Payments through Stripe Connect: {@link com.becflow.integrations.stripe.StripePayments} is the
 * {@link com.becflow.invoicing.payments.PaymentGateway} on Stripe's API, acting on each freelancer's own
 * connected account. Stripe's vocabulary (sessions, payment intents, charges, minor units in
 * {@link com.becflow.integrations.stripe.StripeAmounts}) ends at this package's edge; the rest of Becflow sees
 * checkouts, refunds, disputes and verified notifications in {@link com.becflow.shared.money.Money}.
 */
package com.becflow.integrations.stripe;
