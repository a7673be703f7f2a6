package com.becflow.invoicing.app;

import com.becflow.clients.Client;
import com.becflow.clients.app.ClientService;
import com.becflow.contracts.Contract;
import com.becflow.contracts.ContractTerms.LateFee;
import com.becflow.contracts.Contracts;
import com.becflow.invoicing.DueInvoices;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceLedger;
import com.becflow.invoicing.InvoiceStateConflict;
import com.becflow.invoicing.Invoices;
import com.becflow.invoicing.LateFeeNotFound;
import com.becflow.invoicing.LateFeeSchedule;
import com.becflow.invoicing.disputes.InvoiceDispute;
import com.becflow.invoicing.disputes.InvoiceDisputes;
import com.becflow.invoicing.Overdue;
import com.becflow.invoicing.Payment;
import com.becflow.invoicing.PaymentId;
import com.becflow.invoicing.PaymentKind;
import com.becflow.invoicing.payments.PaymentAttempts;
import com.becflow.shared.money.Money;
import com.becflow.shared.tenant.Actor;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Late fees as the client's signed contract words them, and only then: an invoice under a contract without the
 * clause, not signed, or in another currency is never charged. The housekeeping round charges every period that has
 * started on the client's calendar and was not charged yet ({@link LateFeeSchedule}); each period is charged once
 * however often it runs, through the {@link Ledger}. The freelancer can waive a fee. Under an accepted payment plan
 * periods count from each installment's own day: none while the plan is kept, and each installment missed starts its
 * own periods, a percentage being of what is unpaid of that installment, even while an earlier one is still unpaid; all
 * under the one cap.
 * While the client's money is on its way (a bank debit, by checkout or autopay) nothing is charged: if it bounces, the
 * periods started meanwhile are charged then.
 */
@ApplicationScoped
@Transactional
public class LateFees {

    static final Actor LATE_FEE_CLAUSE = Actor.system("late-fee clause of the signed contract");
    /** Invoices looked at per round and tenant; the rest are next round's (the agenda keeps the tenant due). */
    static final int PER_ROUND = 100;

    private final DueInvoices due;
    private final Invoices invoices;
    private final Contracts contracts;
    private final ClientService clients;
    private final Ledger ledger;
    private final PlannedPayments plans;
    private final PlannedCharges plannedCharges;
    private final PaymentAttempts attempts;
    private final InvoiceDisputes disputes;
    private final Clock clock;

    @Inject
    public LateFees(DueInvoices due, Invoices invoices, Contracts contracts, ClientService clients, Ledger ledger,
                    PlannedPayments plans, PlannedCharges plannedCharges, PaymentAttempts attempts,
                    InvoiceDisputes disputes, Clock clock) {
        this.disputes = disputes;
        this.due = due;
        this.invoices = invoices;
        this.contracts = contracts;
        this.clients = clients;
        this.ledger = ledger;
        this.plans = plans;
        this.plannedCharges = plannedCharges;
        this.attempts = attempts;
        this.clock = clock;
    }

    protected LateFees() {
        this(null, null, null, null, null, null, null, null, null, null);
    }

    /** The housekeeping round: charges the periods due on the tenant's open invoices; returns how many fees. */
    public int chargeDue(TenantContext ctx) {
        int charged = 0;
        for (Invoice candidate : due.openUnderLateFeeClause(ctx.tenant(), PER_ROUND)) {
            Optional<LateFeeSchedule> schedule = schedule(candidate, ctx);
            if (schedule.isPresent()) {
                charged += charge(ledger.lock(candidate.id(), ctx), schedule.get()).size();
            }
        }
        return charged;
    }

