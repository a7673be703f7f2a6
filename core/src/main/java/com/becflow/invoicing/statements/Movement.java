package com.becflow.invoicing.statements;

import com.becflow.invoicing.PaymentKind;

/**
 * What a line of a statement did to what the client owes: an invoice or a charge adds to it ({@link #sign} +1), money
 * received, a credit note, a discount or a write-off takes from it (−1). Money kept as the client's credit leaves the
 * invoice it was paid on and adds back, as the invoice's balance reads it, and pays a later invoice as a payment.
 */
public enum Movement {
    INVOICE(1, "Invoice"),
    DEPOSIT(1, "Deposit invoice"),
    CREDIT_NOTE(-1, "Credit note"),
    PAYMENT(-1, "Payment"),
    REFUND(1, "Refund"),
    CHARGEBACK(1, "Payment taken back by the bank"),
    CHARGEBACK_REVERSAL(-1, "Chargeback reversed"),
    PAYMENT_REVERSAL(1, "Payment reversed"),
    MOVED_TO_CREDIT(1, "Overpayment kept as credit"),
    LATE_FEE(1, "Late fee"),
    LATE_FEE_WAIVER(-1, "Late fee waived"),
    EARLY_PAYMENT_DISCOUNT(-1, "Early-payment discount"),
    WRITE_OFF(-1, "Written off"),
    VOID(-1, "Cancelled (void)");

    private final int sign;
    private final String label;

    Movement(int sign, String label) {
        this.sign = sign;
        this.label = label;
    }

    public static Movement of(PaymentKind kind) {
        return switch (kind) {
            case PAYMENT -> PAYMENT;
            case REFUND -> REFUND;
            case CHARGEBACK -> CHARGEBACK;
            case CHARGEBACK_REVERSAL -> CHARGEBACK_REVERSAL;
            case MOVED_TO_CREDIT -> MOVED_TO_CREDIT;
            case LATE_FEE -> LATE_FEE;
            case LATE_FEE_WAIVER -> LATE_FEE_WAIVER;
            case EARLY_PAYMENT_DISCOUNT -> EARLY_PAYMENT_DISCOUNT;
            case PAYMENT_REVERSAL -> PAYMENT_REVERSAL;
        };
    }

    public int sign() {
        return sign;
    }

    public String label() {
        return label;
    }
}
