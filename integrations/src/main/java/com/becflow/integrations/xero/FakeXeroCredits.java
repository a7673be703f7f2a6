package com.becflow.integrations.xero;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One organisation's sales credit notes in the fake, as Xero's accounting API documents them: {@code ACCRECCREDIT}
 * credit notes on a contact with totals from their lines and a {@code RemainingCredit}; allocations to an authorised
 * invoice of the same contact, no more than the invoice owes nor than the credit left (the invoice's
 * {@code AmountCredited} and {@code AmountDue} follow, {@code PAID} at nothing due); refunds, payments out of a bank
 * account on a credit note ({@code ARCREDITPAYMENT}), no more than the credit left. Locked by its ledger.
 */
final class FakeXeroCredits {

    private final FakeXeroLedger ledger;
    final Map<String, ObjectNode> creditNotes = new LinkedHashMap<>();

    FakeXeroCredits(FakeXeroLedger ledger) {
        this.ledger = ledger;
    }

    ObjectNode save(ObjectNode sent) {
        synchronized (ledger) {
            if (!"ACCRECCREDIT".equals(FakeXeroLedger.text(sent, "Type"))) {
                throw FakeXeroLedger.refused(sent, "Only sales credit notes (ACCRECCREDIT) are kept by this fake");
            }
            String contactId = FakeXeroLedger.text(sent.path("Contact"), "ContactID");
            if (contactId == null || !ledger.contacts.containsKey(contactId)) {
                throw FakeXeroLedger.refused(sent, "A valid contact is required.");
            }
            String number = FakeXeroLedger.text(sent, "CreditNoteNumber");
            if (number != null && creditNotes.values().stream()
                    .anyMatch(other -> number.equals(FakeXeroLedger.text(other, "CreditNoteNumber")))) {
                throw FakeXeroLedger.refused(sent, "Credit Note # must be unique.");
            }
            String unknown = FakeXeroChart.problemOf(sent);
            if (unknown != null) {
                throw FakeXeroLedger.refused(sent, unknown);
            }
            ObjectNode note = sent.deepCopy();
            BigDecimal subTotal = BigDecimal.ZERO;
            BigDecimal tax = BigDecimal.ZERO;
            for (JsonNode line : note.path("LineItems")) {
                BigDecimal amount = FakeXeroLedger.decimal(line, "Quantity").multiply(FakeXeroLedger.decimal(line, "UnitAmount"))
                        .multiply(BigDecimal.ONE.subtract(FakeXeroLedger.decimal(line, "DiscountRate").movePointLeft(2)))
                        .setScale(2, RoundingMode.HALF_UP);
                ((ObjectNode) line).put("LineAmount", amount);
                subTotal = subTotal.add(amount);
                tax = tax.add(FakeXeroLedger.decimal(line, "TaxAmount"));
            }
            String id = UUID.randomUUID().toString();
            BigDecimal total = subTotal.add(tax);
            note.put("CreditNoteID", id).put("SubTotal", subTotal).put("TotalTax", tax).put("Total", total)
                    .put("RemainingCredit", total).put("Date", FakeXeroApi.dotNetDate(FakeXeroLedger.text(sent, "Date")))
                    .put("UpdatedDateUTC", FakeXeroApi.dotNetDate());
            if (number == null) {
                note.put("CreditNoteNumber", "CN-" + (creditNotes.size() + 1));
            }
            note.putArray("Allocations");
            creditNotes.put(id, note);
            return note.deepCopy();
        }
    }

