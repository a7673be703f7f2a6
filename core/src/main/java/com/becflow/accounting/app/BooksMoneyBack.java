package com.becflow.accounting.app;

import com.becflow.accounting.BooksGateway;
import com.becflow.accounting.BooksMapping;
import com.becflow.accounting.BooksObject;
import com.becflow.accounting.BooksSession;
import com.becflow.accounting.BooksTwins;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.Payment;
import com.becflow.shared.tenant.TenantId;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The part of a pass for money that is hard to sync: credit notes and early-payment discounts (as credit notes
 * allocated to their invoice), then refunds and chargebacks, each once and after what it refers to. Pushing, waiting
 * and counting are the pass's own ({@link Pass}).
 */
final class BooksMoneyBack {

    /** What the pass does with each object: count it unchanged, let it wait, or push it once. */
    interface Pass {
        void unchanged();

        void waits(BooksObject object, UUID localId, String why, String waitsFor);

        /** {@code call} takes the idempotency key and answers the object's id in the books. */
        void push(BooksObject object, UUID localId, String fingerprint, String what, Function<String, String> call);
    }

    private final BooksSyncSteps steps;
    private final TenantId tenant;
    private final BooksGateway gateway;
    private final BooksSession session;
    private final Pass pass;
    private Map<UUID, Invoice> issued;
    private java.util.List<Payment> givenBack;

    BooksMoneyBack(BooksSyncSteps steps, TenantId tenant, BooksGateway gateway, BooksSession session, Pass pass) {
        this.steps = steps;
        this.tenant = tenant;
        this.gateway = gateway;
        this.session = session;
        this.pass = pass;
    }

    Pass pass() {
        return pass;
    }

    /** Each credit note once, after the invoice it credits: allocated to that invoice's twin. */
    void creditNotes() {
        if (!gateway.pushes(BooksObject.CREDIT_NOTE)) {
            return;
        }
        Map<UUID, BooksMapping> contacts = steps.mappings(tenant, gateway.vendor(), BooksObject.CONTACT);
        Map<UUID, BooksMapping> invoices = steps.mappings(tenant, gateway.vendor(), BooksObject.INVOICE);
        Map<UUID, BooksMapping> known = steps.mappings(tenant, gateway.vendor(), BooksObject.CREDIT_NOTE);
        Map<UUID, Invoice> issued = issued();
        java.util.List<Payment> givenBack = givenBack();
        for (Payment discount : givenBack) {
            UUID id = discount.id().value();
            Invoice of = issued.get(discount.invoiceId().value());
            BooksMapping invoice = invoices.get(discount.invoiceId().value());
            if (discount.kind() != com.becflow.invoicing.PaymentKind.EARLY_PAYMENT_DISCOUNT) {
                continue;
            } else if (known.containsKey(id)) {
                pass.unchanged();
            } else if (invoice == null || of == null || contacts.get(of.clientId().value()) == null) {
                pass.waits(BooksObject.CREDIT_NOTE, id, "early-payment discount of " + discount.amount().rounded()
                        + " waits for its invoice", BooksObject.INVOICE + ":" + discount.invoiceId().value());
            } else {
                var twin = BooksTwins.discount(discount, of.number().orElseThrow(),
                        contacts.get(of.clientId().value()).externalId(), invoice.externalId());
                pass.push(BooksObject.CREDIT_NOTE, id, BooksTwins.fingerprint(twin), "early-payment discount " + twin.number(),
                        key -> gateway.pushCreditNote(session, twin, key));
            }
        }
        java.util.Set<UUID> refunded = new java.util.HashSet<>();
        if (gateway.refundIsItsOwnCreditNote()) {
            givenBack.forEach(p -> p.creditNoteId().ifPresent(n -> refunded.add(n.value())));
        }
        for (Invoice note : steps.issuedCreditNotes(tenant)) {
            UUID id = note.id().value();
            if (refunded.contains(id)) {
                continue; // its refund stands for it in these books
            }
            UUID credited = note.creditedInvoiceId().orElseThrow().value();
            BooksMapping invoice = invoices.get(credited);
            BooksMapping contact = contacts.get(note.clientId().value());
            if (known.containsKey(id)) {
                pass.unchanged();
            } else if (invoice == null || contact == null) {
                pass.waits(BooksObject.CREDIT_NOTE, id, "credit note " + note.number().orElse("") + " waits for the invoice"
                        + " it credits", BooksObject.INVOICE + ":" + credited);
            } else {
                var twin = BooksTwins.creditNote(note, contact.externalId(), invoice.externalId());
                pass.push(BooksObject.CREDIT_NOTE, id, BooksTwins.fingerprint(twin), "credit note " + twin.number(),
                        key -> gateway.pushCreditNote(session, twin, key));
            }
        }
    }

