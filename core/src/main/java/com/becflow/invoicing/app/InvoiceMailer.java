package com.becflow.invoicing.app;

import com.becflow.shared.mail.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends invoice mails after commit. Issuing holds the tenant's number series locked until it commits, so the
 * mail server's answer must not be waited for inside it; and a mail for an invoice that rolled back must never
 * go out. A mail that fails is written to the invoice's history, where "Send again" makes a fresh link.
 */
@ApplicationScoped
public class InvoiceMailer {

    private static final Logger LOG = Logger.getLogger(InvoiceMailer.class.getName());

    private final Mailer mailer;
    private final InvoiceService invoices;

    @Inject
    public InvoiceMailer(Mailer mailer, InvoiceService invoices) {
        this.mailer = mailer;
        this.invoices = invoices;
    }

    protected InvoiceMailer() {
        this(null, null);
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) InvoiceMail mail) {
        try {
            mailer.send(mail.mail());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Invoice mail to " + mail.mail().to() + " not sent", e);
            invoices.logMailFailure(mail.tenant(), mail.invoice(), "\"" + mail.mail().subject() + "\" could not be sent to "
                    + mail.mail().to() + ": " + e.getMessage() + ". Use \"Send again\" for a fresh link.");
        }
    }
}
