package com.becflow.integrations.quickbooks;

import com.becflow.accounting.BooksConflict;
import com.becflow.accounting.BooksRefused;
import com.becflow.accounting.BooksRemoteContact;
import com.becflow.accounting.BooksRemotePayment;
import com.becflow.shared.money.Money;
import com.intuit.ipp.core.IEntity;
import com.intuit.ipp.data.Customer;
import com.intuit.ipp.data.EntityStatusEnum;
import com.intuit.ipp.data.Invoice;
import com.intuit.ipp.data.ModificationMetaData;
import com.intuit.ipp.data.Payment;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * What changed in a QuickBooks company, read through Intuit's change data capture ({@code GET cdc?entities=...&
 * changedSince=...}, the SDK's {@code executeCDCQuery}): customers and payments changed since a moment, and those
 * deleted there, which come back with status {@code Deleted} and no more than their id. QuickBooks answers for at most
 * the last 30 days (and 1,000 objects of a kind), so an older watermark is read from 30 days back.
 */
final class QuickBooksChanges {

    /** How far back QuickBooks' change data capture reaches. */
    static final Duration REACH = Duration.ofDays(30);

    private final Clock clock;

    QuickBooksChanges(Clock clock) {
        this.clock = clock;
    }

    List<BooksRemoteContact> contacts(QuickBooksCompany company, Instant since) {
        List<BooksRemoteContact> changed = new ArrayList<>();
        for (IEntity entity : company.changedSince(List.of(new Customer()), changedSince(since))) {
            if (entity instanceof Customer customer && customer.getStatus() != EntityStatusEnum.DELETED) {
                changed.add(remote(customer, since));
            }
        }
        changed.sort(Comparator.comparing(BooksRemoteContact::updatedAt));
        return changed;
    }

    /** The customer as QuickBooks keeps it now; empty when it has none of that id. */
    static Optional<BooksRemoteContact> contact(QuickBooksCompany company, String id) {
        Customer byId = new Customer();
        byId.setId(id);
        try {
            return Optional.ofNullable(company.read(byId)).map(c -> remote(c, Instant.EPOCH));
        } catch (BooksRefused e) {
            if (e.kind() == BooksConflict.Kind.DELETED_IN_BOOKS) {
                return Optional.empty();
            }
            throw e;
        }
    }

    List<BooksRemotePayment> payments(QuickBooksCompany company, Instant since) {
        List<BooksRemotePayment> changed = new ArrayList<>();
        for (IEntity entity : company.changedSince(List.of(new Payment()), changedSince(since))) {
            if (!(entity instanceof Payment payment)) {
                continue;
            }
            Instant updated = updatedAt(payment.getMetaData(), since);
            if (payment.getStatus() == EntityStatusEnum.DELETED) {
                changed.add(new BooksRemotePayment(payment.getId(), null, null, null, null, true, updated));
                continue;
            }
            if (payment.getTotalAmt() == null || payment.getTotalAmt().signum() == 0) {
                continue; // a credit memo applied to an invoice (Becflow's credit notes are applied so): no money came in
            }
            String invoiceId = payment.getLine() == null ? null : payment.getLine().stream()
                    .flatMap(line -> line.getLinkedTxn() == null ? java.util.stream.Stream.empty() : line.getLinkedTxn().stream())
                    .filter(linked -> "Invoice".equalsIgnoreCase(linked.getTxnType())).map(linked -> linked.getTxnId())
                    .findFirst().orElse(null);
            Optional<Currency> currency = currencyOf(company, payment, invoiceId);
            if (currency.isEmpty()) {
                continue;
            }
            changed.add(new BooksRemotePayment(payment.getId(), invoiceId,
                    payment.getTxnDate().toInstant().atZone(ZoneOffset.UTC).toLocalDate(),
                    new Money(payment.getTotalAmt().setScale(Money.minorDigits(currency.get()), RoundingMode.HALF_UP),
                            currency.get()), payment.getPaymentRefNum(), false, updated));
        }
        changed.sort(Comparator.comparing(BooksRemotePayment::updatedAt));
        return changed;
    }

    /** ISO 8601 to the second, in UTC, and never further back than QuickBooks reaches. */
    private String changedSince(Instant since) {
        Instant earliest = clock.instant().minus(REACH).plus(Duration.ofMinutes(1));
        Instant from = since.isBefore(earliest) ? earliest : since;
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(from.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
    }

    /**
     * QuickBooks masks tax identifiers in what it answers, so a customer's tax number is not read back (null); an empty
     * detail is kept there, and empty.
     */
    private static BooksRemoteContact remote(Customer customer, Instant otherwise) {
        String person = (text(customer.getGivenName()) + " " + text(customer.getFamilyName())).strip();
        String email = customer.getPrimaryEmailAddr() == null ? "" : text(customer.getPrimaryEmailAddr().getAddress());
        String country = customer.getBillAddr() == null ? "" : text(customer.getBillAddr().getCountry());
        return new BooksRemoteContact(customer.getId(), text(customer.getDisplayName()), person, email, null, country,
                Boolean.FALSE.equals(customer.isActive()), updatedAt(customer.getMetaData(), otherwise));
    }

    private static Instant updatedAt(ModificationMetaData meta, Instant otherwise) {
        return meta == null || meta.getLastUpdatedTime() == null ? otherwise : meta.getLastUpdatedTime().toInstant();
    }

    /** The payment's currency, else its invoice's: a company without multicurrency names it only on the invoice. */
    private static Optional<Currency> currencyOf(QuickBooksCompany company, Payment payment, String invoiceId) {
        if (payment.getCurrencyRef() != null) {
            return Optional.of(Currency.getInstance(payment.getCurrencyRef().getValue()));
        }
        if (invoiceId == null) {
            return Optional.empty();
        }
        Invoice byId = new Invoice();
        byId.setId(invoiceId);
        Invoice invoice = company.read(byId);
        return invoice == null || invoice.getCurrencyRef() == null ? Optional.empty()
                : Optional.of(Currency.getInstance(invoice.getCurrencyRef().getValue()));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
