package com.becflow.accounting;

import com.becflow.shared.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A payment as the books hold it, read back from them: one recorded there by the freelancer (money that reached the
 * bank without passing Becflow), or one Becflow pushed. {@code deleted}: removed there since; the books may then tell
 * no more than its id (QuickBooks' change data capture), so {@code paidOn} and {@code amount} are null.
 */
public record BooksRemotePayment(String id, String invoiceId, LocalDate paidOn, Money amount, String reference,
                                 boolean deleted, Instant updatedAt) {

    public BooksRemotePayment {
        Objects.requireNonNull(id, "id");
        if (!deleted) {
            Objects.requireNonNull(paidOn, "paidOn");
            Objects.requireNonNull(amount, "amount");
        }
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
