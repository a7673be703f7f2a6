package com.becflow.integrations.stripe;

import static com.becflow.integrations.stripe.FakeStripeJson.JSON;
import static com.becflow.integrations.stripe.FakeStripeJson.now;
import static com.becflow.integrations.stripe.FakeStripeJson.randomId;
import static com.becflow.integrations.stripe.FakeStripeJson.text;

import com.becflow.integrations.stripe.FakeStripeLedger.Caller;
import com.becflow.integrations.stripe.FakeStripeLedger.Owned;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.Set;

/**
 * Money going back on a charge in the fake Stripe: refunds the platform asks for, and disputes the client's bank opens
 * and closes. The charges and what these make live in the {@link FakeStripeLedger}, under its monitor.
 */
final class FakeStripeReversals {

    private static final Set<String> OPEN_DISPUTE = Set.of("warning_needs_response", "warning_under_review",
            "needs_response", "under_review");

    private final FakeStripeLedger ledger;
    private final StripeFixtures fixtures;

    FakeStripeReversals(FakeStripeLedger ledger, StripeFixtures fixtures) {
        this.ledger = ledger;
        this.fixtures = fixtures;
    }

    ObjectNode createRefund(FormParams params, Caller caller) {
        synchronized (ledger) {
            String account = caller.account();
            Optional<String> intentId = params.text("payment_intent").filter(s -> !s.isEmpty());
            Optional<String> chargeParam = params.text("charge").filter(s -> !s.isEmpty());
            if (intentId.isEmpty() && chargeParam.isEmpty()) {
                throw new StripeApiError(400, "invalid_request_error", "parameter_missing", null,
                        "One of the following params should be provided for this request: payment_intent or charge.");
            }
            String chargeId;
            if (intentId.isPresent()) {
                ObjectNode intent = ledger.read(account, intentId.get(), "payment_intent");
                chargeId = text(intent, "latest_charge");
                if (chargeId == null) {
                    throw StripeApiError.invalidRequest("charge_not_refundable",
                            "This PaymentIntent does not have a successful charge to refund.");
                }
            } else {
                chargeId = chargeParam.get();
            }
            ObjectNode charge = ledger.read(account, chargeId, "charge");
            if (!"succeeded".equals(text(charge, "status"))) {
                throw StripeApiError.invalidRequest("charge_not_refundable",
                        "Charge " + chargeId + " has not succeeded and cannot be refunded.");
            }
            if (charge.path("disputed").asBoolean()) {
                throw StripeApiError.invalidRequest("charge_disputed",
                        "Charge " + chargeId + " has been charged back; cannot issue a refund.");
            }
            long remaining = charge.path("amount").asLong() - charge.path("amount_refunded").asLong();
            if (remaining == 0) {
                throw StripeApiError.invalidRequest("charge_already_refunded",
                        "Charge " + chargeId + " has already been refunded.");
            }
            long amount = params.amount("amount").orElse(remaining);
            String currency = text(charge, "currency");
            if (amount < 1) {
                throw StripeApiError.invalidParam("amount", "Invalid positive integer");
            }
            if (amount > remaining) {
                throw new StripeApiError(400, "invalid_request_error", "amount_too_large", "amount",
                        "Refund amount (" + StripeAmounts.fromMinor(amount, currency) + ") is greater than unrefunded amount"
                                + " on charge (" + StripeAmounts.fromMinor(remaining, currency) + ")");
            }
            String type = charge.path("payment_method_details").path("type").asText();
            ObjectNode refund = FakeStripeRefunds.newRefund(fixtures, params, charge, chargeId, amount, currency, type);
            String id = text(refund, "id");
            ledger.hold(account, refund);

            long refunded = charge.path("amount_refunded").asLong() + amount;
            charge.put("amount_refunded", refunded);
            charge.put("refunded", refunded == charge.path("amount").asLong());
            ObjectNode list = charge.withObjectProperty("refunds");
            list.withArrayProperty("data").insert(0, refund.deepCopy());
            list.put("total_count", list.withArrayProperty("data").size());
            ledger.countRefund(account);
            ledger.emit("refund.created", account, refund, null, caller);
            ledger.emit("charge.refunded", account, charge, null, caller);
            return refund;
        }
    }

    String openDispute(String chargeId, String reason) {
        synchronized (ledger) {
            Owned owned = ledger.owned(chargeId);
            if (owned == null || !"charge".equals(text(owned.object(), "object"))) {
                throw new IllegalArgumentException("No charge " + chargeId);
            }
            ObjectNode charge = owned.object();
            if (!"succeeded".equals(text(charge, "status")) || charge.path("disputed").asBoolean()) {
                throw new IllegalStateException("Charge " + chargeId + " cannot be disputed now");
            }
            long amount = charge.path("amount").asLong() - charge.path("amount_refunded").asLong();
            if (amount == 0) {
                throw new IllegalStateException("Charge " + chargeId + " was refunded in full");
            }
            String currency = text(charge, "currency");
            String id = "dp_" + randomId(24);
            long created = now();
            ObjectNode dispute = FakeStripeDisputes.newDispute(fixtures, id, charge, chargeId, amount, currency, reason,
                    created);
            ledger.hold(owned.account(), dispute);
            charge.put("disputed", true);
            Caller bank = Caller.notARequest(owned.account());
            ledger.emit("charge.dispute.created", owned.account(), dispute, null, bank);
            ledger.emit("charge.dispute.funds_withdrawn", owned.account(), dispute, null, bank);
            return id;
        }
    }

    void closeDispute(String disputeId, boolean won) {
        synchronized (ledger) {
            Owned owned = ledger.owned(disputeId);
            if (owned == null || !"dispute".equals(text(owned.object(), "object"))) {
                throw new IllegalArgumentException("No dispute " + disputeId);
            }
            ObjectNode dispute = owned.object();
            if (!OPEN_DISPUTE.contains(text(dispute, "status"))) {
                throw new IllegalStateException("Dispute " + disputeId + " is already " + text(dispute, "status"));
            }
            ObjectNode previous = JSON.objectNode().put("status", text(dispute, "status"));
            dispute.put("status", won ? "won" : "lost");
            if (won) {
                dispute.withArrayProperty("balance_transactions").add(FakeStripeDisputes.disputeTransaction(disputeId,
                        text(dispute, "charge"), dispute.path("amount").asLong(), 0, text(dispute, "currency"),
                        "Chargeback reversal for " + text(dispute, "charge"), "dispute_reversal"));
            }
            Caller bank = Caller.notARequest(owned.account());
            ledger.emit("charge.dispute.closed", owned.account(), dispute, previous, bank);
            if (won) {
                ledger.emit("charge.dispute.funds_reinstated", owned.account(), dispute, null, bank);
            }
        }
    }
}
