package com.becflow.accounting;

import com.becflow.invoicing.PaymentId;
import com.becflow.shared.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/** Money received on an invoice, as the books get it: against the invoice pushed before, into the bank account. */
public record BooksPayment(PaymentId payment, String invoiceId, LocalDate receivedOn, Money amount, String reference) {

    public BooksPayment {
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(invoiceId, "invoiceId");
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(amount, "amount");
    }

    String fingerprintText() {
        return String.join("\u001f", invoiceId, receivedOn.toString(), amount.amount().stripTrailingZeros().toPlainString(),
                amount.currency().getCurrencyCode(), BooksContact.nullToEmpty(reference));
    }
}
