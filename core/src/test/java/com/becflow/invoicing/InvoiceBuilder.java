package com.becflow.invoicing;

import com.becflow.clients.ClientId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** Invoices for tests, with defaults: a EUR invoice for one line of EUR 1,000.00, due in 30 days. */
final class InvoiceBuilder {

    static final Instant CREATED = Instant.parse("2027-01-04T09:00:00Z");
    static final Instant ISSUED = Instant.parse("2027-01-04T10:00:00Z");
    static final LocalDate ISSUE_DATE = LocalDate.of(2027, 1, 4);

    private InvoiceKind kind = InvoiceKind.INVOICE;
    private InvoiceId credited;
    private Currency currency = Currency.getInstance("EUR");
    private final List<InvoiceLine> lines = new ArrayList<>();
    private String reference;
    private String notes;
    private int netDays = 30;
    private boolean partialPayments;
    private BigDecimal minimumPayment;

    private InvoiceBuilder() {
    }

    static InvoiceBuilder anInvoice() {
        return new InvoiceBuilder();
    }

    static InvoiceBuilder aDepositInvoice() {
        InvoiceBuilder builder = new InvoiceBuilder();
        builder.kind = InvoiceKind.DEPOSIT;
        return builder;
    }

    static InvoiceBuilder aCreditNoteFor(InvoiceId invoice) {
        InvoiceBuilder builder = new InvoiceBuilder();
        builder.kind = InvoiceKind.CREDIT_NOTE;
        builder.credited = invoice;
        return builder;
    }

    InvoiceBuilder in(String currencyCode) {
        currency = Currency.getInstance(currencyCode);
        return this;
    }

    InvoiceBuilder line(InvoiceLine line) {
        lines.add(line);
        return this;
    }

    InvoiceBuilder line(String description, String quantity, String unitPrice) {
        return line(InvoiceLine.of(description, quantity, unitPrice));
    }

    InvoiceBuilder dueIn(int days) {
        netDays = days;
        return this;
    }

    InvoiceBuilder reference(String text) {
        reference = text;
        return this;
    }

    InvoiceBuilder notes(String text) {
        notes = text;
        return this;
    }

    InvoiceBuilder partialPayments(String minimum) {
        partialPayments = true;
        minimumPayment = minimum == null ? null : new BigDecimal(minimum);
        return this;
    }

    InvoiceContent content() {
        List<InvoiceLine> items = lines.isEmpty() ? List.of(InvoiceLine.of("Logo design", "1", "1000.00")) : lines;
        return new InvoiceContent(currency, new InvoiceLines(items), reference, notes, netDays, partialPayments, minimumPayment);
    }

    Invoice draft() {
        return Invoice.draft(InvoiceId.newId(), kind, ClientId.newId(), null, credited, content(), CREATED);
    }

    Invoice issued(String number) {
        Invoice invoice = draft();
        invoice.issue(number, ISSUE_DATE, "ada@engines.test", ISSUED);
        return invoice;
    }
}
