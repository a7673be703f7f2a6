package com.becflow.invoicing.statements;

import com.becflow.shared.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * One movement of money on one of the client's invoices, on the tenant's calendar.
 *
 * @param on       the day it counts on: the issue day, the day money was received or given back, the day written off
 * @param at       when it was recorded, to order the movements of one day
 * @param amount   as recorded, above zero; {@link #change()} gives it its sign
 * @param invoice  the invoice whose balance it changes
 * @param document the document it is, where that is not the invoice: a credit note's number; else null
 * @param note     how money moved (a payment's method), or null
 */
public record AccountMovement(LocalDate on, Instant at, Movement kind, Money amount, InvoiceRef invoice,
                              String document, String note) {

    /** Day by day, then as recorded: an invoice comes before the payment made on it the same day. */
    public static final Comparator<AccountMovement> IN_ORDER = Comparator.comparing(AccountMovement::on)
            .thenComparing(AccountMovement::at, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(AccountMovement::kind);

    /** What it did to what the client owes: positive adds to it, negative takes from it. */
    public Money change() {
        return kind.sign() > 0 ? amount : Money.zero(amount.currency()).minus(amount);
    }

    /** The line as the client reads it: "Invoice INV-2027-0001", "Payment on INV-2027-0001 (Bank transfer)". */
    public String description() {
        String number = invoice.number();
        String text = switch (kind) {
            case INVOICE, DEPOSIT -> kind.label() + " " + number;
            case CREDIT_NOTE -> kind.label() + " " + (document == null ? "" : document + " ") + "on " + number;
            case WRITE_OFF, VOID -> number + " " + kind.label().toLowerCase(java.util.Locale.ROOT);
            default -> kind.label() + " on " + number;
        };
        return note == null || note.isBlank() ? text : text + " (" + note + ")";
    }
}
