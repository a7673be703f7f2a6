package com.becflow.workspace.invoicing;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The days of a recurring invoice on chosen dates: a date picker per invoice, in the order typed (the service sorts
 * them). The service judges the dates as a whole ({@code dates}), so its verdict shows under the list.
 */
final class RecurringDateRows extends Div {

    private final Runnable changed;
    private final List<DatePicker> pickers = new ArrayList<>();
    private final Div list = new Div();
    private final Span error = new Span();
    private final Button addDate;
    private LocalDate earliest;
    private LocalDate latest;
    private boolean readOnly;

    RecurringDateRows(Runnable changed) {
        this.changed = changed;
        setId("recurring-dates");
        addDate = new Button("Add a date", e -> {
            List<LocalDate> dates = new ArrayList<>(dates());
            dates.add(null);
            redraw(dates);
            changed.run();
        });
        addDate.setId("recurring-add-date");
        addDate.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        error.setId("recurring-dates-error");
        error.getElement().setAttribute("role", "alert");
        error.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)")
                .set("display", "block");
        add(list, addDate, error);
    }

    /** Rows for these dates, or one empty row; pickers offer days from {@code earliest} to {@code latest}. */
    void show(List<LocalDate> dates, LocalDate earliest, LocalDate latest, boolean readOnly) {
        this.earliest = earliest;
        this.latest = latest;
        this.readOnly = readOnly;
        redraw(dates.isEmpty() ? Collections.singletonList(null) : dates);
        addDate.setVisible(!readOnly);
    }

    /** The dates as typed, an empty row as null. */
    List<LocalDate> dates() {
        return pickers.stream().map(DatePicker::getValue).toList();
    }

    /** Rows keep ids by position, so after a removal they are drawn again from their values. */
    private void redraw(List<LocalDate> dates) {
        pickers.clear();
        list.removeAll();
        for (LocalDate date : dates) {
            list.add(row(pickers.size(), date));
        }
    }

    private FlexLayout row(int index, LocalDate date) {
        int number = index + 1;
        DatePicker picker = PlanProposalForm.datePicker("Invoice " + number + " on", earliest, latest);
        picker.setId("recurring-date-" + number);
        picker.setValue(date);
        picker.setReadOnly(readOnly);
        picker.addValueChangeListener(e -> changed.run());
        Button remove = new Button("Remove", e -> {
            List<LocalDate> dates = new ArrayList<>(dates());
            dates.remove(index);
            redraw(dates.isEmpty() ? Collections.singletonList(null) : dates);
            changed.run();
        });
        remove.setId("recurring-remove-date-" + number);
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setVisible(!readOnly);
        pickers.add(picker);
        FlexLayout row = new FlexLayout(picker, remove);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("gap", "0 var(--lumo-space-m)");
        return row;
    }

    /** For the fields map of the form: marking it marks every picker and writes the message under the list. */
    HasValidation asField() {
        return new HasValidation() {
            @Override
            public void setErrorMessage(String message) {
                error.setText(message == null ? "" : message);
            }

            @Override
            public String getErrorMessage() {
                return error.getText();
            }

            @Override
            public void setInvalid(boolean invalid) {
                pickers.forEach(p -> p.setInvalid(invalid));
                if (!invalid) {
                    error.setText("");
                }
            }

            @Override
            public boolean isInvalid() {
                return !error.getText().isEmpty();
            }
        };
    }
}
