package com.becflow.accounting;

import com.becflow.invoicing.PaymentId;
import com.becflow.shared.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Money given back on an invoice, as the books get it: a refund the freelancer made or a chargeback the client's bank
 * took ({@code chargeback}), out of the bank account, against the invoice's twin ({@code invoiceId}) and its contact.
 * {@code creditNoteId}: the twin of the credit note Becflow issued with a refund (the money goes back on it), else null.
 */
public record BooksRefund(PaymentId payment, String invoiceId, String contactId, LocalDate givenBackOn, Money amount,
                          String reference, boolean chargeback, String creditNoteId) {

    public BooksRefund {
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(invoiceId, "invoiceId");
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(givenBackOn, "givenBackOn");
        Objects.requireNonNull(amount, "amount");
    }

    String fingerprintText() {
        return String.join("\u001f", invoiceId, contactId, givenBackOn.toString(),
                amount.amount().stripTrailingZeros().toPlainString(), amount.currency().getCurrencyCode(),
                BooksContact.nullToEmpty(reference), Boolean.toString(chargeback), BooksContact.nullToEmpty(creditNoteId));
    }
}
