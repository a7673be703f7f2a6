package com.becflow.accounting.app;

import com.becflow.accounting.BooksAccounts;
import com.becflow.accounting.BooksContact;
import com.becflow.accounting.BooksGateway;
import com.becflow.accounting.BooksGrant;
import com.becflow.accounting.BooksInvoice;
import com.becflow.accounting.BooksOrganisation;
import com.becflow.accounting.BooksPayment;
import com.becflow.accounting.BooksRemotePayment;
import com.becflow.accounting.BooksSession;
import com.becflow.accounting.BooksVendor;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A gateway whose calls on an organisation's books wait for the {@link BooksCallLimiter}. Consent, token and webhook
 * calls are not counted: they go to the vendor's identity service or are not calls at all.
 */
final class LimitedBooksGateway implements BooksGateway {

    private final BooksGateway books;
    private final BooksCallLimiter limiter;

    LimitedBooksGateway(BooksGateway books, BooksCallLimiter limiter) {
        this.books = books;
        this.limiter = limiter;
    }

    @Override
    public BooksVendor vendor() {
        return books.vendor();
    }

    @Override
    public int batchSize() {
        return books.batchSize();
    }

    @Override
    public List<Created> createContacts(BooksSession session, List<BooksContact> contacts, String idempotencyKey) {
        return limiter.call(vendor(), session.organisationId(),
                () -> books.createContacts(session, contacts, idempotencyKey));
    }

    @Override
    public List<Created> createInvoices(BooksSession session, List<BooksInvoice> invoices, String idempotencyKey) {
        return limiter.call(vendor(), session.organisationId(),
                () -> books.createInvoices(session, invoices, idempotencyKey));
    }

    @Override
    public List<Created> createPayments(BooksSession session, List<BooksPayment> payments, String idempotencyKey) {
        return limiter.call(vendor(), session.organisationId(),
                () -> books.createPayments(session, payments, idempotencyKey));
    }

    @Override
    public URI authorizationPage(String state, URI callback) {
        return books.authorizationPage(state, callback);
    }

    @Override
    public BooksGrant exchange(String code, URI callback) {
        return books.exchange(code, callback);
    }

    @Override
    public BooksGrant refresh(BooksGrant grant) {
        return books.refresh(grant);
    }

    @Override
    public List<BooksOrganisation> organisations(BooksGrant grant) {
        return books.organisations(grant);
    }

    @Override
    public BooksAccounts defaultAccounts(BooksSession session) {
        return limiter.call(vendor(), session.organisationId(), () -> books.defaultAccounts(session));
    }

    @Override
    public String pushContact(BooksSession session, BooksContact contact, Optional<String> externalId,
                              String idempotencyKey) {
        return limiter.call(vendor(), session.organisationId(),
                () -> books.pushContact(session, contact, externalId, idempotencyKey));
    }

    @Override
    public PushedInvoice pushInvoice(BooksSession session, BooksInvoice invoice, Optional<String> externalId,
                                     String idempotencyKey) {
        return limiter.call(vendor(), session.organisationId(),
                () -> books.pushInvoice(session, invoice, externalId, idempotencyKey));
    }

    @Override
    public Optional<String> findContact(BooksSession session, String name) {
        return limiter.call(vendor(), session.organisationId(), () -> books.findContact(session, name));
    }

    @Override
    public String pushPayment(BooksSession session, BooksPayment payment, String idempotencyKey) {
        return limiter.call(vendor(), session.organisationId(), () -> books.pushPayment(session, payment, idempotencyKey));
    }

    @Override
    public List<String> webhookOrganisations(byte[] body, String signature) {
        return books.webhookOrganisations(body, signature);
    }

    /** Counted as one call; an adapter that reads page after page makes more (Xero's pages hold 100 payments). */
    @Override
    public List<BooksRemotePayment> paymentsChangedSince(BooksSession session, Instant since) {
        return limiter.call(vendor(), session.organisationId(), () -> books.paymentsChangedSince(session, since));
    }
}
