package com.becflow.portal;

import com.becflow.invoicing.plans.ScheduledInstallment;
import com.becflow.invoicing.plans.app.ProposePlan;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The installments of a plan on dates the client chooses: one row per installment, its date and its amount. */
final class CustomDates {

    private static final Pattern FIELD = Pattern.compile("installments\\[(\\d+)]\\.(dueDate|amount)");

    private record Row(DatePicker date, BigDecimalField amount) {
    }

    private final String currency;
    private final LocalDate today;
    private final LocalDate latest;
    private final Runnable changed;
    private final List<Row> rows = new ArrayList<>();
    private final Div list = new Div();
    private final Div component;

    CustomDates(String currency, LocalDate today, LocalDate latest, Runnable changed) {
        this.currency = currency;
        this.today = today;
        this.latest = latest;
        this.changed = changed;
        Button add = new Button("Add an installment", e -> {
            addRow(null, null);
            changed.run();
        });
        add.setId("plan-add-installment");
        Button remove = new Button("Remove the last", e -> {
            if (rows.size() > 1) {
                list.remove(list.getComponentAt(rows.size() - 1));
                rows.remove(rows.size() - 1);
                changed.run();
            }
        });
        remove.setId("plan-remove-installment");
        for (Button b : List.of(add, remove)) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }
        component = new Div(list, new FlexLayout(add, remove));
        component.setId("plan-custom-dates");
        component.setVisible(false);
    }

    Component component() {
        return component;
    }

    /** Starts the rows from these installments (the schedule previewed last), or with two empty rows. */
    void startFrom(List<ScheduledInstallment> installments) {
        rows.clear();
        list.removeAll();
        if (installments.isEmpty()) {
            addRow(null, null);
            addRow(null, null);
        }
        for (ScheduledInstallment i : installments) {
            addRow(i.dueDate(), i.amount().rounded().amount());
        }
    }

    private void addRow(LocalDate date, java.math.BigDecimal amount) {
        int n = rows.size() + 1;
        DatePicker picker = new DatePicker("Installment " + n + ": due on");
        picker.setId("plan-custom-date-" + n);
        picker.setMin(today);
        picker.setMax(latest);
        picker.setValue(date);
        picker.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
        BigDecimalField field = new BigDecimalField("Amount (" + currency + ")");
        field.setId("plan-custom-amount-" + n);
        field.setValue(amount);
        picker.setManualValidation(true);
        field.setManualValidation(true);
        picker.addValueChangeListener(e -> changed.run());
        field.addValueChangeListener(e -> changed.run());
        FlexLayout row = new FlexLayout(picker, field);
        row.getStyle().set("gap", "0 var(--lumo-space-m)");
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        rows.add(new Row(picker, field));
        list.add(row);
    }

    List<ProposePlan.Item> items() {
        return rows.stream().map(r -> new ProposePlan.Item(r.date().getValue(), r.amount().getValue())).toList();
    }

    /** The field {@code installments[i].dueDate} or {@code installments[i].amount} names, if it is shown. */
    HasValidation fieldOf(String name) {
        Matcher m = FIELD.matcher(name);
        if (!m.matches() || Integer.parseInt(m.group(1)) >= rows.size()) {
            return null;
        }
        Row row = rows.get(Integer.parseInt(m.group(1)));
        return m.group(2).equals("dueDate") ? row.date() : row.amount();
    }

    void clearProblems() {
        for (Row row : rows) {
            for (HasValidation field : List.of(row.date(), row.amount())) {
                field.setInvalid(false);
                field.setErrorMessage(null);
            }
        }
    }
}
