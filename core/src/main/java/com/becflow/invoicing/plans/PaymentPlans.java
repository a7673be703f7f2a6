package com.becflow.invoicing.plans;

import com.becflow.clients.ClientId;
import com.becflow.invoicing.InvoiceId;
import com.becflow.shared.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A tenant's payment plans and the limits they are built in: the workspace's, and a client's or an invoice's own. */
public interface PaymentPlans {

    PlanLimits workspaceLimits(TenantId tenant);

    void saveWorkspaceLimits(TenantId tenant, PlanLimits limits, Instant now);

    /** What a client's own limits set in place of the workspace's; {@link PlanLimitsOverride#NONE} if nothing. */
    PlanLimitsOverride clientLimits(TenantId tenant, ClientId client);

    /** What an invoice's own limits set in place of its client's; {@link PlanLimitsOverride#NONE} if nothing. */
    PlanLimitsOverride invoiceLimits(TenantId tenant, InvoiceId invoice);

    /** Replaces a client's own limits; {@link PlanLimitsOverride#NONE} leaves the client with the workspace's. */
    void saveClientLimits(TenantId tenant, ClientId client, PlanLimitsOverride limits, Instant now);

    /** Replaces an invoice's own limits; {@link PlanLimitsOverride#NONE} leaves it with its client's. */
    void saveInvoiceLimits(TenantId tenant, InvoiceId invoice, PlanLimitsOverride limits, Instant now);

    /** The invoice's plan that is not cancelled, if it has one (it has at most one). */
    Optional<PaymentPlan> live(TenantId tenant, InvoiceId invoice);

    /** The client's invoices that have a plan not cancelled, in no particular order. */
    List<InvoiceId> invoicesWithLivePlans(TenantId tenant, ClientId client);

    /** Stores a new plan with its installments; a second live plan for the invoice is refused by the database. */
    void add(TenantId tenant, PaymentPlan plan);

    /** Stores where the plan stands now (accepted, cancelled); its terms never change. */
    void saveStatus(TenantId tenant, PaymentPlan plan);

    /**
     * Stores the evidence of a client's acceptance with the agreement PDF that shows it; a second acceptance of the
     * same plan is refused by the database, and neither is ever changed.
     */
    void addAcceptance(TenantId tenant, PlanAcceptance acceptance, byte[] agreementPdf);

    Optional<PlanAcceptance> acceptance(TenantId tenant, PlanId plan);

    /** The agreement PDF made when the plan was accepted, byte for byte. */
    Optional<byte[]> agreementPdf(TenantId tenant, PlanId plan);
}
