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

    /** Unsettled attempts last touched before a moment, for the reconciliation job. */
    List<PaymentAttempt> unsettledBefore(TenantId tenant, Instant moment, int limit);

    Optional<PaymentAccount> account(TenantId tenant);

    Optional<PaymentAccount> accountById(String accountId);

    void addAccount(PaymentAccount account);

    /**
     * Stores a verified notification to be applied. False if it was stored before (a unique key on the event id
     * decides, also between concurrent deliveries): a repeated delivery is answered and otherwise ignored.
     */
    boolean store(PaymentGateway.Notification notification, Instant now);

    /**
     * The stored notification, locked for this transaction, if it is not applied yet and no one else holds it;
     * empty otherwise (applied, or being applied right now).
     */
    Optional<PaymentGateway.Notification> claimUnapplied(String eventId);

    void markApplied(String eventId, Instant now);

    /** Counts a failed attempt to apply it, for the operator; the housekeeping job tries again. */
    void recordFailure(String eventId, String failure);

    /** Ids of notifications stored before a moment and still not applied, oldest first. */
    List<String> unappliedBefore(Instant moment, int limit);
}
