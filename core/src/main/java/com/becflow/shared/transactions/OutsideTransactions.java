package com.becflow.shared.transactions;

import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Guards calls to the outside world (the payment provider, the mail server): none may be made while this thread's
 * transaction is open, because that transaction holds a pooled connection and, often, an invoice's row lock, and
 * the outside world answers in seconds or not at all. A call made inside one is a bug, and fails at once.
 */
public final class OutsideTransactions {

    private OutsideTransactions() {
    }

    /**
     * Throws if a transaction is open on this thread. {@code transactions} is the server's registry (injected with
     * {@code @Resource}); null outside an application server, where there are no transactions to check.
     */
    public static void require(TransactionSynchronizationRegistry transactions, String whom) {
        if (transactions == null) {
            return;
        }
        int status = transactions.getTransactionStatus();
        if (status != Status.STATUS_NO_TRANSACTION) {
            throw new IllegalStateException(whom + " must not be called inside a transaction (status " + status
                    + "): it would hold a connection and its locks while waiting for an answer");
        }
    }
}
