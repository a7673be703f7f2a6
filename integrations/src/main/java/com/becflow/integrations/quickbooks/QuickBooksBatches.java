package com.becflow.integrations.quickbooks;

import com.becflow.accounting.BooksConflict;
import com.becflow.accounting.BooksContact;
import com.becflow.accounting.BooksGateway.Change;
import com.becflow.accounting.BooksGateway.Created;
import com.becflow.accounting.BooksInvoice;
import com.becflow.accounting.BooksPayment;
import com.becflow.accounting.BooksRefused;
import com.becflow.accounting.BooksSession;
import com.becflow.shared.money.Money;
import com.intuit.ipp.core.IEntity;
import com.intuit.ipp.data.Customer;
import com.intuit.ipp.data.Invoice;
import com.intuit.ipp.data.Payment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Updates and payments in QuickBooks' batch requests (up to 30 operations), two requests for a batch instead of two
 * for each object: one query reads what the batch needs of the entities the books have ({@code Id in (...)}: the
 * SyncToken an update must name, the customer a payment is received from), then one batch request of update or
 * create operations. An entity that query does not find is that object's refusal, as deleted in the books; the
 * others go on.
 */
final class QuickBooksBatches {

    private final Function<BooksSession, QuickBooksCompany> companies;

    QuickBooksBatches(Function<BooksSession, QuickBooksCompany> companies) {
        this.companies = companies;
    }

    List<Created> updateCustomers(BooksSession session, List<Change<BooksContact>> changes, String key) {
        QuickBooksCompany company = companies.apply(session);
        Map<String, Customer> current = byId(company, "Customer", changes.stream().map(Change::externalId).toList(),
                Customer::getId);
        Created[] answers = new Created[changes.size()];
        List<Integer> sent = new ArrayList<>();
        List<Customer> twins = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            Customer now = current.get(changes.get(i).externalId());
            if (now == null) {
                answers[i] = gone();
                continue;
            }
            Customer twin = QuickBooksDocuments.customer(changes.get(i).twin());
            twin.setId(now.getId());
            twin.setSyncToken(now.getSyncToken());
            twin.setSparse(true);
            sent.add(i);
            twins.add(twin);
        }
        List<QuickBooksCompany.Answer<Customer>> updated = twins.isEmpty() ? List.of() : company.updateAll(twins, key);
        for (int j = 0; j < sent.size(); j++) {
            QuickBooksCompany.Answer<Customer> answer = updated.get(j);
            answers[sent.get(j)] = answer.refusal() != null ? Created.refused(answer.refusal())
                    : Created.as(answer.entity().getId(), null);
        }
        return Arrays.asList(answers);
    }

    /**
     * A voided invoice is voided on its own request (QuickBooks voids by an operation of its own), unless it is voided
     * there already; it keeps Becflow's total, since QuickBooks zeroes a voided invoice's amounts.
     */
    List<Created> updateInvoices(BooksSession session, List<Change<BooksInvoice>> changes, String key) {
        QuickBooksCompany company = companies.apply(session);
        Map<String, Invoice> current = byId(company, "Invoice", changes.stream().map(Change::externalId).toList(),
                Invoice::getId);
        Created[] answers = new Created[changes.size()];
        List<Integer> sent = new ArrayList<>();
        List<Invoice> twins = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            BooksInvoice invoice = changes.get(i).twin();
            Invoice now = current.get(changes.get(i).externalId());
            if (now == null) {
                answers[i] = gone();
            } else if (invoice.voided()) {
                if (!QuickBooksBooks.VOIDED.equalsIgnoreCase(now.getPrivateNote())) {
                    Invoice toVoid = new Invoice();
                    toVoid.setId(now.getId());
                    toVoid.setSyncToken(now.getSyncToken());
                    company.voidIt(toVoid, key + "-void-" + (i + 1));
                }
                answers[i] = Created.as(now.getId(), invoice.total());
            } else {
                Invoice twin = QuickBooksDocuments.invoice(invoice, session.accounts());
                twin.setId(now.getId());
                twin.setSyncToken(now.getSyncToken());
                twin.setSparse(true);
                sent.add(i);
                twins.add(twin);
            }
        }
        List<QuickBooksCompany.Answer<Invoice>> updated = twins.isEmpty() ? List.of() : company.updateAll(twins, key);
        for (int j = 0; j < sent.size(); j++) {
            QuickBooksCompany.Answer<Invoice> answer = updated.get(j);
            Money total = changes.get(sent.get(j)).twin().total();
            answers[sent.get(j)] = answer.refusal() != null ? Created.refused(answer.refusal())
                    : Created.as(answer.entity().getId(), answer.entity().getTotalAmt() == null ? total
                    : new Money(answer.entity().getTotalAmt().setScale(Money.minorDigits(total.currency()),
                    java.math.RoundingMode.HALF_UP), total.currency()));
        }
        return Arrays.asList(answers);
    }

    /** Each payment is received from its invoice's customer, read for the whole batch in one query. */
    List<Created> createPayments(BooksSession session, List<BooksPayment> payments, String key) {
        QuickBooksCompany company = companies.apply(session);
        Map<String, Invoice> invoices = byId(company, "Invoice", payments.stream().map(BooksPayment::invoiceId).toList(),
                Invoice::getId);
        Created[] answers = new Created[payments.size()];
        List<Integer> sent = new ArrayList<>();
        List<Payment> twins = new ArrayList<>();
        for (int i = 0; i < payments.size(); i++) {
            Invoice invoice = invoices.get(payments.get(i).invoiceId());
            if (invoice == null || invoice.getCustomerRef() == null) {
                answers[i] = Created.refused(new BooksRefused(BooksConflict.Kind.DELETED_IN_BOOKS, "the invoice "
                        + payments.get(i).invoiceId() + " is not in QuickBooks (deleted there?)"));
                continue;
            }
            sent.add(i);
            twins.add(QuickBooksDocuments.payment(payments.get(i), invoice.getCustomerRef().getValue(),
                    session.accounts().bankAccount()));
        }
        List<QuickBooksCompany.Answer<Payment>> created = twins.isEmpty() ? List.of() : company.addAll(twins, key);
        for (int j = 0; j < sent.size(); j++) {
            QuickBooksCompany.Answer<Payment> answer = created.get(j);
            answers[sent.get(j)] = answer.refusal() != null ? Created.refused(answer.refusal())
                    : Created.as(answer.entity().getId(), null);
        }
        return Arrays.asList(answers);
    }

    /** The entities of one kind with these ids, in one query (a batch holds at most 30, well inside a page). */
    private static <T extends IEntity> Map<String, T> byId(QuickBooksCompany company, String kind, List<String> ids,
                                                           Function<T, String> idOf) {
        String list = new LinkedHashSet<>(ids).stream().map(id -> "'" + id.replace("\\", "\\\\").replace("'", "\\'") + "'")
                .collect(Collectors.joining(", "));
        List<T> found = company.query("select * from " + kind + " where Id in (" + list + ")");
        return found.stream().collect(Collectors.toMap(idOf, entity -> entity, (a, b) -> a));
    }

    private static Created gone() {
        return Created.refused(new BooksRefused(BooksConflict.Kind.DELETED_IN_BOOKS,
                "it no longer exists in QuickBooks (deleted there?)"));
    }
}
