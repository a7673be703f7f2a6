package com.becflow.invoicing.app;

import com.becflow.invoicing.InvalidInvoice;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceEventType;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceStateConflict;
import com.becflow.invoicing.Invoices;
import com.becflow.invoicing.Payment;
import com.becflow.invoicing.PaymentKind;
import com.becflow.invoicing.PaymentMethod;
import com.becflow.invoicing.disputes.InvoiceDispute;
import com.becflow.invoicing.disputes.InvoiceDisputes;
import com.becflow.invoicing.payments.PaymentAttempt;
import com.becflow.invoicing.payments.PaymentAttemptKind;
import com.becflow.invoicing.payments.PaymentAttemptStatus;
import com.becflow.invoicing.payments.PaymentAttempts;
import com.becflow.invoicing.payments.PaymentGateway;
import com.becflow.invoicing.payments.PaymentGateway.Checkout;
import com.becflow.invoicing.payments.PaymentGateway.CheckoutState;
import com.becflow.shared.money.Money;
import com.becflow.shared.tenant.Actor;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The database side of paying online through a checkout page. Callers talk to the provider outside any
 * transaction and hand its answers in here; each step locks the invoice first and commits on return, so clicks,
 * webhooks, returning clients and the reconciliation job apply an outcome once. No step calls the provider.
 */
@ApplicationScoped
@Transactional
public class CheckoutSteps {

    /** The key under which a checkout carries our attempt's id (see {@link OnlinePayments#checkout}). */
    static final String ATTEMPT_REFERENCE = "becflow_attempt";

    /** How long a checkout page takes payments (the provider allows 30 minutes to 24 hours). */
    public static final Duration LIFETIME = Duration.ofHours(1);
    /** A page this old is not handed out again: the client could not finish paying before it closes. */
    static final Duration REUSED_UNTIL = LIFETIME.minusMinutes(15);

    private final Invoices invoices;
    private final PaymentAttempts attempts;
    private final Ledger ledger;
    private final AttemptSteps attemptSteps;
    private final InvoiceHistory history;
    private final PaymentGateway gateway;
    private final Clock clock;

    @Inject
    InvoicingAgenda agenda;

    @Inject
    EarlyPaymentDiscounts discounts;

    @Inject
    PlannedPayments planned;

    @Inject
    PlannedCharges plannedCharges;

    @Inject
    InvoiceDisputes disputes;

    @Inject
    public CheckoutSteps(Invoices invoices, PaymentAttempts attempts, Ledger ledger, AttemptSteps attemptSteps,
                         InvoiceHistory history, PaymentGateway gateway, Clock clock) {
        this.invoices = invoices;
        this.attempts = attempts;
        this.ledger = ledger;
        this.attemptSteps = attemptSteps;
        this.history = history;
        this.gateway = gateway;
        this.clock = clock;
    }

    protected CheckoutSteps() {
        this(null, null, null, null, null, null, null);
    }

    /**
     * A checkout to pay {@code amount}: the one already under way for that amount, or a new one; or, when open
     * checkouts for other amounts stand in the way, those to close first ({@link Reservation#toExpire}).
     */
    public record Reservation(PaymentAttempt attempt, List<PaymentAttempt> toExpire) {
    }

    public Reservation reserve(TenantContext ctx, InvoiceId id, Money amount) {
        return reserve(ctx, id, amount, () -> { });
    }

    /**
     * As {@link #reserve(TenantContext, InvoiceId, Money)}, running {@code beforeProvider} first whenever the answer
     * would make the caller ask the provider for something new (a checkout for a new attempt, or closing earlier ones):
     * whatever it throws refuses the request with nothing written. Handing out a checkout already under way runs it not.
     */
    public Reservation reserve(TenantContext ctx, InvoiceId id, Money amount, Runnable beforeProvider) {
        Invoice invoice = ledger.lock(id, ctx).invoice();
        if (plannedCharges.debitOnItsWay(ctx, id)) {
            throw new PaymentPending("payment.pending.bank-debit", "An automatic bank debit is on its way for this "
                    + "invoice; wait until it clears");
        }
        List<PaymentAttempt> toExpire = new ArrayList<>();
        for (PaymentAttempt earlier : attempts.unsettled(ctx.tenant(), id, PaymentAttemptKind.CHECKOUT)) {
            if (earlier.status() == PaymentAttemptStatus.PROCESSING) {
                throw new PaymentPending("payment.pending.bank-debit", "A bank payment of " + earlier.amount().rounded()
                        + " is on its way for this invoice; wait until it clears");
            }
            boolean fresh = earlier.createdAt().plus(REUSED_UNTIL).isAfter(clock.instant());
            if (earlier.amount().isSameAs(amount) && (fresh || earlier.status() != PaymentAttemptStatus.OPEN)) {
                requirePayable(ctx, invoice, amount);
                return new Reservation(earlier, List.of());
            }
            if (earlier.status() != PaymentAttemptStatus.OPEN) {
                throw new PaymentPending("payment.pending.being-checked",
                        "A payment was started moments ago and is being checked; try again in a minute");
            }
            toExpire.add(earlier);
        }
        if (!toExpire.isEmpty()) {
            beforeProvider.run();
            return new Reservation(null, toExpire);
        }
        requirePayable(ctx, invoice, amount);
        beforeProvider.run();
        PaymentAttempt attempt = PaymentAttempt.checkout(id, amount, clock.instant());
        attempts.add(ctx.tenant(), attempt);
        agenda.attemptStored(ctx, attempt);
        return new Reservation(attempt, List.of());
    }

