package com.becflow.portal;

import static com.becflow.portal.PortalDays.DAY;

import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceStatus;
import com.becflow.invoicing.app.InvoicePortalView;
import com.becflow.invoicing.plans.InstallmentStatus;
import com.becflow.invoicing.plans.app.PlanDetails;
import com.becflow.shared.money.MoneyText;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;

/**
 * The line under an invoice's heading in the portal: what is owed and by when, or that it is paid or closed. While the
 * client disputes part of it, what is owed is the undisputed rest, and what is under dispute is said beside it.
 */
final class InvoiceStatusLine {

    private InvoiceStatusLine() {
    }

    /** @param plan an accepted plan, whose installments' due dates say where the invoice stands, not its own */
    static Component of(InvoicePortalView view, Optional<PlanDetails> plan) {
        Optional<String> planLabel = plan.filter(p -> view.status() != InvoiceStatus.PAID)
                .flatMap(PlanSchedulePanel::statusLabel);
        Span status = new Span(planLabel.map(label -> label + disputedSuffix(view)).orElseGet(() -> statusLabel(view)));
        status.setId("invoice-status");
        boolean good = view.status() == InvoiceStatus.PAID;
        boolean late = planLabel.isPresent() ? plan.get().statement().installments().stream()
                .anyMatch(i -> i.status() == InstallmentStatus.OVERDUE)
                : view.status() == InvoiceStatus.OVERDUE;
        status.getStyle().set("display", "inline-block").set("align-self", "flex-start")
                .set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("font-size", "var(--lumo-font-size-s)").set("font-weight", "500")
                .set("background", good ? "var(--lumo-success-color-10pct)" : late ? "var(--lumo-error-color-10pct)"
                        : "var(--lumo-contrast-10pct)")
                .set("color", good ? "var(--lumo-success-text-color)" : late ? "var(--lumo-error-text-color)"
                        : "var(--lumo-body-text-color)");
        return status;
    }

    private static String statusLabel(InvoicePortalView view) {
        Invoice invoice = view.invoice();
        if (view.status().open() && view.whollyDisputed()) {
            return "Under dispute · " + MoneyText.of(view.disputed().rounded()) + " not asked for until "
                    + view.freelancerName() + " answers";
        }
        String balance = MoneyText.of(view.payableNow());
        String due = invoice.followsPlan() ? "next installment due " + DAY.format(invoice.dueNow())
                : invoice.netDays() == 0 ? "due on receipt" : "due " + DAY.format(invoice.dueDate());
        String label = switch (view.status()) {
            case ISSUED, VIEWED -> balance + " " + due;
            case PARTIALLY_PAID -> "Partly paid · " + balance + " still open, " + due;
            case OVERDUE -> "Overdue · " + (invoice.followsPlan() ? "an installment" : balance) + " was due "
                    + DAY.format(invoice.dueNow());
            case PAID -> "Paid";
            case VOID -> "Cancelled";
            case UNCOLLECTIBLE -> "Closed";
            case DRAFT -> "Not issued";
        };
        return label + disputedSuffix(view);
    }

    private static String disputedSuffix(InvoicePortalView view) {
        return view.status().open() && view.disputed().isPositive()
                ? " · " + MoneyText.of(view.disputed().rounded()) + " under dispute" : "";
    }
}
