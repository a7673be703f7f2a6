package com.becflow.invoicing.app;

import com.becflow.shared.concurrent.WorkerPools;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Applies each stored provider notification on a managed thread as soon as its storing commits, so the provider
 * gets its answer without waiting for the effect. What fails here is left unapplied for the housekeeping job.
 * Two threads apply: a burst of deliveries queues here instead of taking the cores from the requests that store
 * (and answer) the next deliveries.
 */
@ApplicationScoped
public class NotificationWorker {

    private static final Logger LOG = Logger.getLogger(NotificationWorker.class.getName());

    static final int APPLYING_THREADS = 2;

    @Inject
    WorkerPools pools;

    @Inject
    PaymentNotifications notifications;

    void afterStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) PaymentNotifications.NotificationStored stored) {
        pools.pool("payment-notifications", APPLYING_THREADS).execute(() -> apply(stored.eventId()));
    }

    /** Applies one stored notification now, in the caller's thread; failures are noted, not thrown. */
    public void apply(String eventId) {
        try {
            notifications.applyStored(eventId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Payment notification " + eventId + " not applied; the housekeeping job tries again", e);
            try {
                notifications.applyFailed(eventId, e);
            } catch (RuntimeException alsoFailed) {
                LOG.log(Level.WARNING, "Could not note the failure of " + eventId, alsoFailed);
            }
        }
    }
}
