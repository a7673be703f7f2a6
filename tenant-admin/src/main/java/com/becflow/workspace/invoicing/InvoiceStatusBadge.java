package com.becflow.workspace.invoicing;

import com.becflow.invoicing.InvoiceStatus;
import com.becflow.invoicing.PaymentKind;
import com.becflow.invoicing.recurring.RecurringStatus;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/**
 * Statuses and ledger entries as Lumo badges, coloured by what they ask of the freelancer: grey for a draft,
 * blue while waiting for the client, green for money in (or a recurring invoice that issues), yellow for a disputed
 * payment or a paused recurring invoice, red for what went wrong.
 */
final class InvoiceStatusBadge {

    private InvoiceStatusBadge() {
    }

    static Span of(InvoiceStatus status) {
        Span badge = new Span();
        apply(badge, status);
        return badge;
    }

    static void apply(Span badge, InvoiceStatus status) {
        badge.setText(status.label().toLowerCase(Locale.ROOT));
        badge.getElement().setAttribute("theme", switch (status) {
            case DRAFT -> "badge contrast";
            case ISSUED, VIEWED -> "badge";
            case PARTIALLY_PAID -> "badge success";
            case PAID -> "badge success primary";
            case OVERDUE, UNCOLLECTIBLE -> "badge error";
            case VOID -> "badge contrast";
        });
    }

    /** A recurring invoice's status: green while it issues, yellow when paused (it waits for the freelancer). */
    static Span of(RecurringStatus status) {
        Span badge = new Span(status.name().toLowerCase(Locale.ROOT));
        badge.getElement().setAttribute("theme", switch (status) {
            case ACTIVE -> "badge success";
            case PAUSED -> "badge warning";
            case ENDED -> "badge contrast";
        });
        return badge;
    }

    static Span of(PaymentKind kind) {
        Span badge = new Span(switch (kind) {
            case PAYMENT -> "payment";
            case REFUND -> "refund";
            case CHARGEBACK -> "chargeback";
            case CHARGEBACK_REVERSAL -> "chargeback reversed";
            case MOVED_TO_CREDIT -> "kept as credit";
            case LATE_FEE -> "late fee";
            case LATE_FEE_WAIVER -> "late fee waived";
            case EARLY_PAYMENT_DISCOUNT -> "early-payment discount";
            case PAYMENT_REVERSAL -> "payment reversed";
        });
        badge.getElement().setAttribute("theme", switch (kind) {
            case PAYMENT, CHARGEBACK_REVERSAL -> "badge success";
            case REFUND, MOVED_TO_CREDIT, LATE_FEE_WAIVER, EARLY_PAYMENT_DISCOUNT -> "badge contrast";
            case CHARGEBACK, LATE_FEE, PAYMENT_REVERSAL -> "badge warning";
        });
        if (kind == PaymentKind.CHARGEBACK) {
            badge.setTitle("Disputed: the client's bank took this money back");
        }
        return badge;
    }
}
