package com.becflow.cockpit;

import java.time.LocalDate;

/**
 * Something Becflow will do on its own, or that happens to an invoice by itself, on a day. Today that is an invoice
 * falling overdue (which the housekeeping round notices); reminders and autopay charges add their own kinds here when
 * they land.
 */
public record NextStep(Kind kind, LocalDate on, String description, FallingDue invoice) {

    public enum Kind {
        /** An open invoice passes its due date on its client's calendar and is shown overdue from then on. */
        FALLS_OVERDUE
    }

    public static NextStep fallsOverdue(FallingDue invoice) {
        return new NextStep(Kind.FALLS_OVERDUE, invoice.dueDate().plusDays(1), (invoice.number() == null ? "An invoice"
                : "Invoice " + invoice.number()) + " to " + invoice.clientName() + " falls overdue if "
                + invoice.balance().rounded() + " is not paid by " + invoice.dueDate(), invoice);
    }
}
