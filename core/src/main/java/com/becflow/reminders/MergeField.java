package com.becflow.reminders;

import java.util.Arrays;
import java.util.Optional;

/** A value a reminder template can name as {@code {{name}}}; anything else in braces is refused when a policy is saved. */
public enum MergeField {
    CLIENT_NAME("clientName"),
    INVOICE_NUMBER("invoiceNumber"),
    AMOUNT_DUE("amountDue"),
    DUE_DATE("dueDate"),
    DAYS_OVERDUE("daysOverdue"),
    DAYS_UNTIL_DUE("daysUntilDue"),
    PAY_LINK("payLink"),
    BUSINESS_NAME("businessName"),
    BUSINESS_CONTACT("businessContact");

    private final String token;

    MergeField(String token) {
        this.token = token;
    }

    /** The name as written in a template, between double braces. */
    public String token() {
        return token;
    }

    public String placeholder() {
        return "{{" + token + "}}";
    }

    public static Optional<MergeField> byToken(String token) {
        return Arrays.stream(values()).filter(f -> f.token.equals(token)).findFirst();
    }
}
