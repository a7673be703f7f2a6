package com.becflow.portal;

import static com.becflow.portal.PortalDays.DAY;

import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.plans.Installment;
import com.becflow.invoicing.plans.InstallmentStatus;
import com.becflow.invoicing.plans.PlanStatus;
import com.becflow.portal.home.ClientOverview;
import com.becflow.portal.home.PlanEntry;
import com.becflow.portal.home.SavedMethodEntry;
import com.becflow.shared.money.MoneyText;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The client's payment plans on their home, with their next installments and whether autopay pays them, and the
 * methods they saved for autopay with the plans each pays. Both are managed on the invoice's own page (paying an
 * installment, saving another card, turning autopay off), opened by a fresh link; a client without a plan sees neither.
 * Rows, not a grid, so it reads on a phone.
 */
final class HomePlanSections {

    /** Installments listed per plan: what comes next, not the whole schedule (the invoice's page has it). */
    static final int UPCOMING_SHOWN = 3;

    private HomePlanSections() {
    }

    /** @param openInvoice opens the page of the invoice a plan is on, by a fresh link */
    static List<Component> of(ClientOverview o, Consumer<InvoiceId> openInvoice) {
        List<Component> sections = new ArrayList<>();
        if (o.plans().isEmpty()) {
            return sections;
        }
        Div plans = PortalLayout.card(ClientHomeView.section("Payment plans"));
        plans.setId("home-plans");
        for (PlanEntry p : o.plans()) {
            Div text = new Div(bold("Invoice " + p.invoiceNumber() + " in installments"), secondary(summary(p)));
            autopay(p).ifPresent(line -> text.add(secondary(line)));
            List<Installment> upcoming = p.upcoming();
            for (Installment i : upcoming.subList(0, Math.min(UPCOMING_SHOWN, upcoming.size()))) {
                Span line = secondary(installment(i));
                line.addClassName("home-installment");
                if (i.status() == InstallmentStatus.OVERDUE) {
                    line.getStyle().set("color", "var(--lumo-error-text-color)");
                }
                text.add(line);
            }
            if (upcoming.size() > UPCOMING_SHOWN) {
                text.add(secondary("and " + (upcoming.size() - UPCOMING_SHOWN) + " more"));
            }
            plans.add(withClass(ClientHomeView.row(text, button("Open", "Open the plan of " + p.invoiceNumber(),
                    p.invoice(), openInvoice)), "home-plan"));
        }
        sections.add(plans);
        if (!o.savedMethods().isEmpty()) {
            Div methods = PortalLayout.card(ClientHomeView.section("Saved for automatic payments"));
            methods.setId("home-saved-methods");
            for (SavedMethodEntry m : o.savedMethods()) {
                Div text = new Div(bold(m.label()), secondary(pays(m)));
                Div buttons = new Div();
                buttons.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
                for (SavedMethodEntry.PaidPlan plan : m.pays()) {
                    buttons.add(button(m.pays().size() == 1 ? "Manage" : "Manage " + plan.invoiceNumber(),
                            "Manage autopay on " + plan.invoiceNumber(), plan.invoice(), openInvoice));
                }
                methods.add(withClass(ClientHomeView.row(text, buttons), "home-saved-method"));
            }
            sections.add(methods);
        }
        return sections;
    }

    /** "Paying in installments · EUR 250.00 of EUR 1,000.00 paid". */
    static String summary(PlanEntry p) {
        String standing = switch (p.standing()) {
            case PROPOSED -> "Proposed to you, not accepted yet";
            case PAYING -> "Paying in installments";
            case OVERDUE -> "An installment is overdue";
            case PAID_OFF -> "Paid off";
        };
        return standing + " · " + MoneyText.of(p.paid()) + " of " + MoneyText.of(p.total()) + " paid";
    }

    /** Whether autopay pays the plan, and from what; nothing on a plan not accepted yet. */
    static Optional<String> autopay(PlanEntry p) {
        if (p.status() != PlanStatus.ACCEPTED || p.upcoming().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(switch (p.autopay()) {
            case ON -> "Autopay on: charged to your " + p.autopayMethod() + " on each due date";
            case NEEDS_CLIENT -> "Autopay needs you: open the invoice";
            case SETTING_UP, OFF -> "Autopay off: you pay each installment yourself";
        });
    }

    /** "12 March 2027 · EUR 150.00 of EUR 250.00 · Partly paid": what is left of it, when, and where it stands. */
    static String installment(Installment i) {
        String amount = i.paid().isPositive() ? MoneyText.of(i.remaining().rounded()) + " of "
                + MoneyText.of(i.amount().rounded()) : MoneyText.of(i.amount().rounded());
        return DAY.format(i.dueDate()) + " · " + amount + " · " + InstallmentTable.label(i.status());
    }

    /** "Pays the installments of invoice INV-7" (or "of invoices INV-7 and INV-9"). */
    static String pays(SavedMethodEntry m) {
        List<String> numbers = m.pays().stream().map(SavedMethodEntry.PaidPlan::invoiceNumber).toList();
        String listed = numbers.size() == 1 ? numbers.get(0)
                : String.join(", ", numbers.subList(0, numbers.size() - 1)) + " and " + numbers.get(numbers.size() - 1);
        return "Pays the installments of invoice" + (numbers.size() == 1 ? " " : "s ") + listed
                + ". To stop it, open the invoice and turn autopay off.";
    }

    private static Button button(String text, String label, InvoiceId invoice, Consumer<InvoiceId> openInvoice) {
        Button button = new Button(text);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.getElement().setAttribute("aria-label", label);
        button.addClickListener(e -> openInvoice.accept(invoice));
        return button;
    }

    private static Div withClass(Div row, String className) {
        row.addClassName(className);
        return row;
    }

    private static Div bold(String text) {
        Div name = new Div(new Span(text));
        name.getStyle().set("font-weight", "600");
        return name;
    }

    private static Span secondary(String text) {
        Span span = new Span(text);
        span.getStyle().set("display", "block").set("color", "var(--lumo-secondary-text-color)")
                .set("font-size", "var(--lumo-font-size-s)");
        return span;
    }
}
