package com.becflow.invoicing.plans;

import com.becflow.invoicing.InvoiceId;
import com.becflow.shared.tenant.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A tenant's autopays and the charges made under them. */
public interface Autopays {

    Optional<Autopay> of(TenantId tenant, InvoiceId invoice);

    /** The autopay whose client is saving a method on this provider page. */
    Optional<Autopay> bySetupPage(TenantId tenant, String setupPage);

    /** Stores the invoice's autopay as it is now (one per invoice). */
    void save(TenantId tenant, Autopay autopay);

    /**
     * The invoices whose autopay charges installments now, and those with a charge not settled yet: its answer never
     * stored, or a bank debit on its way (whatever their autopay became since: the provider may take the money).
     */
    List<InvoiceId> charging(TenantId tenant);

    /** Every autopay charge of the plan, in the order they were asked. */
    List<AutopayCharge> charges(TenantId tenant, PlanId plan);

    /**
     * The invoice's charges not settled yet (never answered, or a bank debit on its way), under any plan it had, oldest
     * first.
     */
    List<AutopayCharge> unsettled(TenantId tenant, InvoiceId invoice);

    /** The invoice's bank debit on its way, if one is. */
    default Optional<AutopayCharge> debitOnItsWay(TenantId tenant, InvoiceId invoice) {
        return unsettled(tenant, invoice).stream().filter(c -> c.status() == AutopayChargeStatus.PROCESSING).findFirst();
    }

    /** The plan's installments the client was told of ahead of their charge. */
    Set<Integer> noticed(TenantId tenant, PlanId plan);

    /** Records that the client is told of the installment's charge; false if they were already. */
    boolean addNotice(TenantId tenant, PlanId plan, int installment, LocalDate dueDate, Instant at);

    /** The charge the provider made this payment for. */
    Optional<AutopayCharge> chargeByPayment(TenantId tenant, String paymentReference);

    /** Stores a charge about to be asked; a second one with its key (plan, installment, attempt) is refused by the database. */
    void addCharge(TenantId tenant, AutopayCharge charge);

    /** Stores the provider's answer to a charge. */
    void saveCharge(TenantId tenant, AutopayCharge charge);
}
