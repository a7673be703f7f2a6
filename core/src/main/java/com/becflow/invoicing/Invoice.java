package com.becflow.invoicing;

import com.becflow.clients.ClientId;
import com.becflow.contracts.ContractId;
import com.becflow.shared.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;

/**
 * An invoice, deposit invoice or credit note for one client.
 *
 * <p>Always holds: only a draft's lines change; a number is given once, at issue, and never changes or
 * returns; an issued document is never deleted (it is voided, written off or credited instead); the ledger
 * adds up to the cent ({@link InvoiceLedger}). The status is kept in step with the ledger on every movement
 * of money; "overdue" is read from the due date in the client's zone and never stored.
 */
@Entity
@Table(name = "invoice")
public class Invoice {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private InvoiceKind kind;

    @Column(name = "client_id", nullable = false)
    private UUID clientId;

    @Column(name = "contract_id")
    private UUID contractId;

    @Column(name = "credited_invoice_id")
    private UUID creditedInvoiceId;

    @Column(length = 40)
    private String number;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(nullable = false)
    private InvoiceLines lines;

    @Column(length = InvoiceContent.REFERENCE_LENGTH)
    private String reference;

    @Column(length = InvoiceContent.NOTES_LENGTH)
    private String notes;

    @Column(name = "net_days", nullable = false)
    private int netDays;

    @Column(name = "partial_payments", nullable = false)
    private boolean partialPayments;

    @Column(name = "minimum_payment", precision = 19, scale = 4)
    private BigDecimal minimumPayment;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal subtotal;

    @Column(name = "discount_total", nullable = false, precision = 19, scale = 4)
    private BigDecimal discountTotal;

    @Column(name = "tax_total", nullable = false, precision = 19, scale = 4)
    private BigDecimal taxTotal;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal total;

    @Embedded
    private InvoiceAmounts amounts = new InvoiceAmounts();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private InvoiceStatus status;

    @Column(name = "issue_date")
    private LocalDate issueDate;

    @Column(name = "due_date")
    private LocalDate dueDate;

    /** Under an accepted payment plan, the earliest installment's due date not fully paid; null without a plan. */
    @Column(name = "plan_due_date")
    private LocalDate planDueDate;

    @Column(name = "sent_to", length = 254)
    private String sentTo;

    @Column(name = "issued_at")
    private Instant issuedAt;

    @Column(name = "viewed_at")
    private Instant viewedAt;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Invoice() {
    }

    public static Invoice draft(InvoiceId id, InvoiceKind kind, ClientId client, ContractId contract,
                                InvoiceId credited, InvoiceContent content, Instant now) {
        if ((kind == InvoiceKind.CREDIT_NOTE) != (credited != null)) {
            throw new IllegalArgumentException("A credit note, and only a credit note, names the invoice it credits");
        }
        Invoice invoice = new Invoice();
        invoice.id = id.value();
        invoice.kind = kind;
        invoice.clientId = client.value();
        invoice.contractId = contract == null ? null : contract.value();
        invoice.creditedInvoiceId = credited == null ? null : credited.value();
        invoice.status = InvoiceStatus.DRAFT;
        invoice.createdAt = now;
        invoice.apply(content, now);
        return invoice;
    }

    /** Changes a draft; an issued invoice never changes its lines. */
    public void change(InvoiceContent content, Instant now) {
        if (status != InvoiceStatus.DRAFT) {
            throw new InvoiceStateConflict("invoice.change.issued", "Only a draft can be changed; " + describe() + " is " + status.label().toLowerCase()
                    + (kind.owed() ? ". Issue a credit note to correct it" : ""));
        }
        apply(content, now);
    }

    private void apply(InvoiceContent content, Instant now) {
        currency = content.currency().getCurrencyCode();
        lines = content.lines();
        reference = content.reference();
        notes = content.notes();
        netDays = content.netDays();
        partialPayments = content.partialPayments() && kind.owed();
        minimumPayment = partialPayments ? content.minimumPayment() : null;
        InvoiceTotals totals = content.totals();
        subtotal = totals.subtotal().amount();
        discountTotal = totals.discount().amount();
        taxTotal = totals.tax().amount();
        total = totals.total().amount();
        updatedAt = now;
    }

