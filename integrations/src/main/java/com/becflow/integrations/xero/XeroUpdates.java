package com.becflow.integrations.xero;

import com.becflow.accounting.BooksContact;
import com.becflow.accounting.BooksGateway.Change;
import com.becflow.accounting.BooksGateway.Created;
import com.becflow.accounting.BooksInvoice;
import com.becflow.accounting.BooksSession;
import com.xero.api.client.AccountingApi;
import com.xero.models.accounting.Contacts;
import com.xero.models.accounting.Invoice;
import com.xero.models.accounting.Invoices;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Changed contacts and invoices updated in batch calls: one {@code POST Contacts} or {@code POST Invoices} with up to
 * 50 elements, each carrying its id, and {@code summarizeErrors=false}, so Xero updates each element it can and puts
 * its reasons on each one it cannot. The answers come in the order sent.
 */
final class XeroUpdates {

    private final XeroBooks books;
    private final AccountingApi accounting;

    XeroUpdates(XeroBooks books, AccountingApi accounting) {
        this.books = books;
        this.accounting = accounting;
    }

    List<Created> contacts(BooksSession session, List<Change<BooksContact>> changes, String key) {
        Contacts sent = new Contacts().contacts(changes.stream()
                .map(c -> XeroTwins.contact(c.twin(), Optional.of(c.externalId()))).toList());
        return books.limited(session, () -> accounting.updateOrCreateContacts(session.accessToken(),
                        session.organisationId(), sent, key, false))
                .getContacts().stream()
                .map(c -> XeroRefusals.refusal(c.getValidationErrors()).map(Created::refused)
                        .orElseGet(() -> Created.as(c.getContactID().toString(), null)))
                .toList();
    }

    /** With Xero's own totals, for the pass to compare with Becflow's. */
    List<Created> invoices(BooksSession session, List<Change<BooksInvoice>> changes, String key) {
        Invoices sent = new Invoices().invoices(changes.stream()
                .map(c -> XeroTwins.invoice(session, c.twin(), Optional.of(c.externalId()))).toList());
        List<Invoice> answers = books.limited(session, () -> accounting.updateOrCreateInvoices(session.accessToken(),
                session.organisationId(), sent, key, false, 4)).getInvoices();
        List<Created> updated = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            Invoice kept = answers.get(i);
            BooksInvoice twin = changes.get(i).twin();
            updated.add(XeroRefusals.refusal(kept.getValidationErrors()).map(Created::refused)
                    .orElseGet(() -> Created.as(kept.getInvoiceID().toString(),
                            XeroBooks.amount(kept.getTotal(), twin.total().currency()))));
        }
        return updated;
    }
}
