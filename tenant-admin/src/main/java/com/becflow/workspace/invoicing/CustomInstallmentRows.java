package com.becflow.workspace.invoicing;

import com.becflow.invoicing.plans.ScheduledInstallment;
import com.becflow.invoicing.plans.app.ProposePlan;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A proposed plan on dates the freelancer picks: a row per installment with its due date and amount. Rows are numbered
 * as the plan's installments are, so a rule broken by {@code installments[2].amount} lands on the third row's amount.
 */
final class CustomInstallmentRows extends Div {

    private static final Pattern PATH = Pattern.compile("installments\\[(\\d+)]\\.(dueDate|amount)");

    private record Row(DatePicker dueDate, BigDecimalField amount) {

        ProposePlan.Item item() {
            return new ProposePlan.Item(dueDate.getValue(), amount.getValue());
        }
    }

    private final String currency;
    private final LocalDate earliest;
    private final LocalDate latest;
    private final Runnable changed;
    private final List<Row> rows = new ArrayList<>();
    private final Div list = new Div();

    CustomInstallmentRows(String currency, LocalDate earliest, LocalDate latest, Runnable changed) {
        this.currency = currency;
        this.earliest = earliest;
        this.latest = latest;
        this.changed = changed;
        setId("proposal-custom-dates");
        Button add = new Button("Add an installment", e -> {
            List<ProposePlan.Item> items = new ArrayList<>(items());
            items.add(new ProposePlan.Item(null, null));
            redraw(items);
            changed.run();
        });
        add.setId("proposal-add-installment");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(list, add);
    }

    /** Rows from these installments (the schedule previewed last), or two empty ones to fill. */
    void startFrom(List<ScheduledInstallment> installments) {
        redraw(installments.isEmpty() ? List.of(new ProposePlan.Item(null, null), new ProposePlan.Item(null, null))
                : installments.stream().map(i -> new ProposePlan.Item(i.dueDate(), i.amount().rounded().amount())).toList());
    }

    List<ProposePlan.Item> items() {
        return rows.stream().map(Row::item).toList();
    }

    /** The field a rule's path such as {@code installments[1].dueDate} names, when that row is shown. */
    Optional<HasValidation> fieldOf(String path) {
        Matcher m = PATH.matcher(path);
        if (!m.matches() || Integer.parseInt(m.group(1)) >= rows.size()) {
            return Optional.empty();
        }
        Row row = rows.get(Integer.parseInt(m.group(1)));
        return Optional.of(m.group(2).equals("dueDate") ? row.dueDate() : row.amount());
    }

    void clearProblems() {
        rows.forEach(r -> List.<HasValidation>of(r.dueDate(), r.amount()).forEach(PlanProposalForm::clear));
    }

    /** Draws a row per item; rows keep ids by position, so after a removal they are drawn again from their values. */
    private void redraw(List<ProposePlan.Item> items) {
        rows.clear();
        list.removeAll();
        for (ProposePlan.Item item : items) {
            list.add(row(rows.size(), item.dueDate(), item.amount()));
        }
    }

    private FlexLayout row(int index, LocalDate dueDate, BigDecimal amount) {
        int number = index + 1;
        DatePicker date = PlanProposalForm.datePicker("Installment " + number + " due on", earliest, latest);
        date.setId("proposal-custom-date-" + number);
        date.setValue(dueDate);
        BigDecimalField money = PlanProposalForm.amountField("Amount (" + currency + ")");
        money.setId("proposal-custom-amount-" + number);
        money.setValue(amount);
        date.addValueChangeListener(e -> changed.run());
        money.addValueChangeListener(e -> changed.run());
        Button remove = new Button("Remove", e -> {
            List<ProposePlan.Item> items = new ArrayList<>(items());
            items.remove(index);
            redraw(items);
            changed.run();
        });
        remove.setId("proposal-remove-installment-" + number);
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        rows.add(new Row(date, money));
        FlexLayout row = new FlexLayout(date, money, remove);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("gap", "0 var(--lumo-space-m)");
        return row;
    }
}
