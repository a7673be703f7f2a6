package com.becflow.accounting.app;

import com.becflow.accounting.BooksConflict;
import com.becflow.accounting.BooksConflicts;
import com.becflow.accounting.BooksLog;
import com.becflow.accounting.BooksLogEntry;
import com.becflow.accounting.BooksMapping;
import com.becflow.accounting.BooksMappings;
import com.becflow.accounting.BooksObject;
import com.becflow.accounting.BooksRemotePayment;
import com.becflow.accounting.BooksVendor;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.Payment;
import com.becflow.invoicing.Invoices;
import com.becflow.invoicing.PaymentId;
import com.becflow.invoicing.PaymentKind;
import com.becflow.invoicing.PaymentMethod;
import com.becflow.invoicing.app.Ledger;
import com.becflow.invoicing.app.LockedInvoice;
import com.becflow.shared.tenant.Actor;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Money the freelancer recorded in their books (it reached their bank without passing Becflow) taken onto the
 * invoice's ledger, so the invoice is paid in Becflow too and its reminders stop. The payment and its mapping are kept
 * in one transaction under the invoice's lock: however many passes see it, it is received once, and it is never pushed
 * back. What does not fit (the invoice is closed, another currency, more than is owed) is not forced: it goes to the
 * conflict inbox with why, for the freelancer to settle. Such a payment deleted in the books later is reversed on the
 * invoice the same way, once.
 */
@ApplicationScoped
@Transactional
public class BooksReceipts {

    /** The fingerprint on the mapping of a payment taken from the books: it is never pushed. */
    public static final String RECEIVED = "received-from-the-books";
    /** The fingerprint on the mapping of such a payment once deleted there and reversed here. */
    public static final String REVERSED = "reversed-in-the-books";

    private final Ledger ledger;
    private final Invoices invoices;
    private final BooksMappings mappings;
    private final BooksConflicts conflicts;
    private final BooksLog log;
    private final Clock clock;

    @Inject
    public BooksReceipts(Ledger ledger, Invoices invoices, BooksMappings mappings, BooksConflicts conflicts, BooksLog log,
                         Clock clock) {
        this.ledger = ledger;
        this.invoices = invoices;
        this.mappings = mappings;
        this.conflicts = conflicts;
        this.log = log;
        this.clock = clock;
    }

    protected BooksReceipts() {
        this(null, null, null, null, null, null);
    }

    /** @return the payment received, or empty when it was received before or does not fit (then logged) */
    public Optional<Payment> receive(TenantContext ctx, BooksVendor vendor, InvoiceId id, BooksRemotePayment paid) {
        LockedInvoice locked = ledger.lock(id, ctx);
        if (mappings.byExternalId(ctx.tenant(), vendor, BooksObject.PAYMENT, paid.id()).isPresent()) {
            return Optional.empty();
        }
        Invoice invoice = locked.invoice();
        String what = "a payment of " + paid.amount() + " recorded in " + vendor.label() + " on " + paid.paidOn()
                + " for invoice " + invoice.number().orElse("");
        Optional<String> misfit = misfit(invoice, paid);
        if (misfit.isPresent()) {
            String reason = "Not taken: " + what + ", since " + misfit.get() + " (" + vendor.label() + " payment "
                    + paid.id() + ")";
            conflicts.open(ctx.tenant(), new BooksConflict(UUID.randomUUID(), vendor, BooksObject.PAYMENT, null,
                    vendor.label() + " payment " + paid.id(), BooksConflict.Kind.PAYMENT_NOT_TAKEN, reason,
                    clock.instant(), Optional.empty()));
            log.add(ctx.tenant(), new BooksLogEntry(clock.instant(), vendor, BooksObject.PAYMENT, null,
                    BooksLogEntry.Outcome.REFUSED, reason));
            return Optional.empty();
        }
        String reference = vendor.label() + " payment" + (paid.reference() == null || paid.reference().isBlank() ? ""
                : ": " + paid.reference());
        Payment payment = ledger.receive(locked, Payment.receivedByHand(invoice.id(), PaymentMethod.BANK_TRANSFER,
                paid.amount(), paid.paidOn(), reference.length() > Payment.REFERENCE_LENGTH
                        ? reference.substring(0, Payment.REFERENCE_LENGTH) : reference,
                Actor.provider(vendor.label()), clock.instant()));
        mappings.save(ctx.tenant(), new BooksMapping(vendor, BooksObject.PAYMENT, payment.id().value(), paid.id(),
                RECEIVED, clock.instant()));
        log.add(ctx.tenant(), new BooksLogEntry(clock.instant(), vendor, BooksObject.PAYMENT, payment.id().value(),
                BooksLogEntry.Outcome.RECEIVED, "received " + what));
        return Optional.of(payment);
    }