    /**
     * The signed contract's early-payment price, while it lasts, is payable too: it settles the invoice. While the client
     * disputes part of it, the undisputed rest is payable on its own.
     */
    private void requirePayable(TenantContext ctx, Invoice invoice, Money amount) {
        if (invoice.status().open() && discounts.offerAt(invoice, clock.instant(), ctx).filter(o -> o.paidBy(amount)).isPresent()) {
            return;
        }
        Money own = invoice.smallestPayment();
        Money smallest = planned.smallestPayment(invoice, ctx).filter(own::isMoreThan).orElse(own);
        requirePayable(invoice, amount, InvoiceDispute.leastPayable(smallest, invoice.balance(),
                InvoiceDispute.openAmount(disputes.of(ctx.tenant(), invoice.id()), invoice.currency())));
    }

    /**
     * {@code smallest}: the invoice's own, or an accepted payment plan's next installment when that is less
     * ({@link PlannedPayments}).
     */
    static void requirePayable(Invoice invoice, Money amount, Money smallest) {
        if (!invoice.status().open() || !invoice.balance().isPositive()) {
            throw new InvoiceStateConflict("invoice.checkout.nothing-to-pay", invoice.describe() + " has nothing left to pay");
        }
        Money balance = invoice.balance().rounded();
        if (amount.isMoreThan(balance)) {
            throw InvalidInvoice.of("amount", "More than the open balance of " + balance);
        }
        if (smallest.isMoreThan(amount)) {
            throw InvalidInvoice.of("amount", invoice.partialPayments() || balance.isMoreThan(smallest)
                    ? "Pay at least " + smallest
                    : "This invoice is paid in full: " + balance);
        }
    }

    /** The provider made the checkout page. */
    public void answered(TenantContext ctx, UUID attemptId, Checkout checkout) {
        PaymentAttempt attempt = attemptSteps.locked(ctx, attemptId);
        if (attempt.status() == PaymentAttemptStatus.CREATING || attempt.status() == PaymentAttemptStatus.UNKNOWN) {
            attempt.answered(checkout.id(), checkout.url(), PaymentAttemptStatus.OPEN, clock.instant());
        }
    }

    /**
     * Applies what the provider says of a checkout now, whoever read it (a webhook, a returning client, the
     * reconciliation job): money taken becomes a payment on the ledger, once.
     */
    public Optional<PaymentAttempt> settle(TenantContext ctx, Checkout checkout) {
        Optional<PaymentAttempt> found = attempts.byProviderId(ctx.tenant(), checkout.id())
                .or(() -> ours(ctx, checkout.reference().get(ATTEMPT_REFERENCE)));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        PaymentAttempt attempt = found.get();
        LockedInvoice locked = ledger.lock(attempt.invoiceId(), ctx);
        attempts.refresh(ctx.tenant(), attempt);
        if (attempt.providerId().isEmpty() && attempt.status().unsettled()) {
            // The provider's answer was lost, yet the checkout names our attempt: the answer is known now.
            attempt.answered(checkout.id(), checkout.url(), PaymentAttemptStatus.OPEN, clock.instant());
        }
        if (attempt.status().unsettled()) {
            apply(locked, attempt, checkout);
        }
        return Optional.of(attempt);
    }

