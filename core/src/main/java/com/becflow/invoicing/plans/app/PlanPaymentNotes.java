package com.becflow.invoicing.plans.app;

import com.becflow.clients.app.ClientService;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceEventType;
import com.becflow.invoicing.InvoiceLedger;
import com.becflow.invoicing.app.InvoiceHistory;
import com.becflow.invoicing.app.PaymentRecorded;
import com.becflow.invoicing.plans.InstallmentSettlement;
import com.becflow.invoicing.plans.PaymentPlans;
import com.becflow.invoicing.plans.PlanStatement;
import com.becflow.shared.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Names in the invoice's history which installments a payment settled, in the payment's transaction. The plan reads
 * both sides from the ledger (before the payment and after it): nothing about the plan is stored.
 */
@ApplicationScoped
public class PlanPaymentNotes {

    private final PaymentPlans plans;
    private final ClientService clients;
    private final InvoiceHistory history;
    private final Clock clock;

    @Inject
    public PlanPaymentNotes(PaymentPlans plans, ClientService clients, InvoiceHistory history, Clock clock) {
        this.plans = plans;
        this.clients = clients;
        this.history = history;
        this.clock = clock;
    }

    protected PlanPaymentNotes() {
        this(null, null, null, null);
    }

    void onPayment(@Observes PaymentRecorded recorded) {
        Invoice invoice = recorded.invoice();
        plans.live(recorded.ctx().tenant(), invoice.id()).ifPresent(plan -> {
            InvoiceLedger ledger = invoice.ledger();
            Money after = PlanStatement.settled(ledger.total(), ledger.lateFees(), ledger.balance());
            Money before = PlanStatement.settled(ledger.total(), ledger.lateFees(),
                    ledger.balance().plus(recorded.payment().amount()));
            LocalDate clientToday = clients.get(invoice.clientId(), recorded.ctx()).today(clock);
            InstallmentSettlement.describe(plan, before, after, clientToday).ifPresent(sentence -> history.record(
                    recorded.ctx(), invoice.id(), InvoiceEventType.PLAN_INSTALLMENTS_SETTLED, recorded.payment().actor(), sentence));
        });
    }
}
