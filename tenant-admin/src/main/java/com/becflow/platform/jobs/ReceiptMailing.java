package com.becflow.platform.jobs;

import com.becflow.integrations.jobs.BackgroundJobs;
import com.becflow.invoicing.app.PaymentRecorded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Queues a payment's receipt once the payment is committed (never for one that rolled back). If queueing
 * fails, {@link PaymentHousekeeping} finds the payment without a receipt a minute later.
 */
@ApplicationScoped
public class ReceiptMailing {

    private static final Logger LOG = Logger.getLogger(ReceiptMailing.class.getName());

    @Inject
    BackgroundJobs jobs;

    void onPayment(@Observes(during = TransactionPhase.AFTER_SUCCESS) PaymentRecorded payment) {
        try {
            jobs.enqueue(new SendReceipt(payment.tenant().toString(), payment.invoice().toString(), payment.payment().toString()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Receipt not queued; the housekeeping job will send it", e);
        }
    }
}
