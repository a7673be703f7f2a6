package com.becflow.integrations.quickbooks;

import com.becflow.accounting.BooksCreditNote;
import com.becflow.accounting.BooksLine;
import com.becflow.accounting.BooksRefund;
import com.becflow.accounting.BooksRefused;
import com.becflow.accounting.BooksSession;
import com.intuit.ipp.data.CreditMemo;
import com.intuit.ipp.data.Invoice;
import com.intuit.ipp.data.Line;
import com.intuit.ipp.data.LineDetailTypeEnum;
import com.intuit.ipp.data.LinkedTxn;
import com.intuit.ipp.data.Payment;
import com.intuit.ipp.data.RefundReceipt;
import com.intuit.ipp.data.SalesItemLineDetail;
import com.intuit.ipp.data.TxnTaxDetail;
import java.math.BigDecimal;
import java.util.List;

/**
 * Money going back, as Intuit documents it. A credit note is a {@code CreditMemo}, applied to the invoice it credits
 * by a {@code Payment} of nothing ({@code TotalAmt} 0) whose lines link the invoice and the credit memo for the same
 * amount (how QuickBooks applies a credit to an invoice), for as much as the invoice still owes there; the rest stays
 * the customer's credit. A refund or a chargeback is a {@code RefundReceipt}: money paid back out of the bank account
 * for the item the invoice was sold as, which takes the sale back itself: the credit note Becflow issued with a refund
 * is not sent as a credit memo besides ({@link QuickBooksBooks#refundIsItsOwnCreditNote}), which would take the sale
 * back twice. A refund naming a credit memo is refused: the API offers no way to pay a credit memo's credit back.
 */
final class QuickBooksMoneyBack {

    private QuickBooksMoneyBack() {
    }

    static String creditNote(QuickBooksCompany company, BooksSession session, BooksCreditNote note, String key) {
        CreditMemo memo = new CreditMemo();
        memo.setCustomerRef(QuickBooksDocuments.reference(note.contactId()));
        memo.setDocNumber(note.number());
        memo.setTxnDate(QuickBooksDocuments.date(note.issueDate()));
        memo.setCurrencyRef(QuickBooksDocuments.reference(note.total().currency().getCurrencyCode()));
        memo.setLine(note.lines().stream().map(line -> QuickBooksDocuments.line(line, session.accounts())).toList());
        BigDecimal tax = note.lines().stream().map(BooksLine::taxAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (tax.signum() != 0) {
            TxnTaxDetail detail = new TxnTaxDetail();
            detail.setTotalTax(tax);
            memo.setTxnTaxDetail(detail);
        }
        String memoId = company.add(memo, key).getId();
        Invoice byId = new Invoice();
        byId.setId(note.invoiceId());
        Invoice invoice = company.read(byId);
        if (invoice == null) {
            throw new BooksRefused("the invoice " + note.invoiceId() + " is not in QuickBooks (deleted there?)");
        }
        BigDecimal applied = invoice.getBalance() == null ? BigDecimal.ZERO : invoice.getBalance().min(note.total().amount());
        if (applied.signum() > 0) {
            Payment apply = new Payment();
            apply.setCustomerRef(QuickBooksDocuments.reference(note.contactId()));
            apply.setTxnDate(QuickBooksDocuments.date(note.issueDate()));
            apply.setTotalAmt(BigDecimal.ZERO);
            apply.setCurrencyRef(QuickBooksDocuments.reference(note.total().currency().getCurrencyCode()));
            apply.setLine(List.of(linked(note.invoiceId(), "Invoice", applied), linked(memoId, "CreditMemo", applied)));
            company.add(apply, key + "-applied");
        }
        return memoId;
    }

    static String refund(QuickBooksCompany company, BooksSession session, BooksRefund refund, String key) {
        if (refund.creditNoteId() != null) {
            throw new BooksRefused("QuickBooks takes no refund of a credit memo's credit through its API: pay back"
                    + " credit memo " + refund.creditNoteId() + " in QuickBooks, then leave this refund out");
        }
        SalesItemLineDetail detail = new SalesItemLineDetail();
        detail.setItemRef(QuickBooksDocuments.reference(session.accounts().itemChosen()
                .orElse(session.accounts().salesAccount())));
        detail.setQty(BigDecimal.ONE);
        detail.setUnitPrice(refund.amount().amount());
        Line line = new Line();
        line.setDetailType(LineDetailTypeEnum.SALES_ITEM_LINE_DETAIL);
        line.setSalesItemLineDetail(detail);
        line.setDescription(refund.chargeback() ? "Chargeback" : "Refund");
        line.setAmount(refund.amount().amount());
        RefundReceipt receipt = new RefundReceipt();
        receipt.setCustomerRef(QuickBooksDocuments.reference(refund.contactId()));
        receipt.setTxnDate(QuickBooksDocuments.date(refund.givenBackOn()));
        receipt.setCurrencyRef(QuickBooksDocuments.reference(refund.amount().currency().getCurrencyCode()));
        receipt.setDepositToAccountRef(QuickBooksDocuments.reference(session.accounts().bankAccount()));
        receipt.setLine(List.of(line));
        if (refund.reference() != null) {
            // QuickBooks keeps 21 characters of a reference number
            receipt.setPaymentRefNum(refund.reference().length() > 21 ? refund.reference().substring(0, 21)
                    : refund.reference());
        }
        receipt.setPrivateNote((refund.chargeback() ? "Chargeback" : "Refund") + " on invoice " + refund.invoiceId());
        return company.add(receipt, key).getId();
    }

    private static Line linked(String id, String type, BigDecimal amount) {
        LinkedTxn txn = new LinkedTxn();
        txn.setTxnId(id);
        txn.setTxnType(type);
        Line line = new Line();
        line.setAmount(amount);
        line.setLinkedTxn(List.of(txn));
        return line;
    }
}
