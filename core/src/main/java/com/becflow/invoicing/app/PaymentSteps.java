package com.becflow.invoicing.app;

import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceStateConflict;
import com.becflow.invoicing.InvalidInvoice;
import com.becflow.invoicing.Invoices;
import com.becflow.invoicing.Payment;
import com.becflow.invoicing.PaymentId;
import com.becflow.invoicing.PaymentKind;
import com.becflow.invoicing.PaymentMethod;
import com.becflow.invoicing.payments.PaymentAccount;
import com.becflow.invoicing.payments.PaymentAttempt;
import com.becflow.invoicing.payments.PaymentAttemptKind;
import com.becflow.invoicing.payments.PaymentAttemptStatus;
import com.becflow.invoicing.payments.PaymentAttempts;
import com.becflow.invoicing.payments.PaymentGateway;
import com.becflow.invoicing.payments.PaymentGateway.Checkout;
import com.becflow.invoicing.payments.PaymentGateway.CheckoutState;
import com.becflow.shared.money.Money;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The database side of online payments. Callers that talk to the provider run outside any transaction, so each
 * step here commits on return: what must be on disk before the provider is called (an attempt and its
 * idempotency key) is. A provider notification joins the steps into its own transaction instead. Every step
 * locks the invoice first, so webhooks, returning clients, parallel clicks and the reconciliation job apply an
 * outcome once.
 */
@ApplicationScoped
@Transactional
public class PaymentSteps {

    private final Invoices invoices;
    private final PaymentAttempts attempts;
    private final InvoiceService service;
    private final PaymentGateway gateway;
    private final jakarta.enterprise.inject.Instance<PaymentNotifications> notificationsLater;
    private final Clock clock;
    private PaymentNotifications notifications;

    @Inject
    public PaymentSteps(Invoices invoices, PaymentAttempts attempts, InvoiceService service, PaymentGateway gateway,
                        jakarta.enterprise.inject.Instance<PaymentNotifications> notifications, Clock clock) {
        this.invoices = invoices;
        this.attempts = attempts;
        this.service = service;
        this.gateway = gateway;
        this.notificationsLater = notifications;
        this.clock = clock;
    }

    protected PaymentSteps() {
        this(null, null, null, null, null, null);
    }

    /** A checkout to pay {@code amount} of the invoice: the one already under way for that amount, or a new one. */
    public PaymentAttempt reserveCheckout(InvoicePortal.Opened opened, Money amount, PaymentAccount account) {
        TenantContext ctx = opened.ctx();
        Invoice invoice = service.lock(opened.invoice().id(), ctx);
        for (PaymentAttempt earlier : attempts.unsettled(ctx.tenant(), invoice.id(), PaymentAttemptKind.CHECKOUT)) {
            if (earlier.status() == PaymentAttemptStatus.PROCESSING) {
                throw new PaymentPending("A bank payment of " + earlier.amount().rounded()
                        + " is on its way for this invoice; wait until it clears");
            }
            if (earlier.amount().isSameAs(amount)) {
                return earlier;
            }
            if (earlier.status() != PaymentAttemptStatus.OPEN) {
                throw new PaymentPending("A payment was started moments ago and is being checked; try again in a minute");
            }
            Checkout closed = gateway.expireCheckout(account.accountId(), earlier.providerId().orElseThrow());
            settle(ctx, invoice, earlier, closed);
            if (earlier.status() != PaymentAttemptStatus.EXPIRED) {
                throw new PaymentPending("A payment for this invoice just went through; reload the page");
            }
        }
        requirePayable(invoice, amount);
        PaymentAttempt attempt = PaymentAttempt.checkout(invoice.id(), amount, clock.instant());
        attempts.add(ctx.tenant(), attempt);
        return attempt;
    }

    static void requirePayable(Invoice invoice, Money amount) {
        if (!invoice.status().open() || !invoice.balance().isPositive()) {
            throw new InvoiceStateConflict(invoice.describe() + " has nothing left to pay");
        }
        Money balance = invoice.balance().rounded();
        if (amount.isMoreThan(balance)) {
            throw InvalidInvoice.of("amount", "More than the open balance of " + balance);
        }
        Money smallest = invoice.smallestPayment();
        if (smallest.isMoreThan(amount)) {
            throw InvalidInvoice.of("amount", invoice.partialPayments() ? "Pay at least " + smallest
                    : "This invoice is paid in full: " + balance);
        }
    }

    public void answered(TenantContext ctx, UUID attemptId, Checkout checkout) {
        PaymentAttempt attempt = lockedAttempt(ctx, attemptId);
        if (attempt.status() == PaymentAttemptStatus.CREATING || attempt.status() == PaymentAttemptStatus.UNKNOWN) {
            attempt.answered(checkout.id(), checkout.url(), PaymentAttemptStatus.OPEN, clock.instant());
        }
    }

    public void unanswered(TenantContext ctx, UUID attemptId) {
        lockedAttempt(ctx, attemptId).unanswered(clock.instant());
    }

    /** The attempt, read after its invoice is locked, so no other step changes it under us. */
    private PaymentAttempt lockedAttempt(TenantContext ctx, UUID attemptId) {
        PaymentAttempt attempt = attempts.find(ctx.tenant(), attemptId).orElseThrow();
        service.lock(attempt.invoiceId(), ctx);
        attempts.refresh(ctx.tenant(), attempt);
        return attempt;
    }

    /** No checkout was ever made for this attempt: nobody can pay it, so it stops blocking the invoice. */
    public void abandon(TenantContext ctx, UUID attemptId) {
        PaymentAttempt attempt = lockedAttempt(ctx, attemptId);
        if (attempt.providerId().isEmpty() && attempt.status().unsettled()) {
            attempt.settle(PaymentAttemptStatus.EXPIRED, clock.instant());
        }
    }

