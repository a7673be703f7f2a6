package com.becflow.workspace.invoicing;

import com.becflow.invoicing.plans.PlanFrequency;
import com.becflow.invoicing.plans.PlanLimits;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The workspace's payment plan limits as the freelancer sets them on the invoice settings page: whether clients may
 * build a plan in the portal, how many installments, how often, and how soon the last must fall due. The limits it
 * does not show (minimum deposit and installment, a latest date, autopay) are kept as they are.
 */
class PlanLimitsForm extends VerticalLayout {

    private final Checkbox offered = new Checkbox("Let clients pay in installments from their invoice's page");
    private final IntegerField maxInstallments = new IntegerField("Most installments in a plan");
    private final IntegerField finalWithinDays = new IntegerField("Last installment due within (days of the invoice date)");
    private final CheckboxGroup<PlanFrequency> frequencies = new CheckboxGroup<>("How often");
    private final Button save = new Button("Save payment plans");
    private PlanLimits shown = PlanLimits.DEFAULT;

    PlanLimitsForm(Consumer<PlanLimits> saved) {
        setId("plan-limits");
        setPadding(false);
        offered.setId("plan-limits-offered");
        maxInstallments.setId("plan-limits-max-installments");
        maxInstallments.setMin(2);
        maxInstallments.setMax(PlanLimits.MOST_INSTALLMENTS);
        maxInstallments.setStepButtonsVisible(true);
        finalWithinDays.setId("plan-limits-final-within-days");
        finalWithinDays.setMin(1);
        finalWithinDays.setMax(PlanLimits.LONGEST_DAYS);
        finalWithinDays.setWidth("24em");
        frequencies.setId("plan-limits-frequencies");
        frequencies.setItems(PlanFrequency.values());
        frequencies.setItemLabelGenerator(PlanLimitsForm::label);
        for (HasValidation field : new HasValidation[] {maxInstallments, finalWithinDays, frequencies}) {
            field.setManualValidation(true);
        }
        save.setId("plan-limits-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> saved.accept(limits()));
        Paragraph why = new Paragraph("Clients pick how often, how many and from when, inside these limits, and accept "
                + "their plan on the invoice's page; you see the plan on the invoice, with when and from where it was "
                + "accepted.");
        why.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
        FlexLayout numbers = new FlexLayout(maxInstallments, finalWithinDays);
        numbers.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        numbers.getStyle().set("gap", "0 var(--lumo-space-m)");
        add(new H3("Payment plans"), why, offered, numbers, frequencies, save);
    }

    static String label(PlanFrequency f) {
        return switch (f) {
            case WEEKLY -> "Weekly";
            case BIWEEKLY -> "Every two weeks";
            case MONTHLY -> "Monthly";
            case CUSTOM_DATES -> "Dates the client chooses";
        };
    }

    void edit(PlanLimits limits, boolean writable) {
        shown = limits;
        offered.setValue(limits.offered());
        maxInstallments.setValue(limits.maxInstallments());
        finalWithinDays.setValue(limits.finalWithinDays());
        frequencies.setValue(limits.frequencies().isEmpty() ? EnumSet.noneOf(PlanFrequency.class)
                : EnumSet.copyOf(limits.frequencies()));
        showErrors(Map.of());
        for (var field : new com.vaadin.flow.component.HasEnabled[] {offered, maxInstallments, finalWithinDays,
                frequencies, save}) {
            field.setEnabled(writable);
        }
    }

    private PlanLimits limits() {
        return new PlanLimits(offered.getValue(), shown.minimumDeposit(),
                maxInstallments.getValue() == null ? 0 : maxInstallments.getValue(), shown.minimumInstallment(),
                finalWithinDays.getValue(), shown.latestFinalDate(), frequencies.getValue(), shown.autopay());
    }

    /** Marks the fields these errors name; returns those it could not place. */
    Map<String, String> showErrors(Map<String, String> errors) {
        Map<String, HasValidation> fields = Map.of("maxInstallments", maxInstallments, "finalWithinDays", finalWithinDays,
                "frequencies", frequencies);
        Map<String, String> rest = new LinkedHashMap<>(errors);
        fields.forEach((name, field) -> {
            String message = rest.remove(name);
            field.setErrorMessage(message);
            field.setInvalid(message != null);
        });
        return rest;
    }
}
