package com.becflow.portal;

import com.becflow.invoicing.plans.Installment;
import com.becflow.invoicing.plans.InstallmentStatus;
import com.becflow.invoicing.plans.ScheduledInstallment;
import com.becflow.shared.money.Money;
import com.becflow.shared.money.MoneyText;
import com.vaadin.flow.component.Component;
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
     * An accepted plan's installments as the ledger settles them. Four columns, so it fits a phone: what is paid and
     * left of an installment paid in part goes under its amount, not into columns of its own.
     */
    static Grid<Installment> schedule(String id, List<Installment> installments) {
        Grid<Installment> grid = grid(id);
        grid.addColumn(Installment::number).setHeader("#").setWidth("2.5em").setFlexGrow(0);
        grid.addColumn(i -> DAY.format(i.dueDate())).setHeader("Due date").setAutoWidth(true);
        grid.addComponentColumn(InstallmentTable::amount).setHeader("Amount").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addComponentColumn(i -> badge(i.status())).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(installments);
        return grid;
    }

    /** The installment's amount, and under it what is paid and left while it is paid in part. */
    static Component amount(Installment installment) {
        Div cell = new Div(new Span(MoneyText.of(installment.amount().rounded())));
        if (installment.paid().isPositive() && installment.remaining().isPositive()) {
            Span part = new Span(MoneyText.of(installment.paid().rounded()) + " paid, "
                    + MoneyText.of(installment.remaining().rounded()) + " left");
            part.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-xs)")
                    .set("color", "var(--lumo-secondary-text-color)").set("white-space", "normal");
            cell.add(part);
        }
        return cell;
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
