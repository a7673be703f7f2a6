package com.becflow.invoicing;

/**
 * Where an invoice stands. {@link #OVERDUE} is never stored: it is read from the due date in the client's
 * time zone ({@link Invoice#statusOn}).
 */
public enum InvoiceStatus {
    DRAFT, ISSUED, VIEWED, PARTIALLY_PAID, PAID, OVERDUE, VOID, UNCOLLECTIBLE;

    /** Issued and still waiting for (some of) its money. */
    public boolean open() {
        return this == ISSUED || this == VIEWED || this == PARTIALLY_PAID || this == OVERDUE;
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase().replace('_', ' ');
    }
}