    /**
     * Charges what the clause makes due on this invoice now (the same as the round would); nothing when no period has
     * started or all were charged. Refused for an invoice whose signed contract has no late-fee clause.
     */
    public List<Payment> chargeDue(InvoiceId id, TenantContext ctx) {
        ctx.requireWritable();
        LockedInvoice locked = ledger.lock(id, ctx);
        LateFeeSchedule schedule = schedule(locked.invoice(), ctx).orElseThrow(() -> new InvoiceStateConflict(
                "invoice.late-fee.no-clause", locked.invoice().describe() + " is not under a signed contract with a "
                + "late-fee clause; no late fee can be charged on it"));
        if (!locked.invoice().status().open()) {
            throw new InvoiceStateConflict("invoice.late-fee.closed", locked.invoice().describe() + " is "
                    + locked.invoice().status().label().toLowerCase() + "; only an open invoice is charged a late fee");
        }
        return charge(locked, schedule);
    }

    /** Waives one late fee in full, as the freelancer. */
    public Payment waive(InvoiceId id, PaymentId feeId, String reason, TenantContext ctx) {
        ctx.requireWritable();
        LockedInvoice locked = ledger.lock(id, ctx);
        Invoice invoice = locked.invoice();
        if (feeId == null) {
            throw new LateFeeNotFound("(none named)", invoice);
        }
        Payment fee = invoices.payment(ctx.tenant(), feeId)
                .filter(p -> p.invoiceId().equals(invoice.id()) && p.kind() == PaymentKind.LATE_FEE)
                .orElseThrow(() -> new LateFeeNotFound(feeId, invoice));
        if (invoices.paymentByExternalId(ctx.tenant(), PaymentKind.LATE_FEE_WAIVER, "waiver:" + fee.id()).isPresent()) {
            throw new InvoiceStateConflict("invoice.late-fee.already-waived", "The late fee of "
                    + fee.amount().rounded() + " charged " + fee.receivedOn() + " is already waived");
        }
        return ledger.waiveLateFee(locked, fee, reason, Actor.freelancer(ctx));
    }

    /**
     * When a late fee next falls due on one of the tenant's invoices: the client's midnight that starts the first
     * period not charged yet of the invoice, or of any installment not fully paid. None when no open invoice can be
     * charged more (no clause, its cap reached, or money on its way).
     */
    public Optional<Instant> next(TenantContext ctx) {
        Instant earliest = null;
        for (Invoice invoice : due.openUnderLateFeeClause(ctx.tenant(), PER_ROUND)) {
            Optional<LateFeeSchedule> schedule = schedule(invoice, ctx);
            if (schedule.isEmpty() || capReached(invoice, schedule.get()) || moneyOnItsWay(invoice, ctx)) {
                continue;
            }
            Client client = clients.get(invoice.clientId(), ctx);
            List<String> keys = lateFeeKeys(invoice, ctx);
            for (Owed owed : owed(invoice, ctx)) {
                int period = firstUncharged(invoice, owed, keys);
                Instant at = Overdue.from(schedule.get().periodStarts(owed.dueDate(), period).minusDays(1), client.zone());
                if (earliest == null || at.isBefore(earliest)) {
                    earliest = at;
                }
            }
        }
        return Optional.ofNullable(earliest);
    }

    /** The clause that applies to the invoice: its contract's, once signed, in the invoice's currency. */
    Optional<LateFeeSchedule> schedule(Invoice invoice, TenantContext ctx) {
        if (!invoice.kind().owed() || invoice.dueDate() == null) {
            return Optional.empty();
        }
        return invoice.contractId().flatMap(id -> contracts.find(ctx.tenant(), id))
                .filter(c -> c.status().signed() && c.fee().currency().equals(invoice.currency()))
                .map(Contract::terms).map(t -> t.lateFee()).map(LateFeeSchedule::new);
    }

