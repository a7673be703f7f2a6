package com.becflow.invoicing.payments;

import com.becflow.invoicing.InvoiceId;
import com.becflow.shared.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A tenant's requests to the payment provider, and the tenants' connected accounts. */
public interface PaymentAttempts {

    void add(TenantId tenant, PaymentAttempt attempt);

    Optional<PaymentAttempt> find(TenantId tenant, UUID id);

    /** Reads the attempt again from the database, e.g. after its invoice was locked. */
    void refresh(TenantId tenant, PaymentAttempt attempt);

    Optional<PaymentAttempt> byProviderId(TenantId tenant, String providerId);

    /** The invoice's attempts of a kind that are not settled, oldest first. */
    List<PaymentAttempt> unsettled(TenantId tenant, InvoiceId invoice, PaymentAttemptKind kind);

    /** Whether a bank debit the client started at a checkout is on its way for the invoice. */
    default boolean checkoutDebitOnItsWay(TenantId tenant, InvoiceId invoice) {
        return unsettled(tenant, invoice, PaymentAttemptKind.CHECKOUT).stream()
                .anyMatch(a -> a.status() == PaymentAttemptStatus.PROCESSING);
    }

    /** Unsettled attempts last touched before a moment, for the reconciliation job. */
    List<PaymentAttempt> unsettledBefore(TenantId tenant, Instant moment, int limit);

    Optional<PaymentAccount> account(TenantId tenant);

    Optional<PaymentAccount> accountById(String accountId);

    void addAccount(PaymentAccount account);

}