    public void refused(TenantContext ctx, UUID attemptId) {
        PaymentAttempt attempt = lockedAttempt(ctx, attemptId);
        if (attempt.providerId().isEmpty()) {
            attempt.settle(PaymentAttemptStatus.FAILED, clock.instant());
        }
    }

    /** Applies what the provider says of a checkout now, whoever asks (webhook, returning client, reconciliation). */
    public Optional<PaymentAttempt> settleCheckout(TenantContext ctx, String accountId, String checkoutId) {
        Optional<PaymentAttempt> found = attempts.byProviderId(ctx.tenant(), checkoutId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Invoice invoice = service.lock(found.get().invoiceId(), ctx);
        PaymentAttempt attempt = found.get();
        attempts.refresh(ctx.tenant(), attempt);
        if (!attempt.status().unsettled()) {
            return Optional.of(attempt);
        }
        settle(ctx, invoice, attempt, gateway.checkout(accountId, checkoutId));
        return Optional.of(attempt);
    }

    private void settle(TenantContext ctx, Invoice invoice, PaymentAttempt attempt, Checkout checkout) {
        Instant now = clock.instant();
        if (checkout.paid()) {
            String external = checkout.paymentReference() != null ? checkout.paymentReference() : checkout.id();
            if (invoices.paymentByExternalId(ctx.tenant(), PaymentKind.PAYMENT, external).isEmpty()) {
                PaymentMethod method = checkout.method() == null ? PaymentMethod.CARD : checkout.method();
                Money amount = checkout.amount() == null ? attempt.amount() : checkout.amount();
                Payment payment = new Payment(PaymentId.newId(), invoice.id(), PaymentKind.PAYMENT, method, amount,
                        LocalDate.now(clock.withZone(ctx.zone())), "Stripe " + external, external, null, null,
                        "client, through Stripe", now);
                service.receive(invoice, payment, ctx, now);
            }
            attempt.settle(PaymentAttemptStatus.SUCCEEDED, now);
        } else if (checkout.state() == CheckoutState.COMPLETE) {
            if (attempt.status() != PaymentAttemptStatus.PROCESSING) {
                service.log(ctx, invoice, "PAYMENT_PENDING", "client, through Stripe", "Bank payment of "
                        + attempt.amount().rounded() + " started; it is credited when it clears", now);
            }
            attempt.settle(PaymentAttemptStatus.PROCESSING, now);
        } else if (checkout.state() == CheckoutState.EXPIRED) {
            attempt.settle(PaymentAttemptStatus.EXPIRED, now);
        }
    }

    /** A bank debit the provider reports as failed: the attempt ends and the invoice stays as it was. */
    public void failCheckout(TenantContext ctx, String checkoutId) {
        attempts.byProviderId(ctx.tenant(), checkoutId).filter(a -> a.status().unsettled()).ifPresent(a -> {
            Invoice invoice = service.lock(a.invoiceId(), ctx);
            a.settle(PaymentAttemptStatus.FAILED, clock.instant());
            service.log(ctx, invoice, "PAYMENT_FAILED", "Stripe", "Bank payment of " + a.amount().rounded() + " failed",
                    clock.instant());
        });
    }

    /** A refund of an online payment, stored with its key before the provider hears of it. */
    public PaymentAttempt reserveRefund(TenantContext ctx, InvoiceId id, RefundPayment command) {
        Invoice invoice = service.lock(id, ctx);
        Payment original = service.refundable(invoice, command, ctx);
        if (!original.method().online() || original.externalId().isEmpty()) {
            throw new InvoiceStateConflict("This payment was recorded by hand; refund it by hand too");
        }
        Money amount = service.refundAmount(invoice, original, command, ctx);
        Money underWay = Money.zero(invoice.currency());
        for (PaymentAttempt a : attempts.unsettled(ctx.tenant(), id, PaymentAttemptKind.REFUND)) {
            if (a.paymentId().filter(original.id()::equals).isPresent()) {
                underWay = underWay.plus(a.amount());
            }
        }
        if (underWay.isPositive()) {
            throw new PaymentPending("A refund of " + underWay.rounded() + " from this payment is still being processed");
        }
        PaymentAttempt attempt = PaymentAttempt.refund(id, original.id(), amount, command.reason(), clock.instant());
        attempts.add(ctx.tenant(), attempt);
        return attempt;
    }

    /** The provider answered a refund request: store its id, and record the refund if it already succeeded. */
    public void refundAnswered(TenantContext ctx, UUID attemptId, PaymentGateway.Refund refund) {
        PaymentAttempt attempt = lockedAttempt(ctx, attemptId);
        if (attempt.providerId().isEmpty()) {
            attempt.answered(refund.id(), null, PaymentAttemptStatus.PROCESSING, clock.instant());
        }
        // Notifications depend on these steps too; looked up on use, not at construction.
        if (notifications == null) {
            notifications = notificationsLater.get();
        }
        notifications.settleRefund(ctx, refund);
    }

    /** The provider's id of the payment a refund attempt returns money from. */
    public String paymentReference(TenantContext ctx, PaymentAttempt refund) {
        return refund.paymentId().flatMap(p -> invoices.payment(ctx.tenant(), p)).flatMap(Payment::externalId).orElseThrow();
    }

    public List<PaymentAttempt> unsettled(TenantContext ctx, Instant before, int limit) {
        return attempts.unsettledBefore(ctx.tenant(), before, limit);
    }
}
