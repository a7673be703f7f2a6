package com.becflow.invoicing;

/** An ordinary invoice, the deposit a signed contract asks for, or a credit note that reduces an invoice. */
public enum InvoiceKind {
    INVOICE("Invoice"), DEPOSIT("Deposit invoice"), CREDIT_NOTE("Credit note");

    private final String label;

    InvoiceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Invoices and deposit invoices count in one number series; credit notes in their own. */
    public boolean owed() {
        return this != CREDIT_NOTE;
    }
}
