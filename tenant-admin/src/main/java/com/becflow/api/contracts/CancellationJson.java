package com.becflow.api.contracts;

import com.becflow.api.MoneyJson;
import com.becflow.invoicing.app.CancellationSteps;
import com.becflow.invoicing.app.EngagementCancellations;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What cancelling a signed engagement came to under its cancellation clause, and what it did: {@code paid} is what
 * was paid towards the fee before, {@code invoiced} what is kept beyond it, {@code refunded} what was paid beyond it.
 */
@Schema(description = "kept = percentKept of fee; paid is what was paid towards the fee before the cancellation; "
        + "invoiced = kept - paid when positive, refunded = paid - kept when positive")
public record CancellationJson(@Schema(implementation = UUID.class, required = true) String contractId,
                               @Schema(required = true) LocalDate startDate, @Schema(required = true) LocalDate cancelledOn,
                               @Schema(description = "Negative once the start date has passed", required = true)
                               long daysBeforeStart,
                               @Schema(description = "The tier that applied; absent when the cancellation came later than"
                                       + " every tier and the full fee is kept") Integer tierDaysBeforeStart,
                               @Schema(required = true) String percentKept, @Schema(required = true) MoneyJson fee,
                               @Schema(required = true) MoneyJson kept,
                               @Schema(required = true) MoneyJson paid,
                               @Schema(required = true) MoneyJson invoiced, @Schema(required = true) MoneyJson refunded,
                               @Schema(implementation = UUID.class, description = "The invoice for what is kept beyond what was paid")
                               String feeInvoiceId,
                               @Schema(description = "Ids of the invoices under the contract voided or credited",
                                       required = true) List<String> closedInvoiceIds,
                               @Schema(description = "Refunds of payments still to be made by hand (the provider refused)",
                                       required = true) List<RefundLeft> refundsNotMade,
                               @Schema(description = "The calculation in words, as the client's mail and the evidence say it",
                                       required = true) String explanation) {

    public record RefundLeft(@Schema(implementation = UUID.class, required = true) String invoiceId,
                             @Schema(implementation = UUID.class, required = true) String paymentId,
                             @Schema(required = true) MoneyJson amount) {
    }

    static CancellationJson from(EngagementCancellations.Outcome o) {
        var q = o.quote();
        return new CancellationJson(o.contract().id().toString(), q.startDate(), q.cancelledOn(), q.daysBeforeStart(),
                q.tier() == null ? null : q.tier().daysBeforeStart(), q.percentKept().stripTrailingZeros().toPlainString(),
                MoneyJson.from(q.fee()), MoneyJson.from(q.kept()), MoneyJson.from(q.paid()), MoneyJson.from(q.toInvoice()),
                MoneyJson.from(q.toRefund()), o.feeInvoice() == null ? null : o.feeInvoice().id().toString(),
                o.closed().stream().map(Object::toString).toList(),
                o.refundsNotMade().stream().map(CancellationJson::left).toList(), q.explain());
    }

    private static RefundLeft left(CancellationSteps.PlannedRefund r) {
        return new RefundLeft(r.invoice().toString(), r.payment().toString(), MoneyJson.from(r.amount()));
    }
}
