package com.becflow.portal;

import static com.becflow.portal.PortalDays.DAY;

import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceStatus;
import com.becflow.invoicing.packages.Milestone;
import com.becflow.invoicing.packages.PackageBilling;
import com.becflow.invoicing.packages.PackageDeal;
import com.becflow.invoicing.packages.app.PackageProgress;
import com.becflow.shared.money.Money;
import com.becflow.shared.money.MoneyText;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The package deal an invoice belongs to, on that invoice's page: the package's price and how it is billed, each
 * milestone delivered or still in progress (and, billed per milestone, its share and whether its invoice is paid), which
 * of them is the invoice the client is looking at, and how much of what was invoiced is paid. It only reports; paying
 * stays with the invoice's own panels.
 */
final class PackagePanel {

    private PackagePanel() {
    }

    /** @param shown the invoice whose page this is, marked "this invoice" */
    static Component of(PackageProgress progress, InvoiceId shown) {
        PackageDeal deal = progress.deal();
        H2 title = new H2("Package: " + deal.title());
        title.setId("package-title");
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin-top", "0");
        Div panel = PortalLayout.card(title);
        panel.setId("package-panel");

        Paragraph summary = new Paragraph(summary(deal));
        summary.setId("package-summary");
        summary.getStyle().set("margin-top", "0");
        if (deal.billing() == PackageBilling.BY_PLAN && deal.invoice().filter(shown::equals).isPresent()) {
            summary.add(new Span(" "), thisInvoice());
        }
        panel.add(summary);
        deal.cancellation().ifPresent(c -> {
            Paragraph cancelled = new Paragraph(cancelled(c));
            cancelled.setId("package-cancelled");
            cancelled.getStyle().set("color", "var(--lumo-error-text-color)").set("margin-top", "0");
            panel.add(cancelled);
        });

        OrderedList steps = new OrderedList();
        steps.setId("package-milestones");
        // Numbered in the titles: a flex row is no longer a list item the browser numbers.
        steps.getStyle().set("list-style", "none").set("padding", "0").set("margin", "0");
        for (PackageProgress.Step step : progress.steps()) {
            steps.add(row(deal, step, shown));
        }
        panel.add(steps);

        Paragraph totals = new Paragraph(totals(progress));
        totals.setId("package-totals");
        totals.getStyle().set("font-weight", "500").set("margin-bottom", "0");
        panel.add(totals);
        settled(progress).ifPresent(text -> {
            Paragraph paid = new Paragraph(text);
            paid.setId("package-paid");
            paid.getStyle().set("color", "var(--lumo-success-text-color)").set("font-weight", "500")
                    .set("margin-bottom", "0");
            panel.add(paid);
        });
        return panel;
    }

    /** "EUR 6,000.00 in all plus 19% VAT, billed per milestone on delivery". */
    static String summary(PackageDeal deal) {
        BigDecimal rate = deal.taxRate();
        String tax = rate == null || rate.signum() == 0 ? ""
                : " plus " + rate.stripTrailingZeros().toPlainString() + "% "
                + (deal.taxName() == null || deal.taxName().isBlank() ? "tax" : deal.taxName());
        return MoneyText.of(deal.price().rounded()) + " in all" + tax + ", " + switch (deal.billing()) {
            case PER_MILESTONE -> "billed per milestone on delivery";
            case BY_PLAN -> "billed as one invoice, payable at once or by a plan";
        };
    }

    /** "This package was called off: the launch moved. What was not delivered is not invoiced." */
    static String cancelled(PackageDeal.Cancellation cancellation) {
        return "This package was called off" + (cancellation.reason() == null ? "" : ": " + cancellation.reason())
                + (cancellation.reason() != null && cancellation.reason().endsWith(".") ? "" : ".")
                + " What was not delivered is not invoiced.";
    }

