package com.becflow.accounting;

import com.becflow.shared.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A payment as the books hold it, read back from them: one recorded there by the freelancer (money that reached the
 * bank without passing Becflow), or one Becflow pushed. {@code deleted}: removed there since.
 */
public record BooksRemotePayment(String id, String invoiceId, LocalDate paidOn, Money amount, String reference,
                                 boolean deleted, Instant updatedAt) {

    public BooksRemotePayment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(paidOn, "paidOn");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