    private void apply(LockedInvoice locked, PaymentAttempt attempt, Checkout checkout) {
        TenantContext ctx = locked.ctx();
        Instant now = clock.instant();
        Actor provider = Actor.provider(gateway.name());
        if (checkout.paid()) {
            String external = checkout.paymentReference() != null ? checkout.paymentReference() : checkout.id();
            if (invoices.paymentByExternalId(ctx.tenant(), PaymentKind.PAYMENT, external).isEmpty()) {
                PaymentMethod method = checkout.method() == null ? PaymentMethod.CARD : checkout.method();
                Money amount = checkout.amount() == null ? attempt.amount() : checkout.amount();
                // The price shown when the checkout opened holds: the client may finish paying after the midnight.
                discounts.offerAt(locked.invoice(), attempt.createdAt(), ctx).filter(o -> o.paidBy(amount))
                        .ifPresent(o -> ledger.takeEarlyPaymentDiscount(locked, o, provider));
                ledger.receive(locked, Payment.receivedOnline(attempt.invoiceId(), method, amount,
                        ctx.today(clock), external, provider, now));
            }
            attempt.settle(PaymentAttemptStatus.SUCCEEDED, now);
        } else if (checkout.state() == CheckoutState.COMPLETE) {
            if (attempt.status() != PaymentAttemptStatus.PROCESSING) {
                history.record(ctx, attempt.invoiceId(), InvoiceEventType.PAYMENT_PENDING, provider, "Bank payment of "
                        + attempt.amount().rounded() + " started; it is credited when it clears");
            }
            attempt.settle(PaymentAttemptStatus.PROCESSING, now);
        } else if (checkout.state() == CheckoutState.EXPIRED) {
            attempt.settle(PaymentAttemptStatus.EXPIRED, now);
        }
    }

    /** A bank debit the provider reports as failed: the attempt ends and the invoice stays as it was. */
    public void fail(TenantContext ctx, String checkoutId) {
        attempts.byProviderId(ctx.tenant(), checkoutId).filter(a -> a.status().unsettled()).ifPresent(a -> {
            ledger.lock(a.invoiceId(), ctx);
            attempts.refresh(ctx.tenant(), a);
            if (a.status().unsettled()) {
                a.settle(PaymentAttemptStatus.FAILED, clock.instant());
                history.record(ctx, a.invoiceId(), InvoiceEventType.PAYMENT_FAILED, Actor.provider(gateway.name()),
                        "Bank payment of " + a.amount().rounded() + " failed");
            }
        });
    }

    /** Checkouts of the invoice a client could still pay, e.g. to close them once the invoice stops being payable. */
    public List<PaymentAttempt> open(TenantContext ctx, InvoiceId invoice) {
        return attempts.unsettled(ctx.tenant(), invoice, PaymentAttemptKind.CHECKOUT).stream()
                .filter(a -> a.status() == PaymentAttemptStatus.OPEN && a.providerId().isPresent()).toList();
    }

    /** Our checkout attempt with this reference (its id), if there is one. */
    private Optional<PaymentAttempt> ours(TenantContext ctx, String attemptReference) {
        if (attemptReference == null) {
            return Optional.empty();
        }
        try {
            return attempts.find(ctx.tenant(), UUID.fromString(attemptReference))
                    .filter(a -> a.kind() == PaymentAttemptKind.CHECKOUT);
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }

    /** The checkout attempt the provider's checkout belongs to, if it is one of ours. */
    public Optional<PaymentAttempt> attempt(TenantContext ctx, String checkoutId) {
        return attempts.byProviderId(ctx.tenant(), checkoutId).filter(a -> a.kind() == PaymentAttemptKind.CHECKOUT);
    }

    /** Whether the provider's payment is on a ledger already. */
    public boolean recorded(TenantContext ctx, String providerPayment) {
        return invoices.paymentByExternalId(ctx.tenant(), PaymentKind.PAYMENT, providerPayment).isPresent();
    }

    /** The tenant's checkouts that are made and not settled, to read back from the provider. */
    public List<PaymentAttempt> unsettledMade(TenantContext ctx, int limit) {
        return attempts.unsettledBefore(ctx.tenant(), clock.instant().plusSeconds(60), limit).stream()
                .filter(a -> a.kind() == PaymentAttemptKind.CHECKOUT && a.providerId().isPresent()).toList();
    }

    /** Whether money can still be asked for on the invoice. */
    public boolean payable(TenantContext ctx, InvoiceId id) {
        return invoices.find(ctx.tenant(), id).map(i -> i.status().open() && i.balance().isPositive()).orElse(false);
    }
}