    /**
     * Gives a draft its number and dates. A document with nothing to pay is refused: there is nothing to
     * collect and it would only take a number.
     */
    public void issue(String assignedNumber, LocalDate issuedOn, String to, Instant now) {
        if (status != InvoiceStatus.DRAFT) {
            throw new InvoiceStateConflict("invoice.issue.already-issued", describe() + " is already issued");
        }
        if (total.signum() <= 0) {
            throw InvalidInvoice.of("lines", "The total is zero: there is nothing to " + (kind.owed() ? "invoice" : "credit"));
        }
        number = assignedNumber;
        issueDate = issuedOn;
        dueDate = issuedOn.plusDays(netDays);
        sentTo = to;
        issuedAt = now;
        status = InvoiceStatus.ISSUED;
        updatedAt = now;
    }

    /** Records the client's first look; later looks change nothing. */
    public boolean view(Instant now) {
        if (status != InvoiceStatus.ISSUED || !kind.owed()) {
            return false;
        }
        viewedAt = now;
        status = InvoiceStatus.VIEWED;
        updatedAt = now;
        return true;
    }

    /** Money received. On a written-off invoice the write-off is taken back first: the client paid after all. */
    public void receivePayment(Money amount, Instant now) {
        requireMoneyMoves("receive a payment");
        requirePositive(amount);
        if (status == InvoiceStatus.UNCOLLECTIBLE) {
            amounts.writeOff(BigDecimal.ZERO);
            closedAt = null;
            // Open again: settle() keeps a written-off status as it is, and reads an open one anew from the ledger.
            status = InvoiceStatus.ISSUED;
        }
        amounts.paid(amount.amount());
        settle(now);
    }

    /** Money returned with a credit note of the same amount (see {@link InvoiceLedger}): the balance stays. */
    public void refund(Money amount, Instant now) {
        requireMoneyMoves("refund");
        requirePositive(amount);
        amounts.refund(amount);
        settle(now);
    }

    /**
     * Gives back money received beyond what is owed (see {@link #excess()}): no work is taken back, so no credit
     * note goes with it, and the balance rises towards zero.
     */
    public void returnExcess(Money amount, Instant now) {
        requireExcess(amount);
        amounts.refunded(amount.amount());
        settle(now);
    }

    /** Keeps money received beyond what is owed as the client's credit, to pay later invoices with. */
    public void moveExcessToCredit(Money amount, Instant now) {
        requireExcess(amount);
        amounts.movedToCredit(amount.amount());
        settle(now);
    }

    private void requireExcess(Money amount) {
        requireMoneyMoves("give back an overpayment");
        requirePositive(amount);
        if (amount.isMoreThan(excess())) {
            throw InvalidInvoice.of("amount", excess().isPositive() ? "At most " + excess().rounded()
                    + " was received beyond what is owed" : describe() + " was not paid more than it owes");
        }
    }

    /** Money received beyond what is owed (or for a void invoice), which the freelancer gives back or keeps as credit. */
    public Money excess() {
        return ledger().excess();
    }

    /** A chargeback the client's bank took back: the money is gone and the balance is owed again. */
    public void chargeBack(Money amount, Instant now) {
        requireMoneyMoves("charge back");
        requirePositive(amount);
        amounts.chargedBack(amount.amount());
        settle(now);
    }

    /** A chargeback reversed in the freelancer's favour: the money is back. */
    public void reverseChargeBack(Money amount, Instant now) {
        requireMoneyMoves("reverse a chargeback");
        requirePositive(amount);
        amounts.reverseChargeBack(amount.amount());
        settle(now);
    }

    /** A payment that was not made after all (deleted in the books it was taken from): the amount is owed again. */
    public void reversePayment(Money amount, Instant now) {
        requireMoneyMoves("reverse a payment");
        requirePositive(amount);
        amounts.reversePaid(amount.amount());
        settle(now);
    }

