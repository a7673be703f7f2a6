package com.becflow.reminders.app;

import com.becflow.invoicing.InvoiceId;
import com.becflow.shared.error.DomainException;
import com.becflow.shared.error.ErrorCode;

/** The freelancer asked for a reminder change an invoice cannot have now; nothing was sent or recorded. */
public class ReminderNotPossible extends DomainException {

    /** Why, each with its own code. */
    public enum Reason {
        INVOICE_NOT_OPEN("reminder.invoice-not-open", "it is not open (a draft, paid, voided or written off)"),
        NONE_LEFT("reminder.none-left", "no reminder is left under its policy, or its client gets none"),
        PAYMENT_IN_FLIGHT("reminder.payment-in-flight", "a payment of it is in flight"),
        DISPUTED("reminder.disputed", "the client disputes all it still owes; answer the dispute first");

        private final String key;
        private final String why;

        Reason(String key, String why) {
            this.key = key;
            this.why = why;
        }
    }

    private final Reason reason;

    public ReminderNotPossible(InvoiceId invoice, Reason reason) {
        super(ErrorCode.conflict(reason.key), "No reminder for invoice " + invoice + ": " + reason.why);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
