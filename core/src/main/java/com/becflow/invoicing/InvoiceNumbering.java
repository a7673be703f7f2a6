package com.becflow.invoicing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How a tenant's invoice numbers read: prefix, optionally the year, then the sequence padded to some digits
 * ("INV-2026-0001"). Invoices and deposit invoices share one series, credit notes have their own; with a
 * yearly reset each year starts a new series at 1.
 */
public record InvoiceNumbering(String invoicePrefix, String creditNotePrefix, boolean yearlyReset, int digits) {

    public static final InvoiceNumbering DEFAULT = new InvoiceNumbering("INV-", "CN-", true, 4);
    public static final int PREFIX_LENGTH = 20;
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9/_.#-]*");

    /** The counter a number comes from: one per kind of series and, with a yearly reset, per year. */
    public String series(InvoiceKind kind, int year) {
        return (kind.owed() ? "invoice" : "credit-note") + (yearlyReset ? "/" + year : "");
    }

    public String format(InvoiceKind kind, int year, long sequence) {
        String prefix = kind.owed() ? invoicePrefix : creditNotePrefix;
        String padded = String.format("%0" + digits + "d", sequence);
        return prefix + (yearlyReset ? year + "-" : "") + padded;
    }

    public Map<String, String> problems() {
        Map<String, String> errors = new LinkedHashMap<>();
        prefix(invoicePrefix, "invoicePrefix", errors);
        prefix(creditNotePrefix, "creditNotePrefix", errors);
        if (errors.isEmpty() && invoicePrefix.equals(creditNotePrefix)) {
            errors.put("creditNotePrefix", "Credit notes need a prefix of their own, or two documents share a number");
        }
        if (digits < 1 || digits > 10) {
            errors.put("digits", "From 1 to 10 digits");
        }
        return errors;
    }

    private static void prefix(String value, String field, Map<String, String> errors) {
        if (value == null) {
            errors.put(field, "Give a prefix (it may be empty)");
        } else if (value.length() > PREFIX_LENGTH) {
            errors.put(field, "At most " + PREFIX_LENGTH + " characters");
        } else if (!PREFIX.matcher(value).matches()) {
            errors.put(field, "Letters, digits and - / _ . # only");
        }
    }
}