    /**
     * A late fee the signed contract's clause charges. The issued lines and total stay as they are: the fee is owed on
     * top of them, as a charge on the ledger (see {@link InvoiceLedger}), and shows on the portal and on the receipts.
     */
    public void chargeLateFee(Money fee, Instant now) {
        requireMoneyMoves("be charged a late fee");
        requirePositive(fee);
        if (!status.open()) {
            throw new InvoiceStateConflict("invoice.late-fee.closed", describe() + " is " + status.label().toLowerCase()
                    + "; only an open invoice is charged a late fee");
        }
        amounts.lateFeeCharged(fee.amount());
        settle(now);
    }

    /**
     * Takes back a late fee charged before. A fee the client already paid becomes money received beyond what is owed,
     * for the freelancer to give back or keep as credit.
     */
    public void waiveLateFee(Money fee, Instant now) {
        requireMoneyMoves("waive a late fee");
        requirePositive(fee);
        if (status == InvoiceStatus.VOID || status == InvoiceStatus.UNCOLLECTIBLE) {
            throw new InvoiceStateConflict("invoice.late-fee.waiver-closed", describe() + " is "
                    + status.label().toLowerCase() + "; nothing on it is owed any more, fee or not");
        }
        amounts.waiveLateFee(fee.amount());
        settle(now);
    }

    /** The share the contract lets the client keep for paying early, taken off what is owed with that payment. */
    public void takeEarlyPaymentDiscount(Money discount, Instant now) {
        requireMoneyMoves("take an early-payment discount");
        requirePositive(discount);
        if (!status.open()) {
            throw new InvoiceStateConflict("invoice.discount.closed", describe() + " is " + status.label().toLowerCase()
                    + "; a discount is taken only with the payment that settles an open invoice");
        }
        amounts.takeEarlyPaymentDiscount(discount, total);
        settle(now);
    }

    /** A credit note issued against this invoice takes its total off the balance. */
    public void credit(Money amount, Instant now) {
        requireMoneyMoves("credit");
        requirePositive(amount);
        if (status == InvoiceStatus.VOID || status == InvoiceStatus.UNCOLLECTIBLE) {
            throw new InvoiceStateConflict("invoice.credit.closed", describe() + " is " + status.label().toLowerCase() + "; nothing is left to credit");
        }
        amounts.credit(amount, total);
        settle(now);
    }

    /** Cancels an issued invoice nobody has paid; it keeps its number. */
    public void voidInvoice(Instant now) {
        if (status == InvoiceStatus.DRAFT) {
            throw new InvoiceStateConflict("invoice.void.draft", "A draft has no number yet; delete it instead of voiding it");
        }
        if (!kind.owed()) {
            throw new InvoiceStateConflict("invoice.void.credit-note", "A credit note cannot be voided; issue an invoice to reverse it");
        }
        if (amounts.anyPaid()) {
            throw new InvoiceStateConflict("invoice.void.already-paid", "Only an unpaid invoice can be voided; " + describe()
                    + " has payments: refund them or issue a credit note");
        }
        if (amounts.anyCredited()) {
            throw new InvoiceStateConflict("invoice.void.credited", "Only an uncredited invoice can be voided; " + describe()
                    + " has a credit note: credit the rest instead");
        }
        if (!status.open()) {
            throw new InvoiceStateConflict("invoice.void.closed", "Only an open invoice can be voided; " + describe() + " is "
                    + status.label().toLowerCase());
        }
        amounts.writeOff(balance().amount());
        status = InvoiceStatus.VOID;
        closedAt = now;
        updatedAt = now;
    }

    /** Gives up on the rest of the balance; a later payment still counts. */
    public void markUncollectible(Instant now) {
        if (!kind.owed() || !status.open()) {
            throw new InvoiceStateConflict("invoice.write-off.closed", "Only an open invoice can be written off; " + describe() + " is "
                    + status.label().toLowerCase());
        }
        amounts.writeOff(balance().amount());
        status = InvoiceStatus.UNCOLLECTIBLE;
        closedAt = now;
        updatedAt = now;
    }

    private void settle(Instant now) {
        updatedAt = now;
        if (status == InvoiceStatus.VOID) {
            return;
        }
        int balance = balance().amount().signum();
        if (balance <= 0) {
            if (status != InvoiceStatus.PAID) {
                paidAt = now;
            }
            status = InvoiceStatus.PAID;
        } else if (status == InvoiceStatus.UNCOLLECTIBLE) {
            return;
        } else {
            paidAt = null;
            status = amounts.netPaid().signum() > 0 ? InvoiceStatus.PARTIALLY_PAID
                    : viewedAt != null ? InvoiceStatus.VIEWED : InvoiceStatus.ISSUED;
        }
    }

