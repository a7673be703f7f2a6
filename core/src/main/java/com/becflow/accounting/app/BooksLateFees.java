package com.becflow.accounting.app;

import com.becflow.accounting.BooksGateway;
import com.becflow.accounting.BooksInvoice;
import com.becflow.accounting.BooksMapping;
import com.becflow.accounting.BooksObject;
import com.becflow.accounting.BooksSession;
import com.becflow.accounting.BooksTwins;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.Payment;
import com.becflow.invoicing.PaymentKind;
import com.becflow.shared.tenant.TenantId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The part of a pass for late fees. The twin of an issued invoice keeps the invoice's total, so a fee charged on top
 * goes to the books as an invoice of its own ({@code INV-7-FEE1}, its {@code FEE} mapping), once and after its invoice's
 * twin; a waiver is a credit note allocated to the fee's twin (a {@code CREDIT_NOTE} mapping), once and after it.
 */
final class BooksLateFees {

    private final BooksSyncSteps steps;
    private final TenantId tenant;
    private final BooksGateway gateway;
    private final BooksSession session;
    private final BooksMoneyBack.Pass pass;

    BooksLateFees(BooksSyncSteps steps, TenantId tenant, BooksGateway gateway, BooksSession session,
                  BooksMoneyBack.Pass pass) {
        this.steps = steps;
        this.tenant = tenant;
        this.gateway = gateway;
        this.session = session;
        this.pass = pass;
    }

    /** Each fee once after its invoice, then each waiver once after its fee. */
    void lateFees() {
        if (!gateway.pushes(BooksObject.FEE)) {
            return;
        }
        Map<UUID, BooksMapping> contacts = steps.mappings(tenant, gateway.vendor(), BooksObject.CONTACT);
        Map<UUID, BooksMapping> invoices = steps.mappings(tenant, gateway.vendor(), BooksObject.INVOICE);
        Map<UUID, BooksMapping> fees = steps.mappings(tenant, gateway.vendor(), BooksObject.FEE);
        Map<UUID, BooksMapping> notes = steps.mappings(tenant, gateway.vendor(), BooksObject.CREDIT_NOTE);
        Map<UUID, Invoice> issued = new HashMap<>();
        steps.issuedInvoices(tenant).forEach(i -> issued.put(i.id().value(), i));
        Map<UUID, Integer> feesOfInvoice = new HashMap<>();
        Map<UUID, String> numbers = new HashMap<>();
        java.util.List<Payment> entries = steps.lateFees(tenant);
        for (Payment fee : entries) {
            UUID id = fee.id().value();
            UUID invoiceId = fee.invoiceId().value();
            Invoice of = issued.get(invoiceId);
            Optional<String> contact = contactOf(of, contacts);
            if (fee.kind() != PaymentKind.LATE_FEE) {
                continue;
            }
            int place = feesOfInvoice.merge(invoiceId, 1, Integer::sum);
            String number = of == null ? null : of.number().orElseThrow() + "-FEE" + place;
            numbers.put(id, number);
            if (fees.containsKey(id)) {
                pass.unchanged();
            } else if (!invoices.containsKey(invoiceId) || contact.isEmpty()) {
                pass.waits(BooksObject.FEE, id, "late fee of " + fee.amount().rounded() + " waits for its invoice",
                        BooksObject.INVOICE + ":" + invoiceId);
            } else {
                BooksInvoice twin = BooksTwins.lateFee(fee, number, contact.get());
                pass.push(BooksObject.FEE, id, BooksTwins.fingerprint(twin), "late fee " + number,
                        key -> gateway.pushInvoice(session, twin, Optional.empty(), key).id());
            }
        }
        if (!gateway.pushes(BooksObject.CREDIT_NOTE)) {
            return;
        }
        Map<UUID, BooksMapping> feesNow = steps.mappings(tenant, gateway.vendor(), BooksObject.FEE);
        for (Payment waiver : entries) {
            if (waiver.kind() != PaymentKind.LATE_FEE_WAIVER) {
                continue;
            }
            UUID id = waiver.id().value();
            UUID fee = waiver.refundedPaymentId().orElseThrow().value();
            Optional<String> contact = contactOf(issued.get(waiver.invoiceId().value()), contacts);
            if (notes.containsKey(id)) {
                pass.unchanged();
            } else if (!feesNow.containsKey(fee) || numbers.get(fee) == null || contact.isEmpty()) {
                pass.waits(BooksObject.CREDIT_NOTE, id, "waiver of a late fee of " + waiver.amount().rounded()
                        + " waits for its fee", BooksObject.FEE + ":" + fee);
            } else {
                var twin = BooksTwins.waiver(waiver, numbers.get(fee), contact.get(), feesNow.get(fee).externalId());
                pass.push(BooksObject.CREDIT_NOTE, id, BooksTwins.fingerprint(twin), "late fee waived " + twin.number(),
                        key -> gateway.pushCreditNote(session, twin, key));
            }
        }
    }

    private static Optional<String> contactOf(Invoice invoice, Map<UUID, BooksMapping> contacts) {
        return Optional.ofNullable(invoice).map(i -> contacts.get(i.clientId().value())).map(BooksMapping::externalId);
    }
}
