package com.becflow.accounting;

import com.becflow.clients.Client;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceLine;
import com.becflow.invoicing.InvoiceStatus;
import com.becflow.invoicing.Payment;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * How Becflow's objects look in the books, and the fingerprint of that look: an object is pushed again only when its
 * fingerprint changed, and its idempotency key is made from the fingerprint, so a repeated call is the same call.
 */
public final class BooksTwins {

    private BooksTwins() {
    }

    public static BooksContact contact(Client client) {
        boolean hasCompany = client.company() != null && !client.company().isBlank();
        String country = client.billingAddress() == null ? null : client.billingAddress().country();
        return new BooksContact(client.id(), hasCompany ? client.company().trim() : client.name().trim(),
                hasCompany ? client.name().trim() : null, client.email(), client.taxId(), country, client.archived(),
                client.currency());
    }

    public static BooksInvoice invoice(Invoice invoice, String contactId) {
        List<BooksLine> lines = invoice.lines().items().stream().map(line -> line(line, invoice)).toList();
        return new BooksInvoice(invoice.id(), invoice.number().orElseThrow(), contactId, invoice.issueDate(),
                invoice.dueDate(), lines, invoice.total(), invoice.reference(), invoice.status() == InvoiceStatus.VOID);
    }

    private static BooksLine line(InvoiceLine line, Invoice invoice) {
        return new BooksLine(line.description(), line.quantity(), line.unitPrice(), line.discountPercent(),
                line.tax(invoice.currency()).amount(), line.taxName(), line.taxRate());
    }

    public static BooksPayment payment(Payment payment, String invoiceId) {
        return new BooksPayment(payment.id(), invoiceId, payment.receivedOn(), payment.amount(), payment.reference());
    }

    public static BooksCreditNote creditNote(Invoice creditNote, String contactId, String creditedInvoiceId) {
        List<BooksLine> lines = creditNote.lines().items().stream().map(line -> line(line, creditNote)).toList();
        return new BooksCreditNote(creditNote.id().value(), creditNote.number().orElseThrow(), contactId,
                creditedInvoiceId, creditNote.issueDate(), lines, creditNote.total(), creditNote.reference());
    }

    /**
     * An early-payment discount as an adjusting credit on its invoice: a credit note of one line without tax, numbered
     * after the invoice ({@code INV-7-DISC}), so the books close the invoice as Becflow did.
     */
    public static BooksCreditNote discount(Payment discount, String invoiceNumber, String contactId, String invoiceId) {
        BooksLine line = new BooksLine("Early-payment discount", java.math.BigDecimal.ONE, discount.amount().amount(),
                null, java.math.BigDecimal.ZERO, null);
        return new BooksCreditNote(discount.id().value(), invoiceNumber + "-DISC", contactId, invoiceId,
                discount.receivedOn(), List.of(line), discount.amount(), discount.reference());
    }

    /**
     * A late fee as an invoice of its own for the fee ({@code INV-7-FEE1} for the invoice's first fee), due at once and
     * without tax: a charge on top of the issued invoice, not a sale line of it, whose twin keeps its own total.
     */
    public static BooksInvoice lateFee(Payment fee, String number, String contactId) {
        BooksLine line = new BooksLine("Late fee: " + fee.reference(), java.math.BigDecimal.ONE, fee.amount().amount(),
                null, java.math.BigDecimal.ZERO, null);
        return new BooksInvoice(fee.invoiceId(), number, contactId, fee.receivedOn(), fee.receivedOn(), List.of(line),
                fee.amount(), fee.reference(), false);
    }

    /** A late fee waived: a credit note for the fee ({@code INV-7-FEE1-WAIVED}) allocated to the fee's own twin. */
    public static BooksCreditNote waiver(Payment waiver, String feeNumber, String contactId, String feeInvoiceId) {
        BooksLine line = new BooksLine("Late fee waived", java.math.BigDecimal.ONE, waiver.amount().amount(), null,
                java.math.BigDecimal.ZERO, null);
        return new BooksCreditNote(waiver.id().value(), feeNumber + "-WAIVED", contactId, feeInvoiceId,
                waiver.receivedOn(), List.of(line), waiver.amount(), waiver.reference());
    }

    public static BooksRefund refund(Payment givenBack, String invoiceId, String contactId, String creditNoteId) {
        return new BooksRefund(givenBack.id(), invoiceId, contactId, givenBack.receivedOn(), givenBack.amount(),
                givenBack.reference(), givenBack.kind() == com.becflow.invoicing.PaymentKind.CHARGEBACK, creditNoteId);
    }

    public static String fingerprint(BooksCreditNote creditNote) {
        return sha256(creditNote.fingerprintText());
    }

    public static String fingerprint(BooksRefund refund) {
        return sha256(refund.fingerprintText());
    }

    /** A payment spread over an invoice's twin and its fees' twins: the parts in order. */
    public static String fingerprint(List<BooksPayment> parts) {
        return sha256(parts.stream().map(BooksPayment::fingerprintText).collect(java.util.stream.Collectors.joining("\u001d")));
    }

    public static String fingerprint(BooksContact contact) {
        return sha256(contact.fingerprintText());
    }

    public static String fingerprint(BooksInvoice invoice) {
        return sha256(invoice.fingerprintText());
    }

    public static String fingerprint(BooksPayment payment) {
        return sha256(payment.fingerprintText());
    }

    /** Within the 128 characters Xero takes, the same for the same object and content. */
    public static String idempotencyKey(BooksObject object, java.util.UUID localId, String fingerprint) {
        return "becflow-" + object.name().toLowerCase(java.util.Locale.ROOT) + "-" + localId + "-"
                + fingerprint.substring(0, 32);
    }

    /**
     * The key of one batch call: made from its members' keys in order, so the same objects sent again in the same batch
     * are the same call (a pass builds its batches from the objects not yet in the books, oldest first, so a batch whose
     * answer was lost is rebuilt alike unless newer objects joined its end).
     */
    public static String batchKey(BooksObject object, java.util.List<String> memberKeys) {
        return "becflow-" + object.name().toLowerCase(java.util.Locale.ROOT) + "-batch-" + memberKeys.size() + "-"
                + sha256(String.join("\n", memberKeys)).substring(0, 48);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
