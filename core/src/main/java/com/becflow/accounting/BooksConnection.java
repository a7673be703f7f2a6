package com.becflow.accounting;

import java.time.Instant;
import java.util.Objects;

/**
 * A workspace's link to its books at one vendor. REVOKED: the vendor refused our refresh token (the freelancer
 * disconnected Becflow there, or it lapsed); nothing syncs until the freelancer connects again.
 */
public record BooksConnection(BooksVendor vendor, BooksOrganisation organisation, BooksGrant grant,
                              BooksAccounts accounts, Status status, Instant connectedAt) {

    public enum Status { CONNECTED, REVOKED }

    public BooksConnection {
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(grant, "grant");
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(connectedAt, "connectedAt");
    }

    public BooksConnection withGrant(BooksGrant refreshed) {
        return new BooksConnection(vendor, organisation, refreshed, accounts, status, connectedAt);
    }

    /** The same connection posting where the freelancer chose. */
    public BooksConnection withAccounts(BooksAccounts chosen) {
        return new BooksConnection(vendor, organisation, grant, chosen, status, connectedAt);
    }

    public BooksSession session() {
        return new BooksSession(organisation.id(), grant.accessToken(), accounts);
    }

    public BooksConnection revoked() {
        return new BooksConnection(vendor, organisation, grant, accounts, Status.REVOKED, connectedAt);
    }
}
