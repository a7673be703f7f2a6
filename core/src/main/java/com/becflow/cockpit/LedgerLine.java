package com.becflow.cockpit;

import com.becflow.invoicing.PaymentKind;
import com.becflow.invoicing.PaymentMethod;
import com.becflow.shared.money.Money;
import java.time.Instant;
import java.time.LocalDate;

/** One line of an invoice's ledger, with the invoice and client it belongs to, for an accountant's export. */
public record LedgerLine(LocalDate receivedOn, String invoiceNumber, String clientName, PaymentKind kind,
                         PaymentMethod method, Money amount, String reference, Instant recordedAt) {

    /**
     * What the line did to the freelancer's money: in for a payment or a reversed chargeback, out for a refund or a
     * chargeback, nothing where no money moved (credit kept or spent: it counted when it first came in). The month's
     * sum is the dashboard's "paid this month".
     */
    public Money cashEffect() {
        if (method == PaymentMethod.CLIENT_CREDIT || kind == PaymentKind.MOVED_TO_CREDIT) {
            return Money.zero(amount.currency());
        }
        return kind == PaymentKind.PAYMENT || kind == PaymentKind.CHARGEBACK_REVERSAL ? amount
                : Money.zero(amount.currency()).minus(amount);
    }
}
