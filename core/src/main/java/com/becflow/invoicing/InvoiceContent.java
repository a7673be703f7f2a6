package com.becflow.invoicing;

import com.becflow.shared.money.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parts of an invoice a freelancer edits while it is a draft.
 *
 * @param netDays         days from the issue date to the due date (0: due on receipt), from the payment terms
 * @param minimumPayment  with partial payments allowed, the least the client may pay at once (the balance if less)
 */
public record InvoiceContent(Currency currency, InvoiceLines lines, String reference, String notes, int netDays,
                             boolean partialPayments, BigDecimal minimumPayment) {

    public static final int REFERENCE_LENGTH = 100;
    public static final int NOTES_LENGTH = 4000;
    public static final int MAX_NET_DAYS = 365;

    public InvoiceTotals totals() {
        return lines.totals(currency);
    }

    public Map<String, String> problems(InvoiceKind kind) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (currency == null) {
            errors.put("currency", "Choose a currency");
        }
        errors.putAll(lines.problems(currency, kind == InvoiceKind.CREDIT_NOTE));
        if (reference != null && reference.length() > REFERENCE_LENGTH) {
            errors.put("reference", "At most " + REFERENCE_LENGTH + " characters");
        }
        if (notes != null && notes.length() > NOTES_LENGTH) {
            errors.put("notes", "At most " + NOTES_LENGTH + " characters");
        }
        if (netDays < 0 || netDays > MAX_NET_DAYS) {
            errors.put("netDays", "Due from 0 (on receipt) to " + MAX_NET_DAYS + " days after the issue date");
        }
        if (minimumPayment != null) {
            if (!partialPayments) {
                errors.put("minimumPayment", "A minimum only applies when partial payments are allowed");
            } else if (minimumPayment.signum() <= 0) {
                errors.put("minimumPayment", "The minimum must be above zero");
            } else if (currency != null && Money.finerThanMinorUnit(minimumPayment, currency).isPresent()) {
                errors.put("minimumPayment", Money.finerThanMinorUnit(minimumPayment, currency).get());
            } else if (currency != null && errors.isEmpty() && minimumPayment.compareTo(totals().total().amount()) > 0) {
                errors.put("minimumPayment", "The minimum is more than the invoice's total");
            }
        }
        return errors;
    }

    public Money minimum() {
        return minimumPayment == null ? null : new Money(minimumPayment, currency);
    }

    public InvoiceContent normalized() {
        return new InvoiceContent(currency, lines.normalized(), blankToNull(reference), blankToNull(notes), netDays,
                partialPayments, partialPayments ? minimumPayment : null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