    /** The workspace's issued invoices by id, read once a pass. */
    private Map<UUID, Invoice> issued() {
        if (issued == null) {
            issued = new java.util.HashMap<>();
            steps.issuedInvoices(tenant).forEach(i -> issued.put(i.id().value(), i));
        }
        return issued;
    }

    /** Refunds, chargebacks and discounts, read once a pass. */
    private java.util.List<Payment> givenBack() {
        if (givenBack == null) {
            givenBack = steps.moneyGivenBack(tenant);
        }
        return givenBack;
    }

    /** Each refund and chargeback once, after its invoice and the payment it gives back. */
    void moneyGivenBack() {
        if (!gateway.pushes(BooksObject.REFUND)) {
            return;
        }
        Map<UUID, BooksMapping> invoices = steps.mappings(tenant, gateway.vendor(), BooksObject.INVOICE);
        Map<UUID, BooksMapping> payments = steps.mappings(tenant, gateway.vendor(), BooksObject.PAYMENT);
        Map<UUID, BooksMapping> known = steps.mappings(tenant, gateway.vendor(), BooksObject.REFUND);
        Map<UUID, BooksMapping> contacts = steps.mappings(tenant, gateway.vendor(), BooksObject.CONTACT);
        Map<UUID, BooksMapping> notes = steps.mappings(tenant, gateway.vendor(), BooksObject.CREDIT_NOTE);
        Map<UUID, Invoice> issued = issued();
        for (Payment givenBack : givenBack()) {
            UUID id = givenBack.id().value();
            if (givenBack.kind() == com.becflow.invoicing.PaymentKind.EARLY_PAYMENT_DISCOUNT) {
                continue; // an adjusting credit: sent as a credit note
            }
            BooksMapping invoice = invoices.get(givenBack.invoiceId().value());
            String waitsFor = invoice == null ? BooksObject.INVOICE + ":" + givenBack.invoiceId().value()
                    : givenBack.refundedPaymentId().filter(p -> !payments.containsKey(p.value()))
                    .map(p -> BooksObject.PAYMENT + ":" + p.value())
                    .or(() -> givenBack.creditNoteId().filter(n -> !gateway.refundIsItsOwnCreditNote())
                            .filter(n -> !notes.containsKey(n.value()))
                            .map(n -> BooksObject.CREDIT_NOTE + ":" + n.value())).orElse(null);
            String what = givenBack.kind().name().toLowerCase(java.util.Locale.ROOT) + " of "
                    + givenBack.amount().rounded();
            if (known.containsKey(id)) {
                pass.unchanged();
            } else if (waitsFor != null) {
                pass.waits(BooksObject.REFUND, id, what + " waits for what it gives back", waitsFor);
            } else {
                var twin = BooksTwins.refund(givenBack, invoice.externalId(),
                        contacts.get(issued.get(givenBack.invoiceId().value()).clientId().value()).externalId(),
                        givenBack.creditNoteId().filter(n -> !gateway.refundIsItsOwnCreditNote())
                                .map(n -> notes.get(n.value()).externalId()).orElse(null));
                pass.push(BooksObject.REFUND, id, BooksTwins.fingerprint(twin), what,
                        key -> gateway.pushRefund(session, twin, key));
            }
        }
    }
}
