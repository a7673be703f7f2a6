package com.becflow.accounting;

/**
 * How far a workspace's books are: of the {@code total} objects that belong there (clients, issued invoices, money
 * received), {@code synced} have their twin in the books. While a first sync runs it counts up to the total; what a
 * conflict holds, or what waits for it, stays short of it until settled.
 */
public record BooksProgress(int synced, int total) {

    public BooksProgress {
        if (synced < 0 || total < 0 || synced > total) {
            throw new IllegalArgumentException("Not a progress: " + synced + " of " + total);
        }
    }
}
