package com.becflow.portal;

import com.becflow.invoicing.plans.Installment;
import com.becflow.invoicing.plans.InstallmentStatus;
import com.becflow.invoicing.plans.ScheduledInstallment;
import com.becflow.shared.money.Money;
import com.becflow.shared.money.MoneyText;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A plan's installments as a table the client reads: each due date and amount, with the total under them; once the plan
 * is accepted, also what is paid and left of each and where it stands.
 */
final class InstallmentTable {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.ENGLISH);

    private InstallmentTable() {
    }

    /** The installments a plan would have (a preview, or a proposal), totalled. */
    static Grid<ScheduledInstallment> terms(String id, List<ScheduledInstallment> installments, Money total) {
        Grid<ScheduledInstallment> grid = grid(id);
        grid.addColumn(ScheduledInstallment::number).setHeader("#").setWidth("3em").setFlexGrow(0);
        grid.addColumn(i -> DAY.format(i.dueDate())).setHeader("Due date").setAutoWidth(true).setFlexGrow(0);
        Grid.Column<ScheduledInstallment> amount = grid.addColumn(i -> MoneyText.of(i.amount().rounded()))
                .setHeader("Amount").setTextAlign(ColumnTextAlign.END).setFlexGrow(1);
        // Wraps where the amounts leave it too little room (a phone), rather than being cut off.
        Span sum = new Span("Total " + MoneyText.of(total.rounded()));
        sum.getStyle().set("display", "block").set("white-space", "normal").set("text-align", "end");
        grid.appendFooterRow().getCell(amount).setComponent(sum);
        grid.setItems(installments);
        return grid;
    }

    /**
     * An accepted plan's installments as the ledger settles them: a row each (a table of amounts, paid, left and
     * status does not fit a phone), its number and due date, its amount and status beside them or, on a narrow
     * phone, under them, and what is paid and left of an installment paid in part.
     */
    static Div schedule(String id, List<Installment> installments) {
        Div list = new Div();
        list.setId(id);
        list.getElement().setAttribute("role", "list");
        for (Installment installment : installments) {
            Span when = new Span(installment.number() + ". " + DAY.format(installment.dueDate()));
            when.getStyle().set("font-weight", "600");
            Div text = new Div(when);
            if (installment.paid().isPositive() && installment.remaining().isPositive()) {
                Span part = new Span(MoneyText.of(installment.paid().rounded()) + " paid, "
                        + MoneyText.of(installment.remaining().rounded()) + " left");
                part.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)")
                        .set("color", "var(--lumo-secondary-text-color)");
                text.add(part);
            }
            Div amount = new Div(new Span(MoneyText.of(installment.amount().rounded())), badge(installment.status()));
            amount.getStyle().set("display", "flex").set("align-items", "center").set("gap", "var(--lumo-space-s)");
            Div row = ClientHomeView.row(text, amount);
            row.getElement().setAttribute("role", "listitem");
            list.add(row);
        }
        return list;
    }

    static Span badge(InstallmentStatus status) {
        Span badge = new Span(label(status));
        badge.getElement().getThemeList().add(switch (status) {
            case PAID -> "badge success";
            case OVERDUE -> "badge error";
            case PARTIALLY_PAID, ON_ITS_WAY -> "badge contrast";
            case DUE -> "badge";
        });
        return badge;
    }

    static String label(InstallmentStatus status) {
        return switch (status) {
            case DUE -> "Due";
            case PARTIALLY_PAID -> "Partly paid";
            case OVERDUE -> "Overdue";
            case ON_ITS_WAY -> "Debit on its way";
            case PAID -> "Paid";
        };
    }

    private static <T> Grid<T> grid(String id) {
        Grid<T> grid = new Grid<>();
        grid.setId(id);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        return grid;
    }
}
