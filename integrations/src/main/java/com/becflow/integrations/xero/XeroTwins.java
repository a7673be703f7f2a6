package com.becflow.integrations.xero;

import com.becflow.accounting.BooksAccounts;
import com.becflow.accounting.BooksContact;
import com.becflow.accounting.BooksInvoice;
import com.becflow.accounting.BooksLine;
import com.becflow.accounting.BooksPayment;
import com.becflow.accounting.BooksSession;
import com.xero.models.accounting.Account;
import com.xero.models.accounting.Contact;
import com.xero.models.accounting.CurrencyCode;
import com.xero.models.accounting.Invoice;
import com.xero.models.accounting.LineAmountTypes;
import com.xero.models.accounting.LineItem;
import com.xero.models.accounting.Payment;
import java.util.Optional;
import java.util.UUID;

/** Becflow's twins as xero-java's models, for one call or a batch. Amounts become {@code Double} here. */
final class XeroTwins {

    private XeroTwins() {
    }

    static Contact contact(BooksContact contact, Optional<String> externalId) {
        Contact twin = new Contact();
        externalId.map(UUID::fromString).ifPresent(twin::setContactID);
        twin.setName(contact.name());
        if (contact.person() != null) {
            int space = contact.person().lastIndexOf(' ');
            twin.setFirstName(space < 0 ? contact.person() : contact.person().substring(0, space));
            twin.setLastName(space < 0 ? null : contact.person().substring(space + 1));
        }
        twin.setEmailAddress(contact.email());
        twin.setTaxNumber(contact.taxNumber());
        twin.setContactStatus(contact.archived() ? Contact.ContactStatusEnum.ARCHIVED : Contact.ContactStatusEnum.ACTIVE);
        return twin;
    }

    static Invoice invoice(BooksSession session, BooksInvoice invoice, Optional<String> externalId) {
        Invoice twin = new Invoice();
        externalId.map(UUID::fromString).ifPresent(twin::setInvoiceID);
        twin.setType(Invoice.TypeEnum.ACCREC);
        Contact contact = new Contact();
        contact.setContactID(UUID.fromString(invoice.contactId()));
        twin.setContact(contact);
        twin.setInvoiceNumber(invoice.number());
        twin.setReference(invoice.reference());
        twin.setDate(org.threeten.bp.LocalDate.of(invoice.issueDate().getYear(), invoice.issueDate().getMonthValue(),
                invoice.issueDate().getDayOfMonth()));
        twin.setDueDate(org.threeten.bp.LocalDate.of(invoice.dueDate().getYear(), invoice.dueDate().getMonthValue(),
                invoice.dueDate().getDayOfMonth()));
        // No CurrencyRate: for a currency other than the organisation's, Xero takes its rate of the day (XE.com's).
        twin.setCurrencyCode(CurrencyCode.fromValue(invoice.total().currency().getCurrencyCode()));
        twin.setLineAmountTypes(LineAmountTypes.EXCLUSIVE);
        twin.setLineItems(invoice.lines().stream().map(line -> lineItem(line, session.accounts())).toList());
        twin.setStatus(invoice.voided() ? Invoice.StatusEnum.VOIDED : Invoice.StatusEnum.AUTHORISED);
        return twin;
    }

    static LineItem lineItem(BooksLine line, BooksAccounts accounts) {
        LineItem item = new LineItem();
        item.setDescription(line.description());
        item.setQuantity(line.quantity().doubleValue());
        item.setUnitAmount(line.unitPrice().doubleValue());
        if (line.discountPercent() != null && line.discountPercent().signum() > 0) {
            item.setDiscountRate(line.discountPercent().doubleValue());
        }
        item.setTaxAmount(line.taxAmount().doubleValue());
        line.taxRateIn(accounts).ifPresent(item::setTaxType);
        accounts.itemChosen().ifPresent(item::setItemCode);
        item.setAccountCode(accounts.salesAccount());
        return item;
    }

    static Payment payment(BooksSession session, BooksPayment payment) {
        Payment twin = new Payment();
        Invoice invoice = new Invoice();
        invoice.setInvoiceID(UUID.fromString(payment.invoiceId()));
        twin.setInvoice(invoice);
        Account account = new Account();
        account.setCode(session.accounts().bankAccount());
        twin.setAccount(account);
        twin.setDate(org.threeten.bp.LocalDate.of(payment.receivedOn().getYear(), payment.receivedOn().getMonthValue(),
                payment.receivedOn().getDayOfMonth()));
        twin.setAmount(payment.amount().amount().doubleValue());
        twin.setReference(payment.reference());
        return twin;
    }
}
