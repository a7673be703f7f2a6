package com.becflow.invoicing.app;

import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceStateConflict;
import com.becflow.invoicing.InvalidInvoice;
import com.becflow.invoicing.payments.PaymentAccount;
import com.becflow.invoicing.payments.PaymentAttempt;
import com.becflow.invoicing.payments.PaymentAttemptKind;
import com.becflow.invoicing.payments.PaymentAttempts;
import com.becflow.invoicing.payments.PaymentGateway;
import com.becflow.invoicing.payments.PaymentGateway.Checkout;
import com.becflow.invoicing.payments.PaymentGateway.CheckoutRequest;
import com.becflow.invoicing.payments.PaymentOutcomeUnknown;
import com.becflow.invoicing.payments.PaymentRefused;
import com.becflow.shared.money.Money;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Paying an invoice online. The order is what makes it exactly once: the attempt and its idempotency key
 * are committed, then the provider is called (outside any transaction), then its answer is stored. A lost
 * answer leaves the attempt "unknown", which blocks a new payment until a retry with the same key (the next
 * click, or the reconciliation job) learns what the provider made.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class OnlinePayments {

    private final PaymentGateway gateway;
    private final PaymentAttempts attempts;
    private final PaymentSteps steps;
    private final InvoicePortal portal;
    private final String publicUrl;

    @Inject
    public OnlinePayments(PaymentGateway gateway, PaymentAttempts attempts, PaymentSteps steps, InvoicePortal portal,
                          @ConfigProperty(name = "BECFLOW_PUBLIC_URL") String publicUrl) {
        this.gateway = gateway;
        this.attempts = attempts;
        this.steps = steps;
        this.portal = portal;
        this.publicUrl = publicUrl == null ? null : publicUrl.replaceAll("/+$", "");
    }

    protected OnlinePayments() {
        this(null, null, null, null, null);
    }

    /** Whether this tenant takes payments online now: the platform has a provider and the tenant's account is ready. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean available(TenantContext ctx) {
        return gateway.configured() && attempts.account(ctx.tenant()).filter(PaymentAccount::ready).isPresent();
    }

    /** An online payment of this invoice was started and is not settled: the client waits rather than pays twice. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean pending(TenantContext ctx, InvoiceId invoice) {
        return attempts.unsettled(ctx.tenant(), invoice, PaymentAttemptKind.CHECKOUT).stream()
                .anyMatch(a -> a.status() != com.becflow.invoicing.payments.PaymentAttemptStatus.OPEN);
    }

    /**
     * Where the client pays {@code amount} (the whole balance when null) of the invoice behind a link. Any number
     * of clicks, in parallel or not, lead to the same checkout for the same amount.
     */
    public String checkout(String token, BigDecimal amount) {
        InvoicePortal.Opened opened = portal.open(token);
        TenantContext ctx = opened.ctx();
        PaymentAccount account = attempts.account(ctx.tenant()).filter(PaymentAccount::ready)
                .filter(a -> gateway.configured())
                .orElseThrow(() -> new InvoiceStateConflict("This freelancer does not take online payments yet;"
                        + " see the invoice for other ways to pay"));
        Money money = amount == null ? opened.invoice().balance().rounded() : checkedAmount(amount, opened);
        PaymentAttempt attempt = steps.reserveCheckout(opened, money, account);
        if (attempt.url().isPresent()) {
            return attempt.url().get();
        }
        String back = publicUrl + "/portal/invoice/" + token;
        CheckoutRequest request = new CheckoutRequest(money, opened.invoice().kind().label() + " "
                + opened.invoice().number().orElse(""), opened.link().sentTo(), back + "?checkout={CHECKOUT_SESSION_ID}",
                back, Map.of("becflow_tenant", ctx.tenant().toString(), "becflow_invoice", opened.invoice().id().toString(),
                "becflow_attempt", attempt.id().toString()));
        Checkout checkout;
        try {
            checkout = gateway.openCheckout(account.accountId(), request, attempt.idempotencyKey());
        } catch (PaymentOutcomeUnknown e) {
            steps.unanswered(ctx, attempt.id());
            throw new PaymentPending("The payment page did not answer in time. Nothing was charged; try again in a minute");
        } catch (PaymentRefused e) {
            steps.refused(ctx, attempt.id());
            throw new InvoiceStateConflict("The payment provider refused to start this payment: " + e.getMessage());
        }
        steps.answered(ctx, attempt.id(), checkout);
        return checkout.url();
    }

    /**
     * Refunds an online payment through the provider. The request is stored with its key first; if no answer
     * comes, the refund shows as being processed and the reconciliation job asks again with the same key.
     */
    public void refund(InvoiceId invoice, com.becflow.invoicing.app.RefundPayment command, TenantContext ctx) {
        ctx.requireWritable();
        PaymentAccount account = attempts.account(ctx.tenant()).filter(a -> a.accountId() != null)
                .filter(a -> gateway.configured())
                .orElseThrow(() -> new InvoiceStateConflict("Stripe is not connected; this payment cannot be refunded here"));
        PaymentAttempt attempt = steps.reserveRefund(ctx, invoice, command);
        String paymentReference = steps.paymentReference(ctx, attempt);
        PaymentGateway.Refund refund;
        try {
            refund = gateway.refund(account.accountId(), paymentReference, attempt.amount(), attempt.idempotencyKey());
        } catch (PaymentOutcomeUnknown e) {
            steps.unanswered(ctx, attempt.id());
            throw new PaymentPending("Stripe did not answer in time; the refund is being checked and shows up once it is known");
        } catch (PaymentRefused e) {
            steps.refused(ctx, attempt.id());
            throw new InvoiceStateConflict("Stripe refused the refund: " + e.getMessage());
        }
        steps.refundAnswered(ctx, attempt.id(), refund);
    }

    private static Money checkedAmount(BigDecimal amount, InvoicePortal.Opened opened) {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        Money money = InvoiceService.amount(amount, opened.invoice(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInvoice(errors);
        }
        return money;
    }

    /** The client came back from the checkout page: settle it now rather than wait for the provider's notification. */
    public void returned(String token, String checkoutId) {
        if (checkoutId == null || checkoutId.isBlank() || checkoutId.length() > 255) {
            return;
        }
        InvoicePortal.Opened opened = portal.open(token);
        attempts.account(opened.ctx().tenant()).filter(a -> a.accountId() != null).ifPresent(account ->
                steps.settleCheckout(opened.ctx(), account.accountId(), checkoutId)
                        .filter(a -> !a.invoiceId().equals(opened.invoice().id()))
                        .ifPresent(a -> {
                            throw InvalidInvoice.of("checkout", "Not a payment of this invoice");
                        }));
    }
}
