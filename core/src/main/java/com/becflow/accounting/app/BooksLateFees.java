package com.becflow.accounting.app;

import com.becflow.accounting.BooksGateway;
import com.becflow.accounting.BooksInvoice;
import com.becflow.accounting.BooksMapping;
import com.becflow.accounting.BooksObject;
import com.becflow.accounting.BooksPayment;
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
    private java.util.List<Payment> entries;
    private Map<UUID, BooksMapping> feeTwins;
    private Map<UUID, java.util.List<Payment>> paidOn;
    private Map<UUID, Invoice> invoicesById;
    private java.util.Set<UUID> waived;

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
        Map<UUID, Invoice> issued = invoicesById();
        Map<UUID, Integer> feesOfInvoice = new HashMap<>();
        Map<UUID, String> numbers = new HashMap<>();
        entries = steps.lateFees(tenant);
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

    /**
     * Pushes {@code payment} split over its invoice's twin and its fees' twins when it paid fees too (what the invoice's
     * twin still owes first, then each fee not waived, oldest first), or lets it wait for a fee's twin.
     *
     * @return false when the payment pays the invoice alone (the pass sends it as any other)
     */
    boolean paysFees(Payment payment, BooksPayment whole) {
        if (!gateway.pushes(BooksObject.FEE)) {
            return false;
        }
        if (entries == null) {
            entries = steps.lateFees(tenant);
        }
        UUID invoiceId = payment.invoiceId().value();
        java.util.List<Payment> fees = unwaivedFees(invoiceId);
        if (fees.isEmpty()) {
            return false;
        }
        if (paidOn == null) {
            paidOn = new HashMap<>();
            steps.receivedPayments(tenant).forEach(p -> paidOn.computeIfAbsent(p.invoiceId().value(),
                    i -> new java.util.ArrayList<>()).add(p));
            feeTwins = steps.mappings(tenant, gateway.vendor(), BooksObject.FEE);
        }
        Map<UUID, java.math.BigDecimal> shares = shares(payment, invoicesById().get(invoiceId), fees);
        if (shares.size() == 1 && shares.containsKey(invoiceId)) {
            return false;
        }
        UUID id = payment.id().value();
        String what = "payment of " + payment.amount().rounded() + " with late fees";
        java.util.List<BooksPayment> parts = new java.util.ArrayList<>();
        for (Map.Entry<UUID, java.math.BigDecimal> share : shares.entrySet()) {
            String twin = share.getKey().equals(invoiceId) ? whole.invoiceId()
                    : Optional.ofNullable(feeTwins.get(share.getKey())).map(BooksMapping::externalId).orElse(null);
            if (twin == null) {
                pass.waits(BooksObject.PAYMENT, id, what + " waits for the fee's twin", BooksObject.FEE + ":" + share.getKey());
                return true;
            }
            parts.add(new BooksPayment(payment.id(), twin, payment.receivedOn(),
                    new com.becflow.shared.money.Money(share.getValue(), payment.amount().currency()), payment.reference()));
        }
        pass.push(BooksObject.PAYMENT, id, BooksTwins.fingerprint(parts), what,
                key -> gateway.pushSplitPayment(session, parts, key));
        return true;
    }

    /** The workspace's issued invoices by id, read once a pass. */
    private Map<UUID, Invoice> invoicesById() {
        if (invoicesById == null) {
            invoicesById = new HashMap<>();
            steps.issuedInvoices(tenant).forEach(i -> invoicesById.put(i.id().value(), i));
        }
        return invoicesById;
    }

    private java.util.List<Payment> unwaivedFees(UUID invoiceId) {
        if (waived == null) {
            waived = new java.util.HashSet<>();
            entries.stream().filter(e -> e.kind() == PaymentKind.LATE_FEE_WAIVER)
                    .forEach(w -> waived.add(w.refundedPaymentId().orElseThrow().value()));
        }
        return entries.stream().filter(e -> e.kind() == PaymentKind.LATE_FEE && e.invoiceId().value().equals(invoiceId))
                .filter(f -> !waived.contains(f.id().value())).toList();
    }

    /**
     * What of {@code payment} each twin gets: the invoice's payments in order fill the invoice's own total first, then
     * each fee; anything beyond goes to the invoice's twin, which refuses it as more than is due (as without fees).
     */
    private Map<UUID, java.math.BigDecimal> shares(Payment payment, Invoice invoice, java.util.List<Payment> fees) {
        UUID invoiceId = payment.invoiceId().value();
        Map<UUID, java.math.BigDecimal> owed = new java.util.LinkedHashMap<>();
        owed.put(invoiceId, invoice == null ? java.math.BigDecimal.ZERO : invoice.total().amount());
        fees.forEach(f -> owed.put(f.id().value(), f.amount().amount()));
        for (Payment paid : paidOn.getOrDefault(invoiceId, java.util.List.of())) {
            Map<UUID, java.math.BigDecimal> shares = new java.util.LinkedHashMap<>();
            java.math.BigDecimal left = paid.amount().amount();
            for (Map.Entry<UUID, java.math.BigDecimal> due : owed.entrySet()) {
                java.math.BigDecimal share = left.min(due.getValue());
                if (share.signum() > 0) {
                    shares.put(due.getKey(), share);
                    due.setValue(due.getValue().subtract(share));
                    left = left.subtract(share);
                }
            }
            if (left.signum() > 0) {
                shares.merge(invoiceId, left, java.math.BigDecimal::add);
            }
            if (paid.id().equals(payment.id())) {
                return shares;
            }
        }
        return Map.of(invoiceId, payment.amount().amount());
    }

    private static Optional<String> contactOf(Invoice invoice, Map<UUID, BooksMapping> contacts) {
        return Optional.ofNullable(invoice).map(i -> contacts.get(i.clientId().value())).map(BooksMapping::externalId);
    }
}