    /**
     * A payment taken from the books ({@code taken} maps it) that was deleted there since: reversed on its invoice, which
     * is owed again (and reminded of again once open), in one transaction with its mapping, so once only. One that was
     * given back in part meanwhile (or kept as credit) is not forced: it goes to the conflict inbox.
     *
     * @return the reversal, or empty when it was reversed before or cannot be
     */
    public Optional<Payment> reverse(TenantContext ctx, BooksVendor vendor, BooksMapping taken) {
        Optional<Payment> found = invoices.payment(ctx.tenant(), new PaymentId(taken.localId()));
        if (found.isEmpty() || found.get().kind() != PaymentKind.PAYMENT) {
            return Optional.empty();
        }
        Payment original = found.get();
        LockedInvoice locked = ledger.lock(original.invoiceId(), ctx);
        if (invoices.paymentByExternalId(ctx.tenant(), PaymentKind.PAYMENT_REVERSAL, Payment.reversalKey(original.id()))
                .isPresent()) {
            return Optional.empty();
        }
        String what = "the payment of " + original.amount().rounded() + " taken from " + vendor.label() + " onto invoice "
                + locked.invoice().number().orElse("") + " (" + vendor.label() + " payment " + taken.externalId() + ")";
        // Money given back from it, or kept as the client's credit, cannot be taken back a second time.
        if (!ledger.leftToRefund(locked, original).isSameAs(original.amount())
                || original.amount().isMoreThan(locked.invoice().ledger().netPaid())) {
            String reason = "Not reversed: " + what + " was deleted in " + vendor.label() + ", but part of it was given"
                    + " back or kept as the client's credit in Becflow since; settle it by hand";
            conflicts.open(ctx.tenant(), new BooksConflict(UUID.randomUUID(), vendor, BooksObject.PAYMENT,
                    original.id().value(), "payment of " + original.amount().rounded(), BooksConflict.Kind.PAYMENT_NOT_TAKEN,
                    reason, clock.instant(), Optional.empty()));
            log.add(ctx.tenant(), new BooksLogEntry(clock.instant(), vendor, BooksObject.PAYMENT, original.id().value(),
                    BooksLogEntry.Outcome.REFUSED, reason));
            return Optional.empty();
        }
        Payment reversal = ledger.reversePayment(locked, original, "deleted in " + vendor.label(),
                Actor.provider(vendor.label()));
        mappings.save(ctx.tenant(), new BooksMapping(vendor, BooksObject.PAYMENT, taken.localId(), taken.externalId(),
                REVERSED, clock.instant()));
        log.add(ctx.tenant(), new BooksLogEntry(clock.instant(), vendor, BooksObject.PAYMENT, original.id().value(),
                BooksLogEntry.Outcome.REVERSED, "reversed " + what + ", deleted there; the invoice is "
                + locked.invoice().status().label().toLowerCase() + " with " + locked.invoice().balance().rounded() + " open"));
        return Optional.of(reversal);
    }

    private static Optional<String> misfit(Invoice invoice, BooksRemotePayment paid) {
        if (!invoice.status().open()) {
            return Optional.of("the invoice is " + invoice.status().label().toLowerCase() + " in Becflow");
        }
        if (!paid.amount().currency().equals(invoice.currency())) {
            return Optional.of("it is in " + paid.amount().currency() + ", the invoice in " + invoice.currency());
        }
        if (paid.amount().isMoreThan(invoice.balance().rounded())) {
            return Optional.of("it is more than the open balance of " + invoice.balance().rounded());
        }
        return Optional.empty();
    }
}
