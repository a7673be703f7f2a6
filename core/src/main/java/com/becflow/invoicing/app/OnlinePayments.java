package com.becflow.invoicing.app;

import com.becflow.invoicing.InvalidInvoice;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceStateConflict;
import com.becflow.invoicing.payments.PaymentAccount;
import com.becflow.invoicing.payments.PaymentAttempt;
import com.becflow.invoicing.payments.PaymentAttemptKind;
import com.becflow.invoicing.payments.PaymentAttemptStatus;
import com.becflow.invoicing.payments.PaymentAttempts;
import com.becflow.invoicing.payments.PaymentGateway;
import com.becflow.invoicing.payments.PaymentGateway.Checkout;
import com.becflow.invoicing.payments.PaymentGateway.CheckoutRequest;
import com.becflow.invoicing.payments.PaymentOutcomeUnknown;
import com.becflow.invoicing.payments.PaymentRefused;
import com.becflow.shared.limits.RateLimiter;
import com.becflow.shared.limits.RateLimits;
import com.becflow.shared.money.Money;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Paying an invoice online. The order is what makes it exactly once: the attempt and its idempotency key are
 * committed, then the provider is called (outside any transaction), then its answer is stored. A lost answer
 * leaves the attempt "unknown", which blocks a new payment until a retry with the same key (the next click, or the
 * reconciliation job) learns what the provider made.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class OnlinePayments {

    private static final Logger LOG = Logger.getLogger(OnlinePayments.class.getName());

    private final PaymentGateway gateway;
    private final PaymentAttempts attempts;
    private final InvoiceLinks links;
    private final CheckoutSteps steps;
    private final AttemptSteps attemptSteps;
    private final Clock clock;
    private final String publicUrl;
    private final RateLimiter limiter;
    private final RateLimits limits;

    @Inject
    EarlyPaymentDiscounts discounts;

    @Inject
    PlannedCharges plannedCharges;

    @Inject
    public OnlinePayments(PaymentGateway gateway, PaymentAttempts attempts, InvoiceLinks links, CheckoutSteps steps,
                          AttemptSteps attemptSteps, Clock clock, @ConfigProperty(name = "BECFLOW_PUBLIC_URL") String publicUrl,
                          RateLimiter limiter, RateLimits limits) {
        this.gateway = gateway;
        this.attempts = attempts;
        this.links = links;
        this.steps = steps;
        this.attemptSteps = attemptSteps;
        this.clock = clock;
        this.publicUrl = publicUrl == null ? null : publicUrl.replaceAll("/+$", "");
        this.limiter = limiter;
        this.limits = limits;
    }

    protected OnlinePayments() {
        this(null, null, null, null, null, null, null, null, null);
    }

    /** Whether this tenant takes payments online now: the platform has a provider and the tenant's account is ready. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean available(TenantContext ctx) {
        return gateway.configured() && attempts.account(ctx.tenant()).filter(PaymentAccount::ready).isPresent();
    }

    /** Whether online payments take test cards only (Stripe's test mode, or the local sandbox). */
    public boolean testMode() {
        return gateway.testMode();
    }

    /** An online payment of this invoice was started and is not settled: the client waits rather than pays twice. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean pending(TenantContext ctx, InvoiceId invoice) {
        return attempts.unsettled(ctx.tenant(), invoice, PaymentAttemptKind.CHECKOUT).stream()
                .anyMatch(a -> a.status() != PaymentAttemptStatus.OPEN) || plannedCharges.debitOnItsWay(ctx, invoice);
    }

    /**
     * Where the client pays {@code amount} (the whole balance when null, or the signed contract's early-payment price
     * while it lasts) of the invoice behind a link. Any number
     * of clicks, in parallel or not, lead to the same checkout for the same amount while it is fresh.
     */
    public String checkout(String token, BigDecimal amount) {
        InvoiceLinks.Opened opened = links.open(token);
        TenantContext ctx = opened.ctx();
        PaymentAccount account = attempts.account(ctx.tenant()).filter(PaymentAccount::ready)
                .filter(a -> gateway.configured())
                .orElseThrow(() -> new InvoiceStateConflict("payment.online.unavailable", "This freelancer does not take"
                        + " online payments yet; see the invoice for other ways to pay"));
        Money money = amount == null ? discounts.offerAt(opened.invoice(), clock.instant(), ctx)
                .map(EarlyPaymentDiscounts.Offer::price).orElse(opened.invoice().balance().rounded())
                : checkedAmount(amount, opened);
        PaymentAttempt attempt = reserve(ctx, opened.invoice().id(), money, account, providerCalls(opened));
        if (attempt.url().isPresent()) {
            return attempt.url().get();
        }
        String back = publicUrl + "/portal/invoice/" + token;
        CheckoutRequest request = new CheckoutRequest(money, opened.invoice().kind().label() + " "
                + opened.invoice().number().orElse(""), opened.link().sentTo(), back + "?checkout={CHECKOUT_SESSION_ID}",
                back, Map.of("becflow_tenant", ctx.tenant().toString(), "becflow_invoice", opened.invoice().id().toString(),
                CheckoutSteps.ATTEMPT_REFERENCE, attempt.id().toString()), attempt.createdAt().plus(CheckoutSteps.LIFETIME));
        Checkout checkout;
        try {
            checkout = gateway.openCheckout(account.accountId(), request, attempt.idempotencyKey());
        } catch (PaymentOutcomeUnknown e) {
            attemptSteps.unanswered(ctx, attempt.id());
            throw new PaymentPending("payment.pending.no-answer",
                    "The payment page did not answer in time. Nothing was charged; try again in a minute");
        } catch (PaymentRefused e) {
            attemptSteps.refused(ctx, attempt.id());
            throw new InvoiceStateConflict("payment.checkout.refused", "The payment provider refused to start this payment: "
                    + e.getMessage());
        }
        steps.answered(ctx, attempt.id(), checkout);
        return checkout.url();
    }

    /** The checkout for this amount, after closing at the provider the open ones for other amounts that stand in the way. */
    private PaymentAttempt reserve(TenantContext ctx, InvoiceId invoice, Money money, PaymentAccount account,
                                   Runnable beforeProvider) {
        for (int round = 0; round < 3; round++) {
            CheckoutSteps.Reservation reservation = steps.reserve(ctx, invoice, money, beforeProvider);
            if (reservation.attempt() != null) {
                return reservation.attempt();
            }
            for (PaymentAttempt earlier : reservation.toExpire()) {
                Checkout closed = gateway.expireCheckout(account.accountId(), earlier.providerId().orElseThrow());
                if (steps.settle(ctx, closed).map(PaymentAttempt::status).orElse(PaymentAttemptStatus.EXPIRED)
                        != PaymentAttemptStatus.EXPIRED) {
                    throw new PaymentPending("payment.pending.just-paid", "A payment for this invoice just went through;"
                            + " reload the page");
                }
            }
        }
        throw new PaymentPending("payment.pending.being-checked", "Other payments of this invoice are being closed; try again");
    }

    /**
     * What a checkout request that asks the provider for something new (a page for a new attempt, closing pages for
     * other amounts) passes first, once per request: the limits per link and per invoice. Each such request costs one
     * or two provider calls and leaves an attempt row; a page already under way is handed out again without it.
     */
    private Runnable providerCalls(InvoiceLinks.Opened opened) {
        boolean[] counted = new boolean[1];
        return () -> {
            if (counted[0]) {
                return;
            }
            counted[0] = true;
            limiter.check(limits.checkoutsPerLink(), opened.link().tokenHash());
            limiter.check(limits.checkoutsPerInvoice(), opened.ctx().tenant() + "/" + opened.invoice().id());
        };
    }

    private static Money checkedAmount(BigDecimal amount, InvoiceLinks.Opened opened) {
        Map<String, String> errors = new LinkedHashMap<>();
        Money money = TypedAmount.read(amount, opened.invoice().currency(), "amount", errors);
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
        InvoiceLinks.Opened opened = links.open(token);
        TenantContext ctx = opened.ctx();
        Optional<PaymentAttempt> attempt = steps.attempt(ctx, checkoutId);
        if (attempt.isEmpty()) {
            return;
        }
        if (!attempt.get().invoiceId().equals(opened.invoice().id())) {
            throw InvalidInvoice.of("checkout", "Not a payment of this invoice");
        }
        attempts.account(ctx.tenant()).filter(a -> a.accountId() != null).ifPresent(account ->
                steps.settle(ctx, gateway.checkout(account.accountId(), checkoutId)));
    }

    /**
     * Closes the invoice's checkout pages at the provider once it stops being payable (voided, paid by other means,
     * credited, written off), so no client pays it afterwards. What fails here the reconciliation job does later.
     */
    public void closeUnpayable(TenantContext ctx, InvoiceId invoice) {
        if (steps.payable(ctx, invoice)) {
            return;
        }
        Optional<PaymentAccount> account = attempts.account(ctx.tenant()).filter(a -> a.accountId() != null);
        if (account.isEmpty() || !gateway.configured()) {
            return;
        }
        for (PaymentAttempt open : steps.open(ctx, invoice)) {
            try {
                steps.settle(ctx, gateway.expireCheckout(account.get().accountId(), open.providerId().orElseThrow()));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Checkout " + open.providerId().orElse("") + " of invoice " + invoice
                        + " not closed yet; the reconciliation job tries again", e);
            }
        }
    }
}
