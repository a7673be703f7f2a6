package com.becflow.invoicing.thanks;

import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceKind;
import com.becflow.invoicing.InvoiceStatus;
import com.becflow.invoicing.Payment;
import com.becflow.invoicing.PaymentKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The workspace's thank-you offer: whether it is on, the percentage taken off the client's next invoice, and for how
 * many days after the payment that discount waits to be used.
 *
 * @param percent kept while the offer is off, so turning it on again restores it; required when on
 */
public record ThankYouTerms(boolean enabled, BigDecimal percent, int validDays) {

    public static final BigDecimal LEAST_PERCENT = new BigDecimal("0.5");
    public static final BigDecimal MOST_PERCENT = new BigDecimal("50");
    public static final int PERCENT_DECIMALS = 2;
    public static final int MOST_DAYS = 365;
    public static final int DEFAULT_DAYS = 90;
    public static final ThankYouTerms OFF = new ThankYouTerms(false, null, DEFAULT_DAYS);

    /** The terms as typed; what is wrong is keyed by field ({@code percent}, {@code validDays}). */
    public static ThankYouTerms checked(Boolean enabled, BigDecimal percent, Integer validDays) {
        boolean on = Boolean.TRUE.equals(enabled);
        Map<String, String> problems = new LinkedHashMap<>();
        if (percent == null) {
            if (on) {
                problems.put("percent", "Choose the percentage taken off the next invoice");
            }
        } else if (percent.compareTo(LEAST_PERCENT) < 0 || percent.compareTo(MOST_PERCENT) > 0) {
            problems.put("percent", "From " + LEAST_PERCENT.toPlainString() + " to " + MOST_PERCENT.toPlainString() + "%");
        } else if (percent.stripTrailingZeros().scale() > PERCENT_DECIMALS) {
            problems.put("percent", "At most " + PERCENT_DECIMALS + " decimals");
        }
        if (validDays == null) {
            if (on) {
                problems.put("validDays", "For how many days does the discount wait to be used?");
            }
        } else if (validDays < 1 || validDays > MOST_DAYS) {
            problems.put("validDays", "From 1 to " + MOST_DAYS + " days");
        }
        if (!problems.isEmpty()) {
            throw new InvalidThankYouTerms(problems);
        }
        return new ThankYouTerms(on, percent, validDays == null ? DEFAULT_DAYS : validDays);
    }

    /**
     * The discount a payment earns: only while the offer is on, for an invoice (not a deposit or a credit note) that
     * this payment settled in full by the day it was due (under a plan, its last installment's).
     *
     * @param clientToday the day the discount is granted, on the client's calendar; it lasts {@code validDays} more
     */
    public Optional<ThankYouDiscount> earnedBy(Invoice invoice, Payment payment, LocalDate clientToday, Instant now) {
        if (!enabled || percent == null || invoice.kind() != InvoiceKind.INVOICE || payment.kind() != PaymentKind.PAYMENT
                || invoice.status() != InvoiceStatus.PAID || invoice.balance().isPositive()
                || invoice.dueNow() == null || payment.receivedOn().isAfter(invoice.dueNow())) {
            return Optional.empty();
        }
        return Optional.of(ThankYouDiscount.granted(invoice.clientId(), invoice.id(), invoice.number().orElseThrow(),
                percent, now, clientToday.plusDays(validDays)));
    }
}
