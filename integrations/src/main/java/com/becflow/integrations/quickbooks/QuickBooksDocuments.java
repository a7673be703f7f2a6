package com.becflow.integrations.quickbooks;

import com.becflow.accounting.BooksAccounts;
import com.becflow.accounting.BooksContact;
import com.becflow.accounting.BooksInvoice;
import com.becflow.accounting.BooksLine;
import com.becflow.accounting.BooksPayment;
import com.intuit.ipp.data.Customer;
import com.intuit.ipp.data.EmailAddress;
import com.intuit.ipp.data.Invoice;
import com.intuit.ipp.data.Line;
import com.intuit.ipp.data.LineDetailTypeEnum;
import com.intuit.ipp.data.LinkedTxn;
import com.intuit.ipp.data.MemoRef;
import com.intuit.ipp.data.Payment;
import com.intuit.ipp.data.PhysicalAddress;
import com.intuit.ipp.data.ReferenceType;
import com.intuit.ipp.data.SalesItemLineDetail;
import com.intuit.ipp.data.TxnTaxDetail;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

/**
 * Becflow's objects in QuickBooks' words. Amounts stay {@link BigDecimal} (the SDK's own type). QuickBooks checks that
 * a sales line's Amount is its Qty times its UnitPrice, and has no per-line discount in every region, so a discounted
 * line is sent at its discounted unit price (exact: price x (1 - rate/100)), the discount named in its description.
 */
final class QuickBooksDocuments {

    private QuickBooksDocuments() {
    }

    static Customer customer(BooksContact contact) {
        Customer customer = new Customer();
        customer.setDisplayName(contact.name());
        if (contact.person() != null && !contact.person().isBlank()) {
            int space = contact.person().trim().lastIndexOf(' ');
            customer.setGivenName(space < 0 ? contact.person().trim() : contact.person().trim().substring(0, space));
            customer.setFamilyName(space < 0 ? null : contact.person().trim().substring(space + 1));
            if (!contact.person().equals(contact.name())) {
                customer.setCompanyName(contact.name());
            }
        } else {
            customer.setCompanyName(contact.name());
        }
        EmailAddress email = new EmailAddress();
        email.setAddress(contact.email());
        customer.setPrimaryEmailAddr(email);
        customer.setPrimaryTaxIdentifier(contact.taxNumber());
        if (contact.countryCode() != null) {
            PhysicalAddress address = new PhysicalAddress();
            address.setCountry(contact.countryCode());
            customer.setBillAddr(address);
        }
        customer.setActive(!contact.archived());
        return customer;
    }

    /** A new customer, in its client's currency: QuickBooks keeps it for good and takes invoices only in it. */
    static Customer newCustomer(BooksContact contact) {
        Customer customer = customer(contact);
        if (contact.currency() != null) {
            customer.setCurrencyRef(reference(contact.currency().getCurrencyCode()));
        }
        return customer;
    }

    /**
     * In the invoice's own currency, which must be its customer's; without an ExchangeRate, so that a foreign invoice
     * takes the company's rate of the day. Each line is sold as the item chosen (see {@link QuickBooksChartOfAccounts})
     * with the tax code chosen for its rate.
     */
    static Invoice invoice(BooksInvoice invoice, BooksAccounts accounts) {
        Invoice twin = new Invoice();
        twin.setCustomerRef(reference(invoice.contactId()));
        twin.setDocNumber(invoice.number());
        twin.setTxnDate(date(invoice.issueDate()));
        twin.setDueDate(date(invoice.dueDate()));
        twin.setCurrencyRef(reference(invoice.total().currency().getCurrencyCode()));
        if (invoice.reference() != null && !invoice.reference().isBlank()) {
            MemoRef memo = new MemoRef();
            memo.setValue(invoice.reference());
            twin.setCustomerMemo(memo);
        }
        twin.setLine(invoice.lines().stream().map(line -> line(line, accounts)).toList());
        BigDecimal tax = invoice.lines().stream().map(BooksLine::taxAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (tax.signum() != 0) {
            TxnTaxDetail taxDetail = new TxnTaxDetail();
            taxDetail.setTotalTax(tax);
            twin.setTxnTaxDetail(taxDetail);
        }
        return twin;
    }

    static Line line(BooksLine line, BooksAccounts accounts) {
        boolean discounted = line.discountPercent() != null && line.discountPercent().signum() != 0;
        BigDecimal unitPrice = discounted
                ? line.unitPrice().multiply(BigDecimal.ONE.subtract(line.discountPercent().movePointLeft(2)))
                : line.unitPrice();
        SalesItemLineDetail detail = new SalesItemLineDetail();
        detail.setItemRef(reference(accounts.itemChosen().orElse(accounts.salesAccount())));
        line.taxRateIn(accounts).map(QuickBooksDocuments::reference).ifPresent(detail::setTaxCodeRef);
        detail.setQty(line.quantity());
        detail.setUnitPrice(unitPrice.stripTrailingZeros());
        Line twin = new Line();
        twin.setDetailType(LineDetailTypeEnum.SALES_ITEM_LINE_DETAIL);
        twin.setSalesItemLineDetail(detail);
        twin.setDescription(discounted ? line.description() + " (" + line.discountPercent().stripTrailingZeros()
                .toPlainString() + " % off " + line.unitPrice().toPlainString() + ")" : line.description());
        twin.setAmount(line.quantity().multiply(unitPrice).setScale(2, RoundingMode.HALF_UP));
        return twin;
    }

    /** @param customerId QuickBooks wants the payer on the payment: the invoice's customer */
    static Payment payment(BooksPayment payment, String customerId, String bankAccountId) {
        Payment twin = new Payment();
        twin.setCustomerRef(reference(customerId));
        twin.setTxnDate(date(payment.receivedOn()));
        twin.setTotalAmt(payment.amount().amount());
        twin.setCurrencyRef(reference(payment.amount().currency().getCurrencyCode()));
        twin.setDepositToAccountRef(reference(bankAccountId));
        if (payment.reference() != null) {
            // QuickBooks keeps 21 characters of a payment's reference number
            twin.setPaymentRefNum(payment.reference().length() > 21 ? payment.reference().substring(0, 21)
                    : payment.reference());
        }
        LinkedTxn invoice = new LinkedTxn();
        invoice.setTxnId(payment.invoiceId());
        invoice.setTxnType("Invoice");
        Line line = new Line();
        line.setAmount(payment.amount().amount());
        line.setLinkedTxn(List.of(invoice));
        twin.setLine(List.of(line));
        return twin;
    }

    /** One payment over several invoices: a line linking each for its part, {@code TotalAmt} their sum. */
    static Payment payment(List<BooksPayment> parts, String customerId, String bankAccountId) {
        Payment twin = payment(parts.get(0), customerId, bankAccountId);
        twin.setTotalAmt(parts.stream().map(part -> part.amount().amount()).reduce(java.math.BigDecimal.ZERO,
                java.math.BigDecimal::add));
        twin.setLine(parts.stream().map(part -> {
            LinkedTxn invoice = new LinkedTxn();
            invoice.setTxnId(part.invoiceId());
            invoice.setTxnType("Invoice");
            Line line = new Line();
            line.setAmount(part.amount().amount());
            line.setLinkedTxn(List.of(invoice));
            return line;
        }).toList());
        return twin;
    }

    static ReferenceType reference(String value) {
        ReferenceType reference = new ReferenceType();
        reference.setValue(value);
        return reference;
    }

    /** The SDK writes dates in the JVM's zone: midnight there is the calendar day itself. */
    static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