    /** "2 of 4 milestones delivered · EUR 2,380.00 paid of EUR 2,380.00 invoiced" (invoiced amounts include tax). */
    static String totals(PackageProgress progress) {
        int count = progress.steps().size();
        long delivered = progress.steps().stream().filter(s -> s.milestone().delivered()).count();
        String work = delivered + " of " + count + (count == 1 ? " milestone" : " milestones") + " delivered";
        if (progress.invoices().isEmpty()) {
            return work + " · nothing invoiced yet";
        }
        return work + " · " + MoneyText.of(progress.paid().rounded()) + " paid of "
                + MoneyText.of(progress.invoiced().rounded()) + " invoiced";
    }

    /** What can honestly be said once the money is in: all of it, or all that was delivered so far. */
    static Optional<String> settled(PackageProgress progress) {
        PackageDeal deal = progress.deal();
        if (progress.paidInFull()) {
            return Optional.of(deal.delivered() ? "Everything is delivered and paid in full. Thank you!"
                    : "The package is paid in full. The milestones still in progress need nothing more from you.");
        }
        boolean allPaid = !progress.invoices().isEmpty()
                && progress.invoices().stream().allMatch(b -> b.status() == InvoiceStatus.PAID);
        if (deal.billing() == PackageBilling.PER_MILESTONE && allPaid) {
            return Optional.of(deal.cancellation().isPresent() ? "Everything delivered is paid."
                    : "Everything delivered so far is paid. The rest is invoiced as it is delivered.");
        }
        return Optional.empty();
    }

    private static Component row(PackageDeal deal, PackageProgress.Step step, InvoiceId shown) {
        Milestone m = step.milestone();
        String id = "package-milestone-" + m.position();
        Span title = new Span(m.position() + ". " + m.title());
        title.getStyle().set("font-weight", "500").set("flex", "1 1 12rem");
        Span delivery = new Span(m.delivered() ? "Delivered " + DAY.format(m.deliveredOn())
                : deal.cancellation().isPresent() ? "Not delivered" : "In progress");
        delivery.setId(id + "-delivery");
        delivery.getStyle().set("color", m.delivered() ? "var(--lumo-success-text-color)" : "var(--lumo-secondary-text-color)");
        ListItem row = new ListItem(title, delivery);
        row.setId(id);
        row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "baseline")
                .set("column-gap", "var(--lumo-space-m)").set("padding", "var(--lumo-space-xs) 0")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        if (deal.billing() == PackageBilling.PER_MILESTONE) {
            Span share = new Span(m.share().map(a -> MoneyText.of(new Money(a, deal.currency()))).orElse(""));
            share.setId(id + "-share");
            Span invoice = step.invoice().map(PackagePanel::invoiceState).orElseGet(() -> badge(
                    deal.cancellation().isPresent() ? "Not invoiced" : "Not invoiced yet", "badge contrast"));
            invoice.setId(id + "-invoice");
            row.add(share, invoice);
        }
        if (m.invoice().filter(shown::equals).isPresent()) {
            row.add(thisInvoice());
            row.getStyle().set("background", "var(--lumo-primary-color-10pct)");
        }
        return row;
    }

    /** The milestone's invoice as the client reads it: paid, what is left to pay, or closed. */
    static Span invoiceState(PackageProgress.Billed billed) {
        String open = MoneyText.of(billed.open().rounded());
        return switch (billed.status()) {
            case PAID -> badge("Paid", "badge success");
            case OVERDUE -> badge(open + " to pay, overdue", "badge error");
            case VOID -> badge("Cancelled", "badge contrast");
            case UNCOLLECTIBLE -> badge("Closed", "badge contrast");
            case DRAFT -> badge("Not invoiced yet", "badge contrast");
            case ISSUED, VIEWED, PARTIALLY_PAID -> !billed.open().isPositive() ? badge("Nothing to pay", "badge success")
                    : billed.paid().isPositive()
                    ? badge(open + " to pay (" + MoneyText.of(billed.paid().rounded()) + " paid)", "badge")
                    : badge(open + " to pay", "badge");
        };
    }

    private static Span thisInvoice() {
        Span mark = badge("This invoice", "badge primary");
        mark.addClassName("package-this-invoice");
        return mark;
    }

    private static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(theme);
        return badge;
    }
}
