package com.becflow.invoicing;

/**
 * How money moved: through Stripe (card, bank debit) or recorded by hand by the freelancer; CONTRACT_TERMS for what
 * the signed contract itself adds or takes off (a late fee, its waiver, an early-payment discount).
 */
public enum PaymentMethod {
    CARD("Card", true), BANK_DEBIT("Bank debit", true), BANK_TRANSFER("Bank transfer", false), CASH("Cash", false),
    CHECK("Cheque", false), OTHER("Other", false), CLIENT_CREDIT("Client credit", false),
    CONTRACT_TERMS("Contract terms", false);

    private final String label;
    private final boolean online;

    PaymentMethod(String label, boolean online) {
        this.label = label;
        this.online = online;
    }

    public String label() {
        return label;
    }

    /** Came through the payment provider, as opposed to recorded by hand. */
    public boolean online() {
        return online;
    }
}