    ArrayNode allocate(String creditNoteId, JsonNode sent) {
        synchronized (ledger) {
            ObjectNode note = creditNotes.get(creditNoteId);
            if (note == null) {
                throw new FakeXeroLedger.Refusal(404, sent, "The resource you're looking for cannot be found");
            }
            ArrayNode answered = FakeXeroLedger.JSON.createArrayNode();
            JsonNode items = sent.has("Allocations") ? sent.get("Allocations") : FakeXeroLedger.JSON.createArrayNode().add(sent);
            for (JsonNode item : items) {
                ObjectNode invoice = ledger.invoices.get(FakeXeroLedger.text(item.path("Invoice"), "InvoiceID"));
                if (invoice == null || !"AUTHORISED".equals(FakeXeroLedger.text(invoice, "Status"))) {
                    throw FakeXeroLedger.refused(item, "Credit notes can only be allocated to Authorised invoices");
                }
                if (!FakeXeroLedger.text(invoice.path("Contact"), "ContactID")
                        .equals(FakeXeroLedger.text(note.path("Contact"), "ContactID"))) {
                    throw FakeXeroLedger.refused(item, "The credit note and invoice must be for the same contact");
                }
                BigDecimal amount = FakeXeroLedger.decimal(item, "Amount");
                BigDecimal due = FakeXeroLedger.decimal(invoice, "AmountDue");
                BigDecimal left = FakeXeroLedger.decimal(note, "RemainingCredit");
                if (amount.signum() <= 0 || amount.compareTo(due) > 0 || amount.compareTo(left) > 0) {
                    throw FakeXeroLedger.refused(item, "The amount being allocated exceeds the amount outstanding");
                }
                invoice.put("AmountCredited", FakeXeroLedger.decimal(invoice, "AmountCredited").add(amount))
                        .put("AmountDue", due.subtract(amount)).put("UpdatedDateUTC", FakeXeroApi.dotNetDate());
                if (due.subtract(amount).signum() == 0) {
                    invoice.put("Status", "PAID");
                }
                spend(note, amount);
                ObjectNode allocation = ((ObjectNode) item).deepCopy();
                allocation.put("AllocationID", UUID.randomUUID().toString())
                        .put("Date", FakeXeroApi.dotNetDate(FakeXeroLedger.text(item, "Date")));
                allocation.putObject("CreditNote").put("CreditNoteID", creditNoteId);
                ((ArrayNode) note.get("Allocations")).add(allocation.deepCopy());
                answered.add(allocation);
            }
            return answered;
        }
    }

    /** A refund: money paid out of the bank on the credit note. */
    ObjectNode refund(ObjectNode sent) {
        synchronized (ledger) {
            ObjectNode note = creditNotes.get(FakeXeroLedger.text(sent.path("CreditNote"), "CreditNoteID"));
            if (note == null) {
                throw FakeXeroLedger.refused(sent, "Credit note could not be found");
            }
            if (!"AUTHORISED".equals(FakeXeroLedger.text(note, "Status"))) {
                throw FakeXeroLedger.refused(sent, "Payment can only be made against Authorised documents");
            }
            ledger.bankAccount(sent);
            BigDecimal amount = FakeXeroLedger.decimal(sent, "Amount");
            if (amount.signum() <= 0 || amount.compareTo(FakeXeroLedger.decimal(note, "RemainingCredit")) > 0) {
                throw FakeXeroLedger.refused(sent, "Payment amount exceeds the amount outstanding on this document");
            }
            spend(note, amount);
            ObjectNode payment = sent.deepCopy();
            String id = UUID.randomUUID().toString();
            payment.put("PaymentID", id).put("Status", "AUTHORISED").put("PaymentType", "ARCREDITPAYMENT")
                    .put("Date", FakeXeroApi.dotNetDate(FakeXeroLedger.text(sent, "Date")))
                    .put("UpdatedDateUTC", FakeXeroApi.dotNetDate());
            payment.putObject("CreditNote").put("CreditNoteID", FakeXeroLedger.text(note, "CreditNoteID"))
                    .put("CreditNoteNumber", FakeXeroLedger.text(note, "CreditNoteNumber"));
            ledger.payments.put(id, payment);
            return payment.deepCopy();
        }
    }

    private static void spend(ObjectNode note, BigDecimal amount) {
        BigDecimal left = FakeXeroLedger.decimal(note, "RemainingCredit").subtract(amount);
        note.put("RemainingCredit", left).put("UpdatedDateUTC", FakeXeroApi.dotNetDate());
        if (left.signum() == 0) {
            note.put("Status", "PAID");
        }
    }
}
