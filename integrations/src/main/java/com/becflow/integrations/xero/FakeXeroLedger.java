package com.becflow.integrations.xero;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One organisation's books in the fake, answering as Xero's accounting API documents: contacts unique by name,
 * invoices unique by number with totals worked out from their lines, payments that may not exceed what is due and go
 * into a bank account. A refused object comes back in a {@code ValidationException} with Xero's messages.
 */
final class FakeXeroLedger {

    /** A refusal, answered as Xero's 400 {@code ValidationException} or 404. */
    static final class Refusal extends RuntimeException {
        final int status;
        final JsonNode element;

        Refusal(int status, JsonNode element, String message) {
            super(message);
            this.status = status;
            this.element = element;
        }
    }

    static final ObjectMapper JSON = new ObjectMapper();

    final String organisationId;
    final String name;
    final Map<String, ObjectNode> contacts = new LinkedHashMap<>();
    final Map<String, ObjectNode> invoices = new LinkedHashMap<>();
    final Map<String, ObjectNode> payments = new LinkedHashMap<>();
    final FakeXeroCredits credits = new FakeXeroCredits(this);

    FakeXeroLedger(String organisationId, String name) {
        this.organisationId = organisationId;
        this.name = name;
    }

    ArrayNode accounts() {
        return FakeXeroChart.accounts();
    }

    synchronized ObjectNode saveContact(ObjectNode sent) {
        String id = text(sent, "ContactID");
        ObjectNode contact = id == null ? JSON.createObjectNode() : existing(contacts, id, sent);
        String name = text(sent, "Name") != null ? text(sent, "Name") : text(contact, "Name");
        if (name == null || name.isBlank()) {
            throw refused(sent, "The contact name must be specified.");
        }
        Optional<ObjectNode> sameName = contacts.values().stream()
                .filter(c -> c != contact && name.equalsIgnoreCase(text(c, "Name"))).findFirst();
        if (sameName.isPresent()) {
            throw refused(sent, "The contact name " + name + " is already assigned to another contact. The contact name"
                    + " must be unique across all active contacts.");
        }
        contact.setAll(sent);
        String saved = id == null ? UUID.randomUUID().toString() : id;
        contact.put("ContactID", saved);
        contact.put("UpdatedDateUTC", FakeXeroApi.dotNetDate());
        contacts.put(saved, contact);
        return contact.deepCopy();
    }

    /** All contacts, or those of exactly this name. */
    synchronized ArrayNode contactsNamed(String name) {
        return contacts(name, null, 1, Integer.MAX_VALUE);
    }

    /** Contacts of this name (null: any) changed at or after {@code since} (null: ever), oldest change first, one page. */
    synchronized ArrayNode contacts(String name, java.time.Instant since, int page, int size) {
        ArrayNode found = JSON.createArrayNode();
        contacts.values().stream().filter(c -> name == null || name.equals(text(c, "Name")))
                .filter(c -> since == null || !FakeXeroApi.instantOf(text(c, "UpdatedDateUTC")).isBefore(since))
                .sorted(java.util.Comparator.comparing(c -> FakeXeroApi.instantOf(text(c, "UpdatedDateUTC"))))
                .skip((long) (page - 1) * size).limit(size).forEach(c -> found.add(c.deepCopy()));
        return found;
    }

    synchronized ObjectNode contact(String id) {
        return existing(contacts, id, JSON.createObjectNode()).deepCopy();
    }

    /** The freelancer edits a contact in Xero: the fields given replace theirs. */
    synchronized void changeContact(String id, ObjectNode changes) {
        ObjectNode contact = existing(contacts, id, changes);
        contact.setAll(changes);
        contact.put("UpdatedDateUTC", FakeXeroApi.dotNetDate());
    }

    /**
     * The freelancer deletes a payment in Xero: it stays readable as {@code Status: DELETED} (as Xero answers a payment
     * read since a moment), and its amount is owed on the invoice again.
     */
    synchronized void deletePayment(String id) {
        ObjectNode payment = existing(payments, id, JSON.createObjectNode());
        ObjectNode invoice = invoices.get(text(payment.path("Invoice"), "InvoiceID"));
        BigDecimal amount = decimal(payment, "Amount");
        invoice.put("AmountPaid", decimal(invoice, "AmountPaid").subtract(amount))
                .put("AmountDue", decimal(invoice, "AmountDue").add(amount)).put("Status", "AUTHORISED")
                .put("UpdatedDateUTC", FakeXeroApi.dotNetDate());
        payment.put("Status", "DELETED").put("UpdatedDateUTC", FakeXeroApi.dotNetDate());
    }

