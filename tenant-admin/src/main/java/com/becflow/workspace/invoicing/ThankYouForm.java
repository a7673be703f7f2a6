package com.becflow.workspace.invoicing;

import com.becflow.invoicing.thanks.ThankYouTerms;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The thank-you discount as the freelancer sets it on the invoice settings page: whether clients who pay on time get
 * a discount on their next invoice, how much, and for how long. The service judges the values.
 */
class ThankYouForm extends VerticalLayout {

    /** The offer as typed; a number field holding no number gives null, which the service names on its field. */
    record Typed(boolean enabled, BigDecimal percent, Integer validDays) {
    }

    private final Checkbox enabled = new Checkbox("Thank clients who pay on time with a discount on their next invoice");
    private final BigDecimalField percent = new BigDecimalField("Discount (%)");
    private final IntegerField validDays = new IntegerField("The next invoice takes it if issued within (days)");
    private final Button save = new Button("Save thank-you discount");

    ThankYouForm(Consumer<Typed> saved) {
        setId("thank-you");
        setPadding(false);
        enabled.setId("thank-you-enabled");
        percent.setId("thank-you-percent");
        percent.setHelperText(ThankYouTerms.LEAST_PERCENT.toPlainString() + " to "
                + ThankYouTerms.MOST_PERCENT.toPlainString() + ", at most two decimals");
        validDays.setId("thank-you-valid-days");
        validDays.setMin(1);
        validDays.setMax(ThankYouTerms.MOST_DAYS);
        validDays.setWidth("24em");
        for (HasValidation field : new HasValidation[] {percent, validDays}) {
            field.setManualValidation(true);
        }
        save.setId("thank-you-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> saved.accept(new Typed(enabled.getValue(), percent.getValue(), validDays.getValue())));
        Paragraph why = new Paragraph("When a client pays an invoice in full by its due date, the receipt tells them "
                + "their next invoice will be this much off; it is taken off before tax when you issue it, and shows "
                + "as its own line.");
        why.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
        FlexLayout numbers = new FlexLayout(percent, validDays);
        numbers.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        numbers.getStyle().set("gap", "0 var(--lumo-space-m)");
        add(new H3("Thank-you discount"), why, enabled, numbers, save);
    }

    void edit(ThankYouTerms terms, boolean writable) {
        enabled.setValue(terms.enabled());
        percent.setValue(terms.percent());
        validDays.setValue(terms.validDays());
        showErrors(Map.of());
        for (HasEnabled field : new HasEnabled[] {enabled, percent, validDays, save}) {
            field.setEnabled(writable);
        }
    }

    /** Marks the fields these errors name; returns those it could not place. */
    Map<String, String> showErrors(Map<String, String> errors) {
        Map<String, HasValidation> fields = Map.of("percent", percent, "validDays", validDays);
        Map<String, String> rest = new LinkedHashMap<>(errors);
        fields.forEach((name, field) -> {
            String message = rest.remove(name);
            field.setErrorMessage(message);
            field.setInvalid(message != null);
        });
        return rest;
    }
}
