package com.becflow.invoicing.app;

import com.becflow.clients.Client;
import com.becflow.clients.app.ClientService;
import com.becflow.contracts.CancellationQuote;
import com.becflow.contracts.CancellationRefused;
import com.becflow.contracts.Contract;
import com.becflow.contracts.ContractEventType;
import com.becflow.contracts.ContractId;
import com.becflow.contracts.ContractNotFound;
import com.becflow.contracts.ContractStatus;
import com.becflow.contracts.Contracts;
import com.becflow.contracts.app.ContractEvidence;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceContent;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceKind;
import com.becflow.invoicing.InvoiceLine;
import com.becflow.invoicing.InvoiceLines;
import com.becflow.invoicing.Invoices;
import com.becflow.invoicing.packages.PackageDeal;
import com.becflow.invoicing.packages.PackageDeals;
import com.becflow.invoicing.Payment;
import com.becflow.invoicing.PaymentId;
import com.becflow.invoicing.PaymentKind;
import com.becflow.shared.mail.MailTopic;
import com.becflow.shared.mail.OutgoingMail;
import com.becflow.shared.mail.Outbox;
import com.becflow.shared.money.Money;
import com.becflow.shared.money.MoneyText;
import com.becflow.shared.tenant.Actor;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The part of cancelling a signed engagement that happens in one transaction: the contract is cancelled, its
 * cancellation clause is applied on the client's today ({@link CancellationQuote}), the invoices still open under it
 * are voided (nothing on them moved) or their open balance credited, what is kept beyond what was paid is invoiced,
 * the packages sold under it are called off, and the calculation goes on the contract's evidence and to the client through the outbox. What was paid beyond what
 * is kept comes back as refunds, planned here and made by {@link EngagementCancellations} once this has committed
 * (an online refund asks the payment provider, which never happens inside a transaction).
 */
@ApplicationScoped
@Transactional
public class CancellationSteps {

    private final Contracts contracts;
    private final Invoices invoices;
    private final ClientService clients;
    private final Ledger ledger;
    private final InvoiceIssuing issuing;
    private final ContractEvidence evidence;
    private final Outbox outbox;
    private final PackageDeals packages;
    private final Clock clock;

    @Inject
    public CancellationSteps(Contracts contracts, Invoices invoices, ClientService clients, Ledger ledger,
                             InvoiceIssuing issuing, ContractEvidence evidence, Outbox outbox, PackageDeals packages,
                             Clock clock) {
        this.contracts = contracts;
        this.invoices = invoices;
        this.clients = clients;
        this.ledger = ledger;
        this.issuing = issuing;
        this.evidence = evidence;
        this.outbox = outbox;
        this.packages = packages;
        this.clock = clock;
    }

    protected CancellationSteps() {
        this(null, null, null, null, null, null, null, null, null);
    }

    /** A refund still to make from one payment. */
    public record PlannedRefund(InvoiceId invoice, PaymentId payment, Money amount) {
    }

    /** What the transaction did, and the refunds left to make. */
    public record Settled(Contract contract, CancellationQuote quote, Invoice feeInvoice, List<InvoiceId> closed,
                          List<PlannedRefund> refunds) {
    }

