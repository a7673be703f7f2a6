package com.becflow.invoicing.app;

import com.becflow.invoicing.Invoices;
import com.becflow.invoicing.Payment;
import com.becflow.invoicing.PaymentKind;
import com.becflow.invoicing.payments.PaymentAccount;
import com.becflow.invoicing.payments.PaymentAttempt;
import com.becflow.invoicing.payments.PaymentAttempts;
import com.becflow.invoicing.payments.PaymentGateway;
import com.becflow.invoicing.payments.PaymentGateway.Dispute;
import com.becflow.invoicing.payments.PaymentGateway.ProviderEvent;
import com.becflow.invoicing.payments.PaymentGateway.Refund;
import com.becflow.invoicing.payments.ProviderEvents;
import com.becflow.invoicing.payments.SavedMethodPayments;
import com.becflow.invoicing.payments.SetupPages;
import com.becflow.shared.tenant.Actor;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.shared.tenant.TenantId;
import com.becflow.shared.tenant.UserId;
import com.becflow.tenancy.TenantNotServed;
import com.becflow.tenancy.app.TenantRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Takes in the payment provider's events and applies them. A verified event is stored under its id and answered
 * at once; a worker applies it right after. What the event is about is read fresh from the provider first, outside
 * any transaction, and only then is the event taken and applied in one transaction, so each is applied once, events
 * may arrive late, twice or in any order, and the invoice still ends where the provider is. An event whose tenant
 * is not served waits for it; one that keeps failing backs off and is finally set aside for an operator.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class PaymentNotifications {

    public static final UserId PROVIDER = new UserId("system:payment-provider");

    /** A held event is looked at again after this even if nobody says its tenant is back. */
    static final Duration HELD_AT_MOST = Duration.ofMinutes(15);

    /** What became of a delivery: stored to be applied, or a repeat of one stored before. */
    public enum Outcome { RECEIVED, DUPLICATE }

    /** What applying an event did: applied, nothing to do for Becflow, waiting for its tenant, or nothing (not pending). */
    public enum Effect { APPLIED, IGNORED, HELD, NONE }

    private final PaymentGateway gateway;
    private final PaymentAttempts attempts;
    private final ProviderEvents events;
    private final EventApplication application;
    private final CheckoutSteps checkouts;
    private final RefundSteps refunds;
    private final Ledger ledger;
    private final Invoices invoices;
    private final TenantRegistry tenants;
    private final Event<NotificationStored> stored;
    private final Clock clock;

    @Inject
    SetupPages setupPages;
    @Inject
    SavedMethodPayments savedMethodPayments;

    @Inject
    public PaymentNotifications(PaymentGateway gateway, PaymentAttempts attempts, ProviderEvents events,
                                EventApplication application, CheckoutSteps checkouts, RefundSteps refunds, Ledger ledger,
                                Invoices invoices, TenantRegistry tenants, Event<NotificationStored> stored, Clock clock) {
        this.gateway = gateway;
        this.attempts = attempts;
        this.events = events;
        this.application = application;
        this.checkouts = checkouts;
        this.refunds = refunds;
        this.ledger = ledger;
        this.invoices = invoices;
        this.tenants = tenants;
        this.stored = stored;
        this.clock = clock;
    }

    protected PaymentNotifications() {
        this(null, null, null, null, null, null, null, null, null, null, null);
    }

    /** An event stored to be applied, once its transaction commits. */
    public record NotificationStored(String eventId) {
    }

    /** Verifies a delivery and stores its event to be applied; forged or stale ones change nothing, repeats are recognised. */
    @Transactional
    public Outcome receive(String payload, String signature) {
        ProviderEvent event = gateway.verify(payload, signature);
        if (!events.store(event, clock.instant())) {
            return Outcome.DUPLICATE;
        }
        stored.fire(new NotificationStored(event.id()));
        return Outcome.RECEIVED;
    }

    /** Applies a stored event unless it was applied, is dead, or is being applied right now. */
    public Effect applyStored(String eventId) {
        Optional<ProviderEvent> pending = application.pending(eventId);
        if (pending.isEmpty()) {
            return Effect.NONE;
        }
        ProviderEvent event = pending.get();
        Optional<PaymentAccount> account = event.accountId() == null ? Optional.empty()
                : attempts.accountById(event.accountId());
        if (account.isEmpty()) {
            return application.applyOnce(eventId, () -> { }) ? Effect.IGNORED : Effect.NONE;
        }
        TenantContext ctx;
        try {
            ctx = tenants.enter(account.get().tenant(), PROVIDER);
        } catch (TenantNotServed e) {
            application.hold(eventId, account.get().tenant(), HELD_AT_MOST);
            return Effect.HELD;
        }
        Runnable effect = effect(event, account.get(), ctx);
        boolean ignored = effect == null;
        return application.applyOnce(eventId, ignored ? () -> { } : effect) ? (ignored ? Effect.IGNORED : Effect.APPLIED)
                : Effect.NONE;
    }

    /** Reads what the event is about from the provider, and returns what to do with it in the applying transaction. */
    private Runnable effect(ProviderEvent event, PaymentAccount account, TenantContext ctx) {
        String accountId = account.accountId();
        return switch (event.kind()) {
            case ACCOUNT_CHANGED -> {
                PaymentGateway.ConnectedAccount state = gateway.account(accountId);
                yield () -> attempts.accountById(accountId).ifPresent(a -> a.update(state, clock.instant()));
            }
            case CHECKOUT_CHANGED -> {
                PaymentGateway.Checkout checkout = gateway.checkout(accountId, event.objectId());
                yield () -> checkouts.settle(ctx, checkout);
            }
            case CHECKOUT_PAYMENT_FAILED -> () -> checkouts.fail(ctx, event.objectId());
            case REFUND_CHANGED -> {
                Refund refund = gateway.refundState(accountId, event.objectId());
                settleOpenCheckoutsUnless(ctx, accountId, refund.paymentReference());
                yield () -> refunds.settle(ctx, refund);
            }
            case DISPUTE_CHANGED -> {
                Dispute dispute = gateway.dispute(accountId, event.objectId());
                settleOpenCheckoutsUnless(ctx, accountId, dispute.paymentReference());
                yield () -> dispute(ctx, dispute);
            }
            case SETUP_CHANGED -> setupPages.settle(ctx, accountId, event.objectId());
            case AUTOPAY_PAYMENT_CHANGED -> savedMethodPayments.settle(ctx, accountId, event.objectId());
            case OTHER -> null;
        };
    }

    private void dispute(TenantContext ctx, Dispute dispute) {
        Optional<Payment> original = dispute.paymentReference() == null ? Optional.empty()
                : invoices.paymentByExternalId(ctx.tenant(), PaymentKind.PAYMENT, dispute.paymentReference());
        original.ifPresent(p -> ledger.dispute(ledger.lock(p.invoiceId(), ctx), p, dispute, Actor.provider(gateway.name())));
    }

    /**
     * An event about a payment (a refund, a dispute) can come before the one that says it was paid; then the open
     * checkouts are read from the provider and settled first, which records the payment it is about.
     */
    private void settleOpenCheckoutsUnless(TenantContext ctx, String accountId, String providerPayment) {
        if (providerPayment == null || checkouts.recorded(ctx, providerPayment)) {
            return;
        }
        for (PaymentAttempt attempt : checkouts.unsettledMade(ctx, 100)) {
            checkouts.settle(ctx, gateway.checkout(accountId, attempt.providerId().orElseThrow()));
        }
    }

    /** Counts a failed try; the event is tried again later, or set aside after too many. Returns whether it is dead now. */
    public boolean applyFailed(String eventId, RuntimeException e) {
        return application.failed(eventId, e);
    }

    /** Events whose turn has come: new ones a worker missed, failed ones due again, held ones due a look. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> due(int limit) {
        return events.due(clock.instant(), limit);
    }

    /** Puts the events held for a tenant back in line, e.g. once it is served again. */
    @Transactional
    public int release(TenantId tenant) {
        return events.release(tenant, clock.instant());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProviderEvents.DeadEvent> dead(int limit) {
        return events.dead(limit);
    }

    /** An operator puts a dead event back in line; it is applied at the next round. */
    @Transactional
    public boolean replay(String eventId) {
        return events.replay(eventId, clock.instant());
    }
}
