package com.becflow.invoicing;

import com.becflow.clients.ClientId;
import com.becflow.contracts.ContractId;
import com.becflow.shared.tenant.TenantId;
import java.util.List;
import java.util.Optional;

/** A tenant's invoices, their ledgers and history, the number counters and the invoicing settings. */
public interface Invoices {

    Optional<Invoice> find(TenantId tenant, InvoiceId id);

    /**
     * The invoice, locked against every other writer until the transaction ends: payments, refunds and
     * checkouts on one invoice happen one after another.
     */
    Optional<Invoice> lock(TenantId tenant, InvoiceId id);

    /** Newest first; filtered by client and by the status as shown ({@link InvoiceFilter}) when given. */
    List<Invoice> list(TenantId tenant, InvoiceFilter filter, int offset, int limit);

    long count(TenantId tenant, InvoiceFilter filter);

    void add(TenantId tenant, Invoice invoice);

    /** Deletes a draft; issued documents are never deleted. */
    void removeDraft(TenantId tenant, Invoice draft);

    /**
     * The next number of a series, counted in the caller's transaction: the series stays locked until it
     * commits, and a rollback gives the number back, so numbers have no gaps and are never given twice.
     */
    long nextNumber(TenantId tenant, String series);

    /** Deposit invoices already made for a contract. */
    List<Invoice> depositsFor(TenantId tenant, ContractId contract);

    /** Invoices and deposit invoices issued under a contract (no drafts, no credit notes), oldest first. */
    List<Invoice> issuedUnderContract(TenantId tenant, ContractId contract);

    /** Credit notes issued or drafted against an invoice. */
    List<Invoice> creditNotesFor(TenantId tenant, InvoiceId invoice);

    void addDocument(TenantId tenant, InvoiceDocument document);

    Optional<InvoiceDocument> document(TenantId tenant, InvoiceId invoice);

    /**
     * Keeps a rendered PDF unless one of its kind was kept before (by a job mailing the receipt and a client
     * downloading it at the same moment, say), and returns the one kept: the first wins, nobody fails.
     */
    InvoiceFile keepFile(TenantId tenant, InvoiceFile file);

    /** The PDF of the issued document (payment null) or of one payment's receipt, if it was made. */
    Optional<InvoiceFile> file(TenantId tenant, InvoiceId invoice, InvoiceFileKind kind, PaymentId payment);

    void addPayment(TenantId tenant, Payment payment);

    List<Payment> payments(TenantId tenant, InvoiceId invoice);

    Optional<Payment> payment(TenantId tenant, PaymentId id);

    /** The ledger line a provider's charge, refund or dispute made, if it was recorded. */
    Optional<Payment> paymentByExternalId(TenantId tenant, PaymentKind kind, String externalId);

    /**
     * The client's credit in a currency: money kept from overpayments, less what paid later invoices (plus what
     * refunds of those gave back).
     */
    com.becflow.shared.money.Money clientCredit(TenantId tenant, ClientId client, java.util.Currency currency);

    /** Holds the client's credit for this transaction, so two invoices never spend the same credit. */
    void lockClientCredit(TenantId tenant, ClientId client);

    void append(TenantId tenant, InvoiceEvent event);

    /** Whether the invoice's history has an entry of this type naming {@code reference}. */
    boolean hasEvent(TenantId tenant, InvoiceId invoice, InvoiceEventType type, String reference);

    List<InvoiceEvent> events(TenantId tenant, InvoiceId invoice);

    InvoiceSettings settings(TenantId tenant);

    /**
     * Which invoices a list shows. The status is the one shown ({@link Invoice#statusOn}), read at {@code now} on
     * each client's own calendar: {@link InvoiceStatus#OVERDUE} lists open invoices (not credit notes) whose due date
     * has ended where their client lives; {@code ISSUED}, {@code VIEWED} and {@code PARTIALLY_PAID} list only those
     * not overdue; any other status is the stored one.
     *
     * @param client only this client's invoices, or null for all
     * @param status the status as shown, or null for all
     * @param now    the moment overdue is read at
     */
    record InvoiceFilter(ClientId client, InvoiceStatus status, java.time.Instant now) {
    }
}