    public Settled cancel(ContractId id, String reason, TenantContext ctx) {
        ctx.requireWritable();
        Contract contract = contracts.find(ctx.tenant(), id).orElseThrow(() -> new ContractNotFound(id));
        Instant now = clock.instant();
        if (contract.status().signed() && contract.terms().cancellation() == null) {
            throw new CancellationRefused("no-clause", "The signed contract has no cancellation clause: nothing says what"
                    + " is kept; agree it with the client and record payments, credit notes or refunds by hand");
        }
        if (contract.status().signed() && contract.startDate() == null) {
            throw new CancellationRefused("no-start-date", "The contract has no start date to count the days before");
        }
        contract.cancel(now);
        for (PackageDeal deal : packages.underContract(ctx.tenant(), id)) {
            if (deal.cancellation().isEmpty() && !deal.delivered()) {
                deal.cancel("The engagement \"" + contract.title() + "\" was cancelled", now);
                packages.update(ctx.tenant(), deal);
            }
        }
        Client client = clients.get(contract.clientId(), ctx);
        Actor actor = Actor.freelancer(ctx);
        List<LockedInvoice> under = new ArrayList<>();
        Money paid = Money.zero(contract.fee().currency());
        for (Invoice invoice : invoices.issuedUnderContract(ctx.tenant(), id)) {
            LockedInvoice locked = ledger.lock(invoice.id(), ctx);
            under.add(locked);
            var l = locked.invoice().ledger();
            Money towardsFee = l.netPaid().minus(l.lateFees());
            if (towardsFee.isPositive() && l.total().currency().equals(paid.currency())) {
                paid = paid.plus(towardsFee);
            }
        }
        LocalDate clientToday = client.today(clock);
        CancellationQuote quote = CancellationQuote.of(contract.terms().cancellation(), contract.fee(),
                contract.startDate(), clientToday, paid);
        String because = "The engagement \"" + contract.title() + "\" was cancelled. " + quote.explain();
        List<InvoiceId> closed = new ArrayList<>();
        for (LockedInvoice locked : under) {
            Invoice invoice = locked.invoice();
            if (!invoice.status().open()) {
                continue;
            }
            if (invoice.ledger().untouched()) {
                ledger.voidInvoice(locked, actor, "Voided: " + because);
                closed.add(invoice.id());
            } else if (invoice.balance().isPositive()) {
                ledger.credit(locked, List.of(new InvoiceLine("Engagement cancelled: the open balance is credited",
                        BigDecimal.ONE, invoice.balance().amount(), null, null, null)), because, actor);
                closed.add(invoice.id());
            }
        }
        Invoice feeInvoice = quote.toInvoice().isPositive() ? invoiceTheKeptFee(contract, client, quote, actor, ctx) : null;
        List<PlannedRefund> refunds = quote.toRefund().isPositive() ? planRefunds(under, quote.toRefund(), ctx) : List.of();
        evidence.log(ctx.tenant(), contract, ContractEventType.CANCELLED, actor.describe(), quote.explain()
                + (reason == null || reason.isBlank() ? "" : " Reason: " + reason.strip()), now);
        outbox.queueToClient(ctx.tenant(), MailTopic.contract(contract.id().value()), OutgoingMail.text(client.email(),
                "Cancellation of \"" + contract.title() + "\"", "Hello " + client.name() + ",\n\n" + because
                        + (feeInvoice != null ? "\n\nThe invoice " + feeInvoice.number().orElse("") + " for "
                        + MoneyText.of(quote.toInvoice()) + " follows in a separate mail." : "")
                        + (quote.toRefund().isPositive() ? "\n\n" + MoneyText.of(quote.toRefund())
                        + " is refunded to the way you paid, with a credit note." : "") + "\n"), Locale.ENGLISH);
        return new Settled(contract, quote, feeInvoice, closed, refunds);
    }

    private Invoice invoiceTheKeptFee(Contract contract, Client client, CancellationQuote quote, Actor actor,
                                      TenantContext ctx) {
        String description = "Cancellation of \"" + contract.title() + "\": " + quote.percentKept().stripTrailingZeros()
                .toPlainString() + "% of " + MoneyText.of(quote.fee()) + " kept, less " + MoneyText.of(quote.paid())
                + " paid";
        if (description.length() > InvoiceLine.DESCRIPTION_LENGTH) {
            description = description.substring(0, InvoiceLine.DESCRIPTION_LENGTH - 1) + "…";
        }
        Integer netDays = contract.terms().payment() == null ? null : contract.terms().payment().netDays();
        InvoiceContent content = new InvoiceContent(contract.fee().currency(), new InvoiceLines(List.of(new InvoiceLine(
                description, BigDecimal.ONE, quote.toInvoice().amount(), null, null, null))), null,
                "Under the cancellation clause of \"" + contract.title() + "\". " + quote.explain(),
                netDays == null ? 0 : netDays, false, null);
        Invoice invoice = Invoice.draft(InvoiceId.newId(), InvoiceKind.INVOICE, contract.clientId(), contract.id(), null,
                content.normalized(), clock.instant());
        invoices.add(ctx.tenant(), invoice);
        issuing.issue(invoice, client, actor, ctx);
        return invoice;
    }

    /** Refunds from the newest payments first, each at most what is left of it, until {@code due} is covered. */
    private List<PlannedRefund> planRefunds(List<LockedInvoice> under, Money due, TenantContext ctx) {
        List<PlannedRefund> plans = new ArrayList<>();
        List<Payment> payments = new ArrayList<>();
        for (LockedInvoice locked : under) {
            payments.addAll(invoices.payments(ctx.tenant(), locked.invoice().id()).stream()
                    .filter(p -> p.kind() == PaymentKind.PAYMENT).toList());
        }
        payments.sort(Comparator.comparing(Payment::recordedAt).reversed());
        Money left = due;
        for (Payment payment : payments) {
            if (!left.isPositive()) {
                break;
            }
            LockedInvoice locked = under.stream().filter(u -> u.invoice().id().equals(payment.invoiceId())).findFirst()
                    .orElseThrow();
            Money refundable = ledger.leftToRefund(locked, payment);
            if (!refundable.isPositive()) {
                continue;
            }
            Money amount = refundable.isMoreThan(left) ? left : refundable;
            plans.add(new PlannedRefund(payment.invoiceId(), payment.id(), amount));
            left = left.minus(amount);
        }
        return plans;
    }
}
