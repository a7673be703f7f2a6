package com.becflow.invoicing.plans.app;

import com.becflow.clients.app.ClientService;
import com.becflow.contracts.Contract;
import com.becflow.contracts.ContractEventType;
import com.becflow.contracts.Contracts;
import com.becflow.contracts.Parties;
import com.becflow.contracts.SignatureContext;
import com.becflow.contracts.app.ContractEvidence;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceParties;
import com.becflow.invoicing.plans.PaymentPlan;
import com.becflow.invoicing.plans.PaymentPlans;
import com.becflow.invoicing.plans.PlanAcceptance;
import com.becflow.invoicing.plans.PlanAgreementRendering;
import com.becflow.invoicing.plans.ScheduledInstallment;
import com.becflow.shared.documents.DocumentFingerprint;
import com.becflow.shared.documents.DocumentFingerprints;
import com.becflow.shared.documents.PdfRenderer;
import com.becflow.shared.documents.Sha256;
import com.becflow.shared.money.MoneyText;
import com.becflow.shared.tenant.Actor;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.tenancy.app.TenantRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes the evidence of a plan's acceptance, in the caller's transaction, as a contract signature's is written: the
 * agreement PDF (terms and acceptance), the acceptance with that PDF's hash, the PDF's public fingerprint, and, when
 * the invoice belongs to a signed contract, an addendum on the contract's own evidence.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PlanAgreements {

    static final String FINGERPRINT_KIND = "PLAN_AGREEMENT";

    private final PaymentPlans plans;
    private final ClientService clients;
    private final TenantRegistry tenants;
    private final Contracts contracts;
    private final ContractEvidence contractEvidence;
    private final PdfRenderer pdf;
    private final DocumentFingerprints fingerprints;

    @Inject
    public PlanAgreements(PaymentPlans plans, ClientService clients, TenantRegistry tenants,
                          Contracts contracts, ContractEvidence contractEvidence, PdfRenderer pdf,
                          DocumentFingerprints fingerprints) {
        this.plans = plans;
        this.clients = clients;
        this.tenants = tenants;
        this.contracts = contracts;
        this.contractEvidence = contractEvidence;
        this.pdf = pdf;
        this.fingerprints = fingerprints;
    }

    protected PlanAgreements() {
        this(null, null, null, null, null, null, null);
    }

    /** Records the client's acceptance of {@code plan} (already accepted at {@code at}) with all its evidence. */
    PlanAcceptance record(TenantContext ctx, Invoice invoice, PaymentPlan plan, Actor client, SignatureContext where,
                          Instant at) {
        InvoiceParties parties = InvoiceParties.of(tenants.recent(ctx.tenant()), clients.get(invoice.clientId(), ctx));
        Optional<Contract> contract = invoice.contractId().flatMap(id -> contracts.find(ctx.tenant(), id))
                .filter(c -> c.status().signed());
        PlanAcceptance made = PlanAcceptance.made(plan, at, client, where, contract.map(Contract::id).orElse(null));
        String number = invoice.number().orElse("");
        byte[] agreement = pdf.render(PlanAgreementRendering.pdf(new PlanAgreementRendering.Facts(number,
                invoice.total(), parties, plan.terms(), made, contract.map(Contract::title).orElse(null))));
        PlanAcceptance acceptance = made.withAgreement(Sha256.hex(agreement));
        plans.addAcceptance(ctx.tenant(), acceptance, agreement);
        fingerprints.add(new DocumentFingerprint(acceptance.agreementSha256(), ctx.tenant(), FINGERPRINT_KIND,
                plan.id().value(), PlanAgreementRendering.TITLE + " for invoice " + number, acceptance.acceptedAt()));
        contract.ifPresent(c -> contractEvidence.addendum(ctx.tenant(), c, new Parties(parties.freelancerName(),
                        parties.freelancerEmail(), parties.clientName(), parties.clientCompany(), parties.clientEmail(),
                        parties.clientAddress()), ContractEventType.PLAN_ACCEPTED, client.describe(),
                addendum(number, plan, acceptance), acceptance.acceptedAt()));
        return acceptance;
    }

    private static String addendum(String invoiceNumber, PaymentPlan plan, PlanAcceptance a) {
        return "Payment plan for invoice " + invoiceNumber + " accepted from " + a.ipAddress() + " with " + a.userAgent()
                + "; " + plan.terms().installments().stream().map(PlanAgreements::describe)
                .collect(Collectors.joining(", ")) + (plan.terms().autopay() ? "; charged automatically" : "")
                + "; terms SHA-256 " + a.terms().sha256() + "; agreement PDF SHA-256 " + a.agreementSha256();
    }

    private static String describe(ScheduledInstallment installment) {
        return MoneyText.of(installment.amount().rounded()) + " on " + installment.dueDate();
    }
}
