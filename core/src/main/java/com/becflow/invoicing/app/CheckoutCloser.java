package com.becflow.invoicing.app;

import com.becflow.shared.concurrent.WorkerPools;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Closes an invoice's checkout pages at the provider once a change that left nothing to pay has committed, on a
 * worker thread: the provider is never called while the invoice is locked, nor while the freelancer waits.
 */
@ApplicationScoped
public class CheckoutCloser {

    private static final Logger LOG = Logger.getLogger(CheckoutCloser.class.getName());

    @Inject
    WorkerPools pools;

    @Inject
    OnlinePayments online;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Ledger.InvoiceUnpayable unpayable) {
        pools.pool("checkout-closing", 1).execute(() -> {
            try {
                online.closeUnpayable(unpayable.ctx(), unpayable.invoice());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Checkouts of " + unpayable.invoice() + " not closed; the reconciliation job will", e);
            }
        });
    }
}
