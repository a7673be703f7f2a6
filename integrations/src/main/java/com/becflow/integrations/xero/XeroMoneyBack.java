package com.becflow.integrations.xero;

import com.becflow.accounting.BooksCreditNote;
import com.becflow.accounting.BooksRefund;
import com.becflow.accounting.BooksSession;
import com.xero.api.client.AccountingApi;
import com.xero.models.accounting.Account;
import com.xero.models.accounting.Allocation;
import com.xero.models.accounting.Allocations;
import com.xero.models.accounting.Contact;
import com.xero.models.accounting.CreditNote;
import com.xero.models.accounting.CreditNotes;
import com.xero.models.accounting.CurrencyCode;
import com.xero.models.accounting.Invoice;
import com.xero.models.accounting.LineAmountTypes;
import com.xero.models.accounting.LineItem;
import com.xero.models.accounting.Payment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/**
 * Money going back, as Xero documents it. A credit note is an {@code ACCRECCREDIT} credit note ({@code AUTHORISED}),
 * allocated to the invoice it credits ({@code PUT CreditNotes/{id}/Allocations}) for as much as that invoice still owes
 * in Xero (Xero allocates no more than is due; the rest stays as the client's credit, to be refunded). A refund or a
 * chargeback is what Xero calls a refund: a payment out of the bank account on a credit note ({@code PUT Payments}
 * with {@code CreditNote}, which Xero types {@code ARCREDITPAYMENT}); Xero takes no negative payment on an invoice.
 * On the credit note Becflow issued with the refund where there is one, else on a credit note of its own for the
 * amount, numbered after the invoice.
 */
final class XeroMoneyBack {

    private final AccountingApi accounting;
    private final XeroBooks books;

    XeroMoneyBack(AccountingApi accounting, XeroBooks books) {
        this.accounting = accounting;
        this.books = books;
    }

    String creditNote(BooksSession session, BooksCreditNote note, String key) {
        CreditNote twin = creditNoteOf(note.contactId(), note.number(), note.issueDate(), note.reference(),
                note.lines().stream().map(line -> XeroTwins.lineItem(line, session.accounts())).toList(),
                note.total().currency());
        UUID id = create(session, twin, key);
        Invoice invoice = books.limited(session, () -> accounting.getInvoice(session.accessToken(),
                session.organisationId(), UUID.fromString(note.invoiceId()), null)).getInvoices().get(0);
        BigDecimal due = invoice.getAmountDue() == null ? BigDecimal.ZERO
                : new BigDecimal(String.valueOf(invoice.getAmountDue()));
        BigDecimal allocated = due.min(note.total().amount());
        if (allocated.signum() > 0) {
            Allocation allocation = new Allocation();
            Invoice to = new Invoice();
            to.setInvoiceID(invoice.getInvoiceID());
            allocation.setInvoice(to);
            allocation.setAmount(allocated.doubleValue());
            allocation.setDate(date(note.issueDate()));
            books.limited(session, () -> accounting.createCreditNoteAllocation(session.accessToken(),
                    session.organisationId(), id, new Allocations().addAllocationsItem(allocation), key + "-allocation",
                    null));
        }
        return id.toString();
    }

    String refund(BooksSession session, BooksRefund refund, String key) {
        UUID creditNote;
        if (refund.creditNoteId() != null) {
            creditNote = UUID.fromString(refund.creditNoteId());
        } else {
            LineItem line = new LineItem();
            line.setDescription((refund.chargeback() ? "Chargeback" : "Refund") + " on invoice"
                    + (refund.reference() == null ? "" : ": " + refund.reference()));
            line.setQuantity(1.0);
            line.setUnitAmount(refund.amount().amount().doubleValue());
            line.setAccountCode(session.accounts().salesAccount());
            line.setTaxAmount(0.0);
            creditNote = create(session, creditNoteOf(refund.contactId(), null, refund.givenBackOn(), refund.reference(),
                    List.of(line), refund.amount().currency()), key + "-credit");
        }
        Payment payment = new Payment();
        CreditNote on = new CreditNote();
        on.setCreditNoteID(creditNote);
        payment.setCreditNote(on);
        Account account = new Account();
        account.setCode(session.accounts().bankAccount());
        payment.setAccount(account);
        payment.setDate(date(refund.givenBackOn()));
        payment.setAmount(refund.amount().amount().doubleValue());
        payment.setReference(refund.reference());
        Payment answer = books.limited(session, () -> accounting.createPayment(session.accessToken(),
                session.organisationId(), payment, key)).getPayments().get(0);
        XeroRefusals.refusal(answer.getValidationErrors()).ifPresent(refused -> {
            throw refused;
        });
        return answer.getPaymentID().toString();
    }

    /**
     * A payment spread over an invoice and its late fees' invoices: one {@code PUT Payments} of one Payment per invoice,
     * under Xero's default {@code summarizeErrors}, so a part refused refuses the call. @return the first part's id
     */
    String splitPayment(BooksSession session, List<com.becflow.accounting.BooksPayment> parts, String key) {
        com.xero.models.accounting.Payments sent = new com.xero.models.accounting.Payments()
                .payments(parts.stream().map(part -> XeroTwins.payment(session, part)).toList());
        List<Payment> answers = books.limited(session, () -> accounting.createPayments(session.accessToken(),
                session.organisationId(), sent, key, true)).getPayments();
        for (Payment answer : answers) {
            XeroRefusals.refusal(answer.getValidationErrors()).ifPresent(refused -> {
                throw refused;
            });
        }
        return answers.get(0).getPaymentID().toString();
    }

    private UUID create(BooksSession session, CreditNote twin, String key) {
        CreditNote answer = books.limited(session, () -> accounting.createCreditNotes(session.accessToken(),
                session.organisationId(), new CreditNotes().addCreditNotesItem(twin), key, null, null))
                .getCreditNotes().get(0);
        XeroRefusals.refusal(answer.getValidationErrors()).ifPresent(refused -> {
            throw refused;
        });
        return answer.getCreditNoteID();
    }

    private static CreditNote creditNoteOf(String contactId, String number, LocalDate date, String reference,
                                           List<LineItem> lines, Currency currency) {
        CreditNote twin = new CreditNote();
        twin.setType(CreditNote.TypeEnum.ACCRECCREDIT);
        Contact contact = new Contact();
        contact.setContactID(UUID.fromString(contactId));
        twin.setContact(contact);
        twin.setCreditNoteNumber(number);
        twin.setReference(reference);
        twin.setDate(date(date));
        twin.setCurrencyCode(CurrencyCode.fromValue(currency.getCurrencyCode()));
        twin.setLineAmountTypes(LineAmountTypes.EXCLUSIVE);
        twin.setLineItems(lines);
        twin.setStatus(CreditNote.StatusEnum.AUTHORISED);
        return twin;
    }

    private static org.threeten.bp.LocalDate date(LocalDate date) {
        return org.threeten.bp.LocalDate.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }
}