    private void requireMoneyMoves(String what) {
        if (status == InvoiceStatus.DRAFT) {
            throw new InvoiceStateConflict("invoice.money.draft", "A draft cannot " + what + "; issue it first");
        }
        if (!kind.owed()) {
            throw new InvoiceStateConflict("invoice.money.credit-note", "A credit note cannot " + what);
        }
    }

    private void requirePositive(Money amount) {
        InvoiceAmounts.requireMovable(amount, currency());
    }

    /** What is still owed now; negative if the client paid more than they owe. */
    public Money balance() {
        return new Money(amounts.balance(total), currency());
    }

    public InvoiceLedger ledger() {
        return amounts.ledger(total, currency());
    }

    /**
     * The status as the client and the freelancer see it on that day in the client's zone. A credit note owes
     * nothing, so it is never overdue.
     */
    public InvoiceStatus statusOn(LocalDate clientToday) {
        LocalDate due = dueNow();
        if (kind.owed() && status.open() && due != null && clientToday.isAfter(due) && balance().amount().signum() > 0) {
            return InvoiceStatus.OVERDUE;
        }
        return status;
    }

    /** The least the client may pay now: the balance, or with partial payments the minimum (never above the balance). */
    public Money smallestPayment() {
        Money balance = balance().rounded();
        if (!partialPayments) {
            return balance;
        }
        Money minimum = minimumPayment != null ? new Money(minimumPayment, currency()) : Money.minorUnit(currency());
        return minimum.isMoreThan(balance) ? balance : minimum;
    }

    public String describe() {
        return number != null ? kind.label().toLowerCase() + " " + number : "this " + kind.label().toLowerCase();
    }

    public InvoiceContent content() {
        return new InvoiceContent(currency(), lines, reference, notes, netDays, partialPayments, minimumPayment);
    }

    public InvoiceTotals totals() {
        Currency c = currency();
        return new InvoiceTotals(new Money(subtotal, c), new Money(discountTotal, c), new Money(taxTotal, c), new Money(total, c));
    }

    public InvoiceId id() { return new InvoiceId(id); }
    public InvoiceKind kind() { return kind; }
    public ClientId clientId() { return new ClientId(clientId); }
    public Optional<ContractId> contractId() { return Optional.ofNullable(contractId).map(ContractId::new); }
    public Optional<InvoiceId> creditedInvoiceId() { return Optional.ofNullable(creditedInvoiceId).map(InvoiceId::new); }
    public Optional<String> number() { return Optional.ofNullable(number); }
    public Currency currency() { return Currency.getInstance(currency); }
    public InvoiceLines lines() { return lines; }
    public String reference() { return reference; }
    public String notes() { return notes; }
    public int netDays() { return netDays; }
    public boolean partialPayments() { return partialPayments; }
    public Money total() { return new Money(total, currency()); }
    public InvoiceStatus status() { return status; }
    public LocalDate issueDate() { return issueDate; }
    public LocalDate dueDate() { return dueDate; }

    /**
     * The day the client must have paid by to be on time: under an accepted payment plan the earliest installment not
     * fully paid, otherwise the invoice's own due date. Overdue, reminders and late fees read this one.
     */
    public LocalDate dueNow() { return planDueDate != null ? planDueDate : dueDate; }

    /** Whether an accepted payment plan sets the day the invoice is due ({@link #dueNow}). */
    public boolean followsPlan() { return planDueDate != null; }

    /** Follows the plan's next installment ({@code null}: no plan any more); whether the day the invoice is due moved. */
    public boolean followPlan(LocalDate nextInstallmentDue) {
        LocalDate before = dueNow();
        planDueDate = nextInstallmentDue;
        return !java.util.Objects.equals(before, dueNow());
    }
    public String sentTo() { return sentTo; }
    public Instant issuedAt() { return issuedAt; }
    public Instant viewedAt() { return viewedAt; }
    public Instant paidAt() { return paidAt; }
    public Instant closedAt() { return closedAt; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }
}
