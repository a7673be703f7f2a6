package com.becflow.integrations.stripe;

import com.becflow.invoicing.PaymentMethod;
import com.becflow.invoicing.payments.PaymentGateway.Checkout;
import com.becflow.invoicing.payments.PaymentGateway.CheckoutState;
import com.becflow.invoicing.payments.PaymentGateway.ConnectedAccount;
import com.becflow.invoicing.payments.PaymentGateway.Dispute;
import com.becflow.invoicing.payments.PaymentGateway.DisputeState;
import com.becflow.invoicing.payments.PaymentGateway.Refund;
import com.becflow.invoicing.payments.PaymentGateway.RefundState;
import com.becflow.invoicing.payments.PaymentOutcomeUnknown;
import com.becflow.shared.money.Money;
import com.stripe.model.Account;
import com.stripe.model.Charge;
import com.stripe.model.PaymentIntent;
import com.stripe.model.checkout.Session;
import java.util.Map;
import java.util.Optional;

/** Stripe's objects as the payment gateway speaks of them; Stripe's words and minor units stay on this side. */
final class StripeObjects {

    private StripeObjects() {
    }

    static ConnectedAccount connectedAccount(Account account) {
        String name = Optional.ofNullable(account.getBusinessProfile()).map(Account.BusinessProfile::getName)
                .or(() -> Optional.ofNullable(account.getSettings()).map(Account.Settings::getDashboard)
                        .map(Account.Settings.Dashboard::getDisplayName))
                .orElse(account.getEmail());
        return new ConnectedAccount(account.getId(), Boolean.TRUE.equals(account.getChargesEnabled()),
                Boolean.TRUE.equals(account.getDetailsSubmitted()), name);
    }

    static Checkout checkout(Session session) {
        PaymentIntent payment = session.getPaymentIntentObject();
        Charge charge = payment == null ? null : payment.getLatestChargeObject();
        PaymentMethod method = charge == null || charge.getPaymentMethodDetails() == null ? null
                : StripePaymentMethods.fromStripeType(charge.getPaymentMethodDetails().getType());
        return new Checkout(session.getId(), session.getUrl(), checkoutState(session.getStatus()),
                "paid".equals(session.getPaymentStatus()),
                StripeAmounts.fromMinor(session.getAmountTotal(), session.getCurrency()),
                session.getPaymentIntent(), payment == null ? null : payment.getLatestCharge(), method,
                session.getMetadata() == null ? Map.of() : Map.copyOf(session.getMetadata()));
    }

    private static CheckoutState checkoutState(String status) {
        return switch (String.valueOf(status)) {
            case "open" -> CheckoutState.OPEN;
            case "complete" -> CheckoutState.COMPLETE;
            case "expired" -> CheckoutState.EXPIRED;
            default -> throw new PaymentOutcomeUnknown("Stripe reported a checkout in state " + status);
        };
    }

    static Refund refund(com.stripe.model.Refund refund) {
        RefundState state = switch (String.valueOf(refund.getStatus())) {
            case "succeeded" -> RefundState.SUCCEEDED;
            case "failed" -> RefundState.FAILED;
            case "canceled" -> RefundState.CANCELED;
            default -> RefundState.PENDING;
        };
        String payment = refund.getPaymentIntent() != null ? refund.getPaymentIntent() : refund.getCharge();
        String attempt = refund.getMetadata() == null ? null : refund.getMetadata().get(StripePayments.ATTEMPT_METADATA);
        return new Refund(refund.getId(), state, StripeAmounts.fromMinor(refund.getAmount(), refund.getCurrency()),
                payment, attempt);
    }

    /**
     * Funds follow from the dispute's status and amount, not from its balance transactions: those are in the
     * account's settlement currency (a USD payment to a EUR account is withdrawn in EUR) and include Stripe's
     * dispute fee, while Becflow speaks of the disputed payment. An inquiry ({@code warning_*}) moves no money;
     * a chargeback withdraws the disputed amount when opened and reinstates it when won. A closed inquiry counts
     * as won: the client dropped it and the freelancer keeps the money.
     */
    static Dispute dispute(com.stripe.model.Dispute dispute) {
        String status = String.valueOf(dispute.getStatus());
        DisputeState state = switch (status) {
            case "won", "warning_closed" -> DisputeState.WON;
            case "lost" -> DisputeState.LOST;
            default -> DisputeState.OPEN;
        };
        Money amount = StripeAmounts.fromMinor(dispute.getAmount(), dispute.getCurrency());
        Money none = Money.zero(amount.currency());
        boolean inquiry = status.startsWith("warning_");
        Money withdrawn = inquiry ? none : amount;
        Money reinstated = !inquiry && state == DisputeState.WON ? amount : none;
        return new Dispute(dispute.getId(), dispute.getCharge(), dispute.getPaymentIntent(), state,
                dispute.getReason(), amount, withdrawn, reinstated);
    }

}