    synchronized ObjectNode saveInvoice(ObjectNode sent) {
        String id = text(sent, "InvoiceID");
        ObjectNode invoice = id == null ? JSON.createObjectNode() : existing(invoices, id, sent);
        String contactId = text(sent.path("Contact"), "ContactID");
        if (contactId == null || !contacts.containsKey(contactId)) {
            throw refused(sent, "A valid contact is required.");
        }
        String number = text(sent, "InvoiceNumber");
        if (number != null && invoices.values().stream().anyMatch(other -> other != invoice
                && number.equals(text(other, "InvoiceNumber")) && !"VOIDED".equals(text(other, "Status")))) {
            throw refused(sent, "Invoice # must be unique.");
        }
        String unknown = FakeXeroChart.problemOf(sent);
        if (unknown != null) {
            throw refused(sent, unknown);
        }
        BigDecimal paid = decimal(invoice, "AmountPaid");
        if ("VOIDED".equals(text(sent, "Status")) && paid.signum() > 0) {
            throw refused(sent, "Invoice cannot be voided because it has payments applied. Remove the payments first.");
        }
        if (id != null && paid.signum() > 0 && sent.has("LineItems")) {
            throw refused(sent, "This document cannot be edited as it has a payment or credit note allocated to it.");
        }
        invoice.setAll(sent);
        FakeXeroChart.rate(invoice);
        BigDecimal subTotal = BigDecimal.ZERO;
        BigDecimal tax = BigDecimal.ZERO;
        for (JsonNode line : invoice.path("LineItems")) {
            BigDecimal amount = decimal(line, "Quantity").multiply(decimal(line, "UnitAmount"))
                    .multiply(BigDecimal.ONE.subtract(decimal(line, "DiscountRate").movePointLeft(2)))
                    .setScale(2, RoundingMode.HALF_UP);
            ((ObjectNode) line).put("LineAmount", amount);
            subTotal = subTotal.add(amount);
            tax = tax.add(decimal(line, "TaxAmount"));
        }
        BigDecimal total = subTotal.add(tax);
        String saved = id == null ? UUID.randomUUID().toString() : id;
        invoice.put("InvoiceID", saved).put("SubTotal", subTotal).put("TotalTax", tax).put("Total", total)
                .put("AmountPaid", paid).put("AmountDue", total.subtract(paid));
        invoice.put("UpdatedDateUTC", FakeXeroApi.dotNetDate());
        invoices.put(saved, invoice);
        return invoice.deepCopy();
    }

    synchronized ObjectNode savePayment(ObjectNode sent) {
        if (sent.hasNonNull("CreditNote")) {
            return credits.refund(sent);
        }
        String invoiceId = text(sent.path("Invoice"), "InvoiceID");
        ObjectNode invoice = invoiceId == null ? null : invoices.get(invoiceId);
        if (invoice == null) {
            throw refused(sent, "Invoice could not be found");
        }
        if (!"AUTHORISED".equals(text(invoice, "Status"))) {
            throw refused(sent, "Payment can only be made against Authorised documents");
        }
        bankAccount(sent);
        BigDecimal amount = decimal(sent, "Amount");
        BigDecimal due = decimal(invoice, "AmountDue");
        if (amount.signum() <= 0 || amount.compareTo(due) > 0) {
            throw refused(sent, "Payment amount exceeds the amount outstanding on this document");
        }
        ObjectNode payment = sent.deepCopy();
        String id = UUID.randomUUID().toString();
        payment.put("PaymentID", id).put("Status", "AUTHORISED").put("PaymentType", "ACCRECPAYMENT")
                .put("Date", FakeXeroApi.dotNetDate(text(sent, "Date")))
                .put("UpdatedDateUTC", FakeXeroApi.dotNetDate());
        ObjectNode summary = payment.putObject("Invoice");
        summary.put("InvoiceID", invoiceId).put("InvoiceNumber", text(invoice, "InvoiceNumber"))
                .put("CurrencyCode", text(invoice, "CurrencyCode"));
        payments.put(id, payment);
        BigDecimal paid = decimal(invoice, "AmountPaid").add(amount);
        invoice.put("AmountPaid", paid).put("AmountDue", due.subtract(amount));
        if (due.subtract(amount).signum() == 0) {
            invoice.put("Status", "PAID");
        }
        return payment.deepCopy();
    }

    /** Refuses a payment whose account is not a bank account, as Xero does. */
    void bankAccount(JsonNode sent) {
        String account = text(sent.path("Account"), "Code");
        boolean bank = false;
        for (JsonNode a : accounts()) {
            bank |= "BANK".equals(a.path("Type").asText()) && a.path("Code").asText().equals(account);
        }
        if (!bank) {
            throw refused(sent, "Account type is invalid for making a payment to/from");
        }
    }

    /** Payments changed at or after {@code since}, oldest change first, one page of {@code size}. */
    synchronized ArrayNode paymentsChangedSince(java.time.Instant since, String type, int page, int size) {
        ArrayNode changed = JSON.createArrayNode();
        payments.values().stream().filter(p -> type == null || type.equals(text(p, "PaymentType")))
                .filter(p -> since == null || !FakeXeroApi.instantOf(text(p, "UpdatedDateUTC")).isBefore(since))
                .sorted(java.util.Comparator.comparing(p -> FakeXeroApi.instantOf(text(p, "UpdatedDateUTC"))))
                .skip((long) (page - 1) * size).limit(size).forEach(p -> changed.add(p.deepCopy()));
        return changed;
    }

    synchronized List<ObjectNode> all(Map<String, ObjectNode> objects) {
        List<ObjectNode> copies = new ArrayList<>();
        objects.values().forEach(o -> copies.add(o.deepCopy()));
        return copies;
    }

    private static ObjectNode existing(Map<String, ObjectNode> objects, String id, JsonNode sent) {
        ObjectNode found = objects.get(id);
        if (found == null) {
            throw new Refusal(404, sent, "The resource you're looking for cannot be found");
        }
        return found;
    }

    static Refusal refused(JsonNode sent, String message) {
        ObjectNode element = sent.deepCopy();
        ObjectNode error = JSON.createObjectNode().put("Message", message);
        element.putArray("ValidationErrors").add(error);
        return new Refusal(400, element, message);
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    static BigDecimal decimal(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? BigDecimal.ZERO : new BigDecimal(value.asText());
    }
}
