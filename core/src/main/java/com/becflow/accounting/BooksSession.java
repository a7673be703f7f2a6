package com.becflow.accounting;

import java.util.Objects;

/** What one call to the books needs: whose books, a live access token, and the accounts to post to. */
public record BooksSession(String organisationId, String accessToken, BooksAccounts accounts) {

    public BooksSession {
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(accounts, "accounts");
    }

    @Override
    public String toString() {
        return "BooksSession[organisationId=" + organisationId + "]";
    }
}