    private List<Payment> charge(LockedInvoice locked, LateFeeSchedule schedule) {
        Invoice invoice = locked.invoice();
        List<Payment> charged = new ArrayList<>();
        if (!invoice.status().open() || moneyOnItsWay(invoice, locked.ctx())) {
            return charged;
        }
        Client client = clients.get(invoice.clientId(), locked.ctx());
        LocalDate clientToday = client.today(clock);
        List<String> keys = lateFeeKeys(invoice, locked.ctx());
        for (Owed owed : owed(invoice, locked.ctx())) {
            int started = schedule.periodsStarted(owed.dueDate(), clientToday);
            Set<Integer> done = chargedPeriods(invoice, owed, keys);
            for (int period = 1; period <= started; period++) {
                if (done.contains(period)) {
                    continue;
                }
                InvoiceLedger now = invoice.ledger();
                Money fee = schedule.nextFee(now.total(), owed.unpaid(), now.lateFees());
                if (!fee.isPositive()) {
                    break;
                }
                ledger.chargeLateFee(locked, owed.installmentDay(), period, fee,
                        schedule.periodStarts(owed.dueDate(), period), schedule.describe(), LATE_FEE_CLAUSE)
                        .ifPresent(charged::add);
            }
        }
        return charged;
    }

    /**
     * What the client owes by a day, each starting its own periods: the invoice's unpaid amount by its due date, or
     * under an accepted plan each installment not fully paid by its own day (a percentage being of that installment,
     * however many are behind at once).
     *
     * @param installmentDay the installment's day that names its fees, or null for the invoice's own due date
     */
    private record Owed(LocalDate dueDate, Money unpaid, LocalDate installmentDay) {
    }

    /** What the client owes, less what they dispute and the freelancer has not answered yet: no fee is charged on it. */
    private List<Owed> owed(Invoice invoice, TenantContext ctx) {
        Money unpaid = unpaidOfInvoice(invoice.ledger())
                .minus(InvoiceDispute.openAmount(disputes.of(ctx.tenant(), invoice.id()), invoice.currency()));
        if (!invoice.followsPlan()) {
            return List.of(new Owed(invoice.dueNow(), unpaid, null));
        }
        return plans.unpaidInstallments(invoice, ctx).stream().map(i -> new Owed(i.dueDate(),
                unpaid.isMoreThan(i.unpaid()) ? i.unpaid() : unpaid, i.dueDate())).toList();
    }

    private boolean moneyOnItsWay(Invoice invoice, TenantContext ctx) {
        return plannedCharges.debitOnItsWay(ctx, invoice.id()) || attempts.checkoutDebitOnItsWay(ctx.tenant(), invoice.id());
    }

    /** What is unpaid of the invoice itself: payments count towards its lines before its late fees. */
    private static Money unpaidOfInvoice(InvoiceLedger ledger) {
        Money unpaid = ledger.balance().minus(ledger.lateFees());
        return unpaid.isMoreThan(ledger.total()) ? ledger.total() : unpaid;
    }

    /** Whether the cap leaves no room for another fee, whatever is unpaid. */
    private static boolean capReached(Invoice invoice, LateFeeSchedule schedule) {
        InvoiceLedger now = invoice.ledger();
        return !schedule.nextFee(now.total(), now.total(), now.lateFees()).isPositive();
    }

    private int firstUncharged(Invoice invoice, Owed owed, List<String> keys) {
        Set<Integer> done = chargedPeriods(invoice, owed, keys);
        int period = 1;
        while (done.contains(period)) {
            period++;
        }
        return period;
    }

    /** The keys of the late fees charged on the invoice, read once for all it owes. */
    private List<String> lateFeeKeys(Invoice invoice, TenantContext ctx) {
        return invoices.payments(ctx.tenant(), invoice.id()).stream().filter(p -> p.kind() == PaymentKind.LATE_FEE)
                .flatMap(p -> p.externalId().stream()).toList();
    }

    private static Set<Integer> chargedPeriods(Invoice invoice, Owed owed, List<String> keys) {
        String prefix = Payment.lateFeeKey(invoice.id(), owed.installmentDay(), 0).replaceFirst("0$", "");
        Set<Integer> periods = new HashSet<>();
        for (String key : keys) {
            // A plan's keys carry its installment's day: they never count as periods of another day, nor of no plan.
            if (key.startsWith(prefix) && key.substring(prefix.length()).matches("[0-9]+")) {
                periods.add(Integer.parseInt(key.substring(prefix.length())));
            }
        }
        return periods;
    }
}
