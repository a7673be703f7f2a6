package com.becflow.invoicing.plans.app;

import com.becflow.invoicing.InvoiceEventType;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceStateConflict;
import com.becflow.invoicing.Invoices;
import com.becflow.invoicing.Payment;
import com.becflow.invoicing.PaymentKind;
import com.becflow.invoicing.PaymentMethod;
import com.becflow.invoicing.app.InvoiceHistory;
import com.becflow.invoicing.app.InvoicingAgenda;
import com.becflow.invoicing.app.Ledger;
import com.becflow.invoicing.app.LockedInvoice;
import com.becflow.invoicing.payments.SavedMethodGateway;
import com.becflow.invoicing.plans.Autopay;
import com.becflow.invoicing.plans.AutopayCharge;
import com.becflow.invoicing.plans.AutopayChargeStatus;
import com.becflow.invoicing.plans.AutopayRules;
import com.becflow.invoicing.plans.AutopayStatus;
import com.becflow.invoicing.plans.Autopays;
import com.becflow.invoicing.plans.PaymentPlanNotFound;
import com.becflow.invoicing.plans.PaymentPlans;
import com.becflow.invoicing.plans.PlanStatus;
import com.becflow.shared.tenant.Actor;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The database side of autopay. Callers talk to the provider outside any transaction and hand its answers in here;
 * each step locks the invoice first ({@link Ledger#lock}) and commits on return, so a job run twice, a restart or a
 * client's click apply an outcome once. A charge is stored before the provider is asked ({@link #prepare}); money taken
 * goes on the ledger as a card payment, exactly as a checkout's does. No step calls the provider.
 */
@ApplicationScoped
@Transactional
public class AutopaySteps {

    private final Ledger ledger;
    private final Invoices invoices;
    private final Autopays autopays;
    private final PaymentPlans plans;
    private final AutopayCalendar calendar;
    private final AutopayNotices notices;
    private final InvoiceHistory history;
    private final InvoicingAgenda agenda;
    private final Clock clock;

    @Inject
    public AutopaySteps(Ledger ledger, Invoices invoices, Autopays autopays, PaymentPlans plans, AutopayCalendar calendar,
                        AutopayNotices notices, InvoiceHistory history, InvoicingAgenda agenda, Clock clock) {
        this.ledger = ledger;
        this.invoices = invoices;
        this.autopays = autopays;
        this.plans = plans;
        this.calendar = calendar;
        this.notices = notices;
        this.history = history;
        this.agenda = agenda;
        this.clock = clock;
    }

    protected AutopaySteps() {
        this(null, null, null, null, null, null, null, null, null);
    }

    /**
     * A charge to ask the provider for, stored before it is asked: from this saved card.
     *
     * @param again whether it was asked before and its answer never stored
     */
    public record ToCharge(AutopayCharge charge, Autopay.SavedCard card, String description, boolean again) {
    }

    /**
     * The invoice's next charge, if one is due now: a new one, stored here before the provider is asked, or one whose
     * answer was never stored, asked again with its key. A method that failed for good stops autopay here instead.
     */
    public Optional<ToCharge> prepare(TenantContext ctx, InvoiceId id) {
        LockedInvoice locked = ledger.lock(id, ctx);
        Optional<AutopayCalendar.Situation> found = calendar.situation(ctx, id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        AutopayCalendar.Situation s = found.get();
        Autopay.SavedCard card = s.autopay().method();
        String description = locked.invoice().kind().label() + " " + locked.invoice().number().orElse("");
        if (s.step() instanceof AutopayRules.AskAgain again) {
            return Optional.of(new ToCharge(again.charge(), card, description + ", installment "
                    + again.charge().installment(), true));
        }
        if (s.step() instanceof AutopayRules.LookUp lookUp) {
            return Optional.of(new ToCharge(lookUp.charge(), card, description + ", installment "
                    + lookUp.charge().installment(), true));
        }
        if (s.step() instanceof AutopayRules.Charge charge) {
            AutopayCharge asked = AutopayCharge.asked(id, s.plan().id(), charge.installment(), charge.attempt(), card,
                    charge.amount(), s.clientToday(), clock.instant().truncatedTo(ChronoUnit.MICROS));
            autopays.addCharge(ctx.tenant(), asked);
            return Optional.of(new ToCharge(asked, card, description + ", installment " + charge.installment(), false));
        }
        if (s.step() instanceof AutopayRules.Notify notify
                && autopays.addNotice(ctx.tenant(), s.plan().id(), notify.installment(), notify.dueDate(), clock.instant())) {
            notices.upcoming(ctx, s.invoice(), s.client(), card, notify);
        }
        if (s.step() instanceof AutopayRules.Stop stop) {
            autopays.save(ctx.tenant(), s.autopay().failedForGood(stop.why(), clock.instant()));
            agenda.autopayStopped(ctx, clock.instant());
            notices.stopped(ctx, s.invoice(), s.client(), stop.why());
        }
        return Optional.empty();
    }

    /** The provider's answer to a charge; applied once, however often it is handed in. */
    public void answered(TenantContext ctx, AutopayCharge asked, SavedMethodGateway.Charge answer, String providerName) {
        LockedInvoice locked = ledger.lock(asked.invoice(), ctx);
        AutopayCharge charge = autopays.charges(ctx.tenant(), asked.plan()).stream().filter(c -> c.id().equals(asked.id()))
                .findFirst().orElseThrow();
        if (charge.status() != AutopayChargeStatus.CHARGING && charge.status() != AutopayChargeStatus.PROCESSING) {
            return;
        }
        Actor provider = Actor.provider(providerName);
        Instant now = clock.instant();
        switch (answer.outcome()) {
            case PROCESSING -> {
                if (charge.status() == AutopayChargeStatus.PROCESSING) {
                    LocalDate clientToday = calendar.situation(ctx, charge.invoice())
                            .map(AutopayCalendar.Situation::clientToday).orElse(LocalDate.now(clock));
                    autopays.saveCharge(ctx.tenant(), charge.stillOnItsWay(clientToday));
                    return;
                }
                autopays.saveCharge(ctx.tenant(), charge.answered(AutopayChargeStatus.PROCESSING,
                        answer.paymentReference(), null));
                history.record(ctx, charge.invoice(), InvoiceEventType.AUTOPAY_DEBIT_ON_ITS_WAY, provider,
                        "Bank debit of " + charge.amount().rounded() + " for installment " + charge.installment()
                                + " is on its way; the bank says in a few days whether it went through");
            }
            case SUCCEEDED -> {
                autopays.saveCharge(ctx.tenant(), charge.answered(AutopayChargeStatus.SUCCEEDED, answer.paymentReference(),
                        null));
                if (invoices.paymentByExternalId(ctx.tenant(), PaymentKind.PAYMENT, answer.paymentReference()).isEmpty()) {
                    // Only a bank debit is ever on its way: a card is answered at once.
                    PaymentMethod method = charge.status() == AutopayChargeStatus.PROCESSING ? PaymentMethod.BANK_DEBIT
                            : PaymentMethod.CARD;
                    ledger.receive(locked, Payment.receivedOnline(charge.invoice(), method, answer.amount(),
                            ctx.today(clock), answer.paymentReference(), provider, now));
                }
            }
            case DECLINED -> {
                AutopayCharge declined = charge.answered(AutopayChargeStatus.DECLINED, answer.paymentReference(),
                        answer.reason());
                autopays.saveCharge(ctx.tenant(), declined);
                calendar.situation(ctx, charge.invoice()).ifPresent(s -> {
                    // A bank debit bounces days after it was asked: its retry may be due at once.
                    Optional<LocalDate> retryOn = s.step() instanceof AutopayRules.Wait wait ? wait.until()
                            : s.step() instanceof AutopayRules.Charge ? Optional.of(s.clientToday()) : Optional.empty();
                    if (retryOn.isPresent()) {
                        notices.declined(ctx, s.invoice(), s.client(), declined, answer.reason(), provider,
                                retryOn.get());
                    } else if (s.step() instanceof AutopayRules.Stop stop) {
                        autopays.save(ctx.tenant(), s.autopay().failedForGood(stop.why(), now));
                        agenda.autopayStopped(ctx, now);
                        notices.stopped(ctx, s.invoice(), s.client(), stop.why());
                    }
                });
            }
            case NEEDS_CLIENT -> {
                AutopayCharge waiting = charge.answered(AutopayChargeStatus.NEEDS_CLIENT, answer.paymentReference(),
                        answer.reason());
                autopays.saveCharge(ctx.tenant(), waiting);
                Optional<AutopayCalendar.Situation> s = calendar.situation(ctx, charge.invoice());
                autopays.of(ctx.tenant(), charge.invoice()).ifPresent(a ->
                        autopays.save(ctx.tenant(), a.needsClient(answer.reason(), now)));
                agenda.autopayStopped(ctx, now);
                s.ifPresent(x -> notices.needsClient(ctx, x.invoice(), x.client(), waiting, answer.reason(), provider));
            }
        }
    }

    /** The client opened a page to save a method for the invoice's accepted plan. */
    public void setupOpened(TenantContext ctx, InvoiceId id, String setupPage) {
        ledger.lock(id, ctx);
        plans.live(ctx.tenant(), id).filter(p -> p.status() == PlanStatus.ACCEPTED)
                .orElseThrow(PaymentPlanNotFound::onThisInvoice);
        Optional<Autopay> before = autopays.of(ctx.tenant(), id);
        autopays.save(ctx.tenant(), Autopay.settingUp(id, setupPage, before.orElse(null), clock.instant()));
    }

    /**
     * The client saved a method on the page: installments are charged from it from now on, those due at once. False if
     * the page is not the one their autopay waits on (saved before, or replaced by a newer page).
     */
    public boolean saved(TenantContext ctx, String setupPage, Autopay.SavedCard card, Actor client) {
        Optional<Autopay> waiting = autopays.bySetupPage(ctx.tenant(), setupPage);
        if (waiting.isEmpty()) {
            return false;
        }
        InvoiceId id = waiting.get().invoice();
        ledger.lock(id, ctx);
        Optional<Autopay> current = autopays.bySetupPage(ctx.tenant(), setupPage);
        if (current.isEmpty()) {
            return false;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        autopays.save(ctx.tenant(), current.get().saved(card, now));
        history.record(ctx, id, InvoiceEventType.AUTOPAY_ON, client, "Autopay on: installments are charged from "
                + card.label() + " on their due dates");
        agenda.chargeExpected(ctx, now);
        return true;
    }

    /** The client turns autopay off: nothing more is charged; the plan and what was paid stay as they are. */
    public Autopay turnOff(TenantContext ctx, InvoiceId id, Actor client) {
        ledger.lock(id, ctx);
        Autopay autopay = autopays.of(ctx.tenant(), id).filter(a -> a.status() != AutopayStatus.OFF)
                .orElseThrow(() -> new InvoiceStateConflict("autopay.not-on", "Autopay is not on for this invoice"));
        Autopay off = autopay.turnedOff("Turned off by the client", clock.instant().truncatedTo(ChronoUnit.MICROS));
        autopays.save(ctx.tenant(), off);
        agenda.autopayStopped(ctx, clock.instant());
        history.record(ctx, id, InvoiceEventType.AUTOPAY_OFF, client, "Autopay turned off by the client");
        return off;
    }

    /** The invoice's bank debit on its way, if one is. */
    public Optional<AutopayCharge> debitOnItsWay(TenantContext ctx, InvoiceId id) {
        return autopays.debitOnItsWay(ctx.tenant(), id);
    }

    /** The bank debit on its way that the provider made this payment for, if it is one. */
    public Optional<AutopayCharge> onItsWay(TenantContext ctx, String paymentReference) {
        return autopays.chargeByPayment(ctx.tenant(), paymentReference)
                .filter(c -> c.status() == AutopayChargeStatus.PROCESSING);
    }

    public Optional<Autopay> of(TenantContext ctx, InvoiceId id) {
        return autopays.of(ctx.tenant(), id);
    }
}
