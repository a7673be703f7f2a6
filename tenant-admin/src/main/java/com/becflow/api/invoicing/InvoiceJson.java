package com.becflow.api.invoicing;

import com.becflow.api.MoneyJson;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceLedger;
import com.becflow.invoicing.InvoiceStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record InvoiceJson(String id, String kind, String number, String status, String clientId, String contractId,
                          String creditedInvoiceId, String currency, List<InvoiceLineJson> lines, String reference,
                          String notes, int netDays, boolean partialPayments, MoneyJson minimumPayment,
                          LocalDate issueDate, LocalDate dueDate, Totals totals, Ledger ledger, Instant issuedAt,
                          Instant viewedAt, Instant paidAt, Instant createdAt, Instant updatedAt) {

    public record Totals(MoneyJson subtotal, MoneyJson discount, MoneyJson tax, MoneyJson total) {
    }

    /**
     * total = (paid − refunded − chargedBack − movedToCredit) + credited + writtenOff + balance. {@code excess} is money
     * received beyond what is owed (a negative balance), for the freelancer to give back or keep as the client's credit.
     */
    public record Ledger(MoneyJson total, MoneyJson paid, MoneyJson refunded, MoneyJson chargedBack, MoneyJson movedToCredit,
                         MoneyJson credited, MoneyJson writtenOff, MoneyJson balance, MoneyJson excess) {

        static Ledger from(InvoiceLedger l) {
            return new Ledger(MoneyJson.from(l.total()), MoneyJson.from(l.paid()), MoneyJson.from(l.refunded()),
                    MoneyJson.from(l.chargedBack()), MoneyJson.from(l.movedToCredit()), MoneyJson.from(l.credited()),
                    MoneyJson.from(l.writtenOff()), MoneyJson.from(l.balance()), MoneyJson.from(l.excess()));
        }
    }

    static InvoiceJson from(Invoice i, InvoiceStatus status) {
        var t = i.totals();
        return new InvoiceJson(i.id().toString(), i.kind().name(), i.number().orElse(null), status.name(),
                i.clientId().toString(), i.contractId().map(Object::toString).orElse(null),
                i.creditedInvoiceId().map(Object::toString).orElse(null), i.currency().getCurrencyCode(),
                i.lines().items().stream().map(l -> InvoiceLineJson.from(l, i.currency())).toList(), i.reference(),
                i.notes(), i.netDays(), i.partialPayments(),
                i.content().minimum() == null ? null : MoneyJson.from(i.content().minimum()), i.issueDate(), i.dueDate(),
                new Totals(MoneyJson.from(t.subtotal()), MoneyJson.from(t.discount()), MoneyJson.from(t.tax()),
                        MoneyJson.from(t.total())),
                Ledger.from(i.ledger()), i.issuedAt(), i.viewedAt(), i.paidAt(), i.createdAt(), i.updatedAt());
    }
}
