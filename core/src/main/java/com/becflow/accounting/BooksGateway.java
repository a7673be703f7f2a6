package com.becflow.accounting;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One vendor's books: its OAuth 2 consent and tokens, and creating or updating the objects Becflow keeps there.
 * Every push carries an idempotency key made from the object and its content, so a call repeated after its answer
 * was lost makes nothing twice.
 *
 * @see BooksAccessRevoked  the vendor refused the grant: the freelancer must connect again
 * @see BooksRefused        the vendor refused this one object; the others go on
 * @see BooksUnavailable    the vendor asked us to slow down or is down; the pass stops and is tried again later
 */
public interface BooksGateway {

    /** An invoice as the books keep it after a push. */
    record PushedInvoice(String id, com.becflow.shared.money.Money total) {
    }

    /**
     * What became of one object of a batch: its id in the books (and for an invoice the total the books worked out), or
     * the books' refusal of this object alone.
     */
    record Created(String id, com.becflow.shared.money.Money total, BooksRefused refusal) {

        public static Created as(String id, com.becflow.shared.money.Money total) {
            return new Created(java.util.Objects.requireNonNull(id, "id"), total, null);
        }

        public static Created refused(BooksRefused refusal) {
            return new Created(null, null, java.util.Objects.requireNonNull(refusal, "refusal"));
        }

        public boolean isRefused() {
            return refusal != null;
        }
    }

    /** A changed object to update in the books: its id there and what Becflow has now. */
    record Change<T>(String externalId, T twin) {
    }

    BooksVendor vendor();

    /** How many new objects of this kind one call may create; 1 when the adapter creates them one a call. */
    default int batchSize(BooksObject object) {
        return 1;
    }

    /**
     * Creates these contacts in one call: one answer per contact, in the order sent; a refused contact does not keep
     * the others out. The key stands for the whole batch.
     */
    default List<Created> createContacts(BooksSession session, List<BooksContact> contacts, String idempotencyKey) {
        throw new UnsupportedOperationException(vendor().label() + " creates one contact a call");
    }

    /** As {@link #createContacts}, for invoices (each on a contact the books have already). */
    default List<Created> createInvoices(BooksSession session, List<BooksInvoice> invoices, String idempotencyKey) {
        throw new UnsupportedOperationException(vendor().label() + " creates one invoice a call");
    }

    /** As {@link #createContacts}, for payments (each on an invoice the books have already). */
    default List<Created> createPayments(BooksSession session, List<BooksPayment> payments, String idempotencyKey) {
        throw new UnsupportedOperationException(vendor().label() + " creates one payment a call");
    }

    /** How many changed objects of this kind one call may update; 1 when the adapter updates them one a call. */
    default int updateBatchSize(BooksObject object) {
        return 1;
    }

    /**
     * Updates these contacts in one call: one answer per contact, in the order sent (its id, or the books' refusal of
     * this one alone). The key stands for the whole batch.
     */
    default List<Created> updateContacts(BooksSession session, List<Change<BooksContact>> contacts, String idempotencyKey) {
        throw new UnsupportedOperationException(vendor().label() + " updates one contact a call");
    }

    /** As {@link #updateContacts}, for invoices (a voided one is voided in the books); the answers carry the totals. */
    default List<Created> updateInvoices(BooksSession session, List<Change<BooksInvoice>> invoices, String idempotencyKey) {
        throw new UnsupportedOperationException(vendor().label() + " updates one invoice a call");
    }

    /** The vendor's consent page, which sends the browser back to {@code callback} with a code and {@code state}. */
    URI authorizationPage(String state, URI callback);

    /** Swaps the consent's code for a grant. */
    BooksGrant exchange(BooksConsent consent);

    BooksGrant refresh(BooksGrant grant);

    /** The organisations the grant reaches, the one the consent just connected first. */
    List<BooksOrganisation> organisations(BooksGrant grant, BooksConsent consent);

    /** The accounts to use until the freelancer chooses others: the books' own sales account and first bank account. */
    BooksAccounts defaultAccounts(BooksSession session);

    /**
     * What the books offer to post to, read from them now: sales accounts (QuickBooks: the items lines are sold as),
     * bank accounts, tax rates with their percentage, and items.
     */
    default BooksChoices choices(BooksSession session) {
        throw new UnsupportedOperationException(vendor().label() + " offers no choice of accounts");
    }

    /** @return the contact's id in the books */
    String pushContact(BooksSession session, BooksContact contact, Optional<String> externalId, String idempotencyKey);

    /** @return the invoice's id in the books and the total the books worked out for it */
    PushedInvoice pushInvoice(BooksSession session, BooksInvoice invoice, Optional<String> externalId, String idempotencyKey);

    /** The contact the books keep under exactly this name, if there is one. */
    Optional<String> findContact(BooksSession session, String name);

    /** @return the payment's id in the books */
    String pushPayment(BooksSession session, BooksPayment payment, String idempotencyKey);

    /** Whether this adapter pushes objects of this kind; the pass leaves the others out (and says so in its log). */
    default boolean pushes(BooksObject object) {
        return object == BooksObject.CONTACT || object == BooksObject.INVOICE || object == BooksObject.PAYMENT;
    }

    /**
     * Whether the books' refund is itself a credit note (QuickBooks' RefundReceipt takes the sale back and pays out):
     * then a credit note Becflow issued with a refund is not sent on its own, the refund stands for both.
     */
    default boolean refundIsItsOwnCreditNote() {
        return false;
    }

    /** Creates the credit note and allocates it to its invoice's twin. @return the credit note's id in the books */
    default String pushCreditNote(BooksSession session, BooksCreditNote creditNote, String idempotencyKey) {
        throw new UnsupportedOperationException(vendor().label() + " takes no credit notes from Becflow yet");
    }

    /**
     * One Becflow payment that covered an invoice and its late fees, spread over their twins in the books: the parts in
     * order, the invoice's twin first, in one call. @return the id of the first part (the one on the invoice's twin)
     */
    default String pushSplitPayment(BooksSession session, List<BooksPayment> parts, String idempotencyKey) {
        throw new UnsupportedOperationException(vendor().label() + " takes no split payments from Becflow yet");
    }

    /** Records money given back on the invoice's twin (a refund or a chargeback). @return its id in the books */
    default String pushRefund(BooksSession session, BooksRefund refund, String idempotencyKey) {
        throw new UnsupportedOperationException(vendor().label() + " takes no refunds from Becflow yet");
    }

    /**
     * The organisations a webhook delivery names, once its signature is checked against the webhook key the operator
     * configured; empty for a delivery that names none (Xero's "intent to receive").
     *
     * @throws BooksWebhookRefused when the signature does not match, no key is configured, or the body is not the
     *                             vendor's
     */
    List<String> webhookOrganisations(byte[] body, String signature);

    /** Payments on invoices created, changed or deleted in the books at or after {@code since}, oldest first. */
    List<BooksRemotePayment> paymentsChangedSince(BooksSession session, Instant since);

    /** Contacts created or changed in the books at or after {@code since}, archived ones included. */
    List<BooksRemoteContact> contactsChangedSince(BooksSession session, Instant since);

    /** The contact as the books keep it now; empty when they no longer have it. */
    Optional<BooksRemoteContact> contact(BooksSession session, String externalId);
}
