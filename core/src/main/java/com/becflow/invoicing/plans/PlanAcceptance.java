package com.becflow.invoicing.plans;

import com.becflow.contracts.ContractId;
import com.becflow.contracts.SignatureContext;
import com.becflow.invoicing.InvoiceId;
import com.becflow.shared.tenant.Actor;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * The evidence of a client's acceptance of a plan, kept as a contract signature's is: when (the server's clock, UTC),
 * who (the address their link went to), from where (IP as the trusted proxies forward it, user agent), after which
 * consent, on exactly which terms ({@link AgreedTerms}: their text and SHA-256), and giving which agreement PDF (its
 * SHA-256). When the invoice belongs to a signed contract, the acceptance is also an addendum on that contract's
 * evidence ({@code addendumTo}). Written once, with the plan's acceptance, never changed.
 */
public record PlanAcceptance(PlanId plan, InvoiceId invoice, Instant acceptedAt, Actor acceptedBy, String ipAddress,
                             String userAgent, String consent, AgreedTerms terms, ContractId addendumTo,
                             String agreementSha256) {

    /** What the client ticks before accepting; kept word for word with each acceptance. */
    public static final String CONSENT = "I agree to pay on these dates: I accept this payment plan and will pay each "
            + "installment by its due date.";

    public PlanAcceptance {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(acceptedBy, "acceptedBy");
        Objects.requireNonNull(consent, "consent");
        Objects.requireNonNull(terms, "terms");
        // Stored as timestamptz, which keeps microseconds: the agreement PDF shows what the database gives back.
        acceptedAt = Objects.requireNonNull(acceptedAt, "acceptedAt").truncatedTo(ChronoUnit.MICROS);
        SignatureContext where = new SignatureContext(ipAddress, userAgent);
        ipAddress = where.ipAddress();
        userAgent = where.userAgent();
    }

    /** An acceptance as it is made, before its agreement PDF is. */
    public static PlanAcceptance made(PaymentPlan plan, Instant at, Actor client, SignatureContext where,
                                      ContractId addendumTo) {
        return new PlanAcceptance(plan.id(), plan.invoiceId(), at, client, where.ipAddress(), where.userAgent(), CONSENT,
                AgreedTerms.of(plan.invoiceId(), plan.terms()), addendumTo, null);
    }

    /** This acceptance with the SHA-256 of the agreement PDF that shows it. */
    public PlanAcceptance withAgreement(String sha256) {
        if (agreementSha256 != null) {
            throw new IllegalStateException("The agreement of an acceptance is fixed");
        }
        return new PlanAcceptance(plan, invoice, acceptedAt, acceptedBy, ipAddress, userAgent, consent, terms, addendumTo,
                Objects.requireNonNull(sha256, "sha256"));
    }

    public Optional<ContractId> contract() {
        return Optional.ofNullable(addendumTo);
    }
}
