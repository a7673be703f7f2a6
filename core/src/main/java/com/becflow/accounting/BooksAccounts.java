package com.becflow.accounting;

import java.util.Objects;

/**
 * The accounts in the books that synced objects post to: invoice lines to {@code salesAccount}, money received to
 * {@code bankAccount}. Both are the vendor's account codes, read from the books when connecting.
 */
public record BooksAccounts(String salesAccount, String bankAccount) {

    public BooksAccounts {
        Objects.requireNonNull(salesAccount, "salesAccount");
        Objects.requireNonNull(bankAccount, "bankAccount");
    }
}
