package com.becflow.api.invoicing;

import com.becflow.api.MoneyJson;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceKind;
import com.becflow.invoicing.InvoiceLedger;
import com.becflow.invoicing.InvoiceOrigin;
import com.becflow.invoicing.InvoiceStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record InvoiceJson(@Schema(implementation = UUID.class, required = true) String id,
                          @Schema(implementation = InvoiceKind.class, required = true) String kind,
                          @Schema(description = "Given when the invoice is issued, e.g. INV-2026-0001") String number,
                          @Schema(implementation = InvoiceStatus.class, required = true) String status,
                          @Schema(implementation = UUID.class, required = true) String clientId,
                          @Schema(implementation = UUID.class) String contractId,
                          @Schema(implementation = UUID.class, description = "A credit note's invoice")
                          String creditedInvoiceId,
                          @Schema(description = "ISO 4217", required = true) String currency,
                          @Schema(required = true) List<InvoiceLineJson> lines, String reference,
                          String notes, int netDays, boolean partialPayments, MoneyJson minimumPayment,
                          LocalDate issueDate, LocalDate dueDate,
                          @Schema(description = "The day the client must have paid by to be on time: under an accepted"
                                  + " payment plan its next installment's, otherwise dueDate; overdue is read from it")
                          LocalDate nextDueDate, @Schema(required = true) Totals totals,
                          @Schema(required = true) Ledger ledger, Instant issuedAt,
                          Instant viewedAt, Instant paidAt, @Schema(required = true) Instant createdAt,
                          @Schema(required = true) Instant updatedAt,
                          @Schema(implementation = UUID.class, description = "The recurring invoice that issued it on "
                                  + "one of its days") String recurringInvoiceId,
                          @Schema(implementation = UUID.class, description = "The package it bills: the package's one "
                                  + "invoice, or a delivered milestone's") String packageId) {

    public record Totals(@Schema(required = true) MoneyJson subtotal, @Schema(required = true) MoneyJson discount,
                         @Schema(required = true) MoneyJson tax, @Schema(required = true) MoneyJson total) {
    }

    /**
     * total + lateFees = (paid − refunded − chargedBack − movedToCredit) + credited + writtenOff + earlyPaymentDiscount +
     * balance. {@code excess} is money received beyond what is owed (a negative balance), for the freelancer to give back
     * or keep as the client's credit.
     */
    @Schema(description = "total + lateFees = (paid - refunded - chargedBack - movedToCredit) + credited + writtenOff "
            + "+ earlyPaymentDiscount + balance; lateFees are those the signed contract charged and were not waived; "
            + "excess is money received beyond what is owed, to give back or keep as the client's credit")
    public record Ledger(@Schema(required = true) MoneyJson total, @Schema(required = true) MoneyJson lateFees,
                         @Schema(required = true) MoneyJson paid,
                         @Schema(required = true) MoneyJson refunded, @Schema(required = true) MoneyJson chargedBack,
                         @Schema(required = true) MoneyJson movedToCredit, @Schema(required = true) MoneyJson credited,
                         @Schema(required = true) MoneyJson writtenOff,
                         @Schema(required = true) MoneyJson earlyPaymentDiscount,
                         @Schema(required = true) MoneyJson balance, @Schema(required = true) MoneyJson excess) {

        static Ledger from(InvoiceLedger l) {
            return new Ledger(MoneyJson.from(l.total()), MoneyJson.from(l.lateFees()), MoneyJson.from(l.paid()),
                    MoneyJson.from(l.refunded()), MoneyJson.from(l.chargedBack()), MoneyJson.from(l.movedToCredit()),
                    MoneyJson.from(l.credited()), MoneyJson.from(l.writtenOff()), MoneyJson.from(l.earlyPaymentDiscount()),
                    MoneyJson.from(l.balance()), MoneyJson.from(l.excess()));
        }
    }

    /** @param origin what issued it on its own, or null for an invoice typed by hand */
    static InvoiceJson from(Invoice i, InvoiceStatus status, InvoiceOrigin origin) {
        var t = i.totals();
        return new InvoiceJson(i.id().toString(), i.kind().name(), i.number().orElse(null), status.name(),
                i.clientId().toString(), i.contractId().map(Object::toString).orElse(null),
                i.creditedInvoiceId().map(Object::toString).orElse(null), i.currency().getCurrencyCode(),
                i.lines().items().stream().map(l -> InvoiceLineJson.from(l, i.currency())).toList(), i.reference(),
                i.notes(), i.netDays(), i.partialPayments(),
                i.content().minimum() == null ? null : MoneyJson.from(i.content().minimum()), i.issueDate(), i.dueDate(),
                i.dueNow(), new Totals(MoneyJson.from(t.subtotal()), MoneyJson.from(t.discount()), MoneyJson.from(t.tax()),
                        MoneyJson.from(t.total())),
                Ledger.from(i.ledger()), i.issuedAt(), i.viewedAt(), i.paidAt(), i.createdAt(), i.updatedAt(),
                from(origin, InvoiceOrigin.Source.RECURRING_INVOICE), from(origin, InvoiceOrigin.Source.PACKAGE_DEAL));
    }

    private static String from(InvoiceOrigin origin, InvoiceOrigin.Source source) {
        return origin != null && origin.source() == source ? origin.id().toString() : null;
    }
}
