package com.becflow.workspace.invoicing;

import com.becflow.contracts.Contract;
import com.becflow.contracts.ContractTerms;
import com.becflow.shared.money.Money;
import com.becflow.shared.money.MoneyText;
import com.becflow.workspace.FieldErrors;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.data.binder.Binder;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The retainer part of the recurring invoice form: ticked, each invoice's fee includes hours for its period, and the
 * hours worked beyond them are billed on the next invoice. The rate may be left empty for the change rate of the
 * contract the invoices name, which is shown once such a contract is chosen; the service decides what stands.
 */
final class RetainerTermsFields extends VerticalLayout {

    private final Checkbox enabled = new Checkbox("Hours included (retainer)");
    private final BigDecimalField includedHours = new BigDecimalField("Hours included per period");
    private final BigDecimalField extraHourRate = new BigDecimalField("Rate per extra hour");
    private final Checkbox rollover = new Checkbox("Unused hours roll over to the next period");
    private final FlexLayout terms = new FlexLayout(includedHours, extraHourRate, rollover);
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Binder<RecurringInvoiceDraft> binder = new Binder<>();

    RetainerTermsFields() {
        setId("recurring-retainer");
        setPadding(false);
        setSpacing(false);
        enabled.setId("retainer-enabled");
        includedHours.setId("retainer-included-hours");
        extraHourRate.setId("retainer-extra-hour-rate");
        rollover.setId("retainer-rollover");
        includedHours.setHelperText("Each invoice's fee covers these; 0 bills every hour worked");
        includedHours.setWidth("14em");
        extraHourRate.setWidth("18em");
        BigDecimalField.BigDecimalFieldI18n unreadable = new BigDecimalField.BigDecimalFieldI18n()
                .setBadInputErrorMessage("Enter a number");
        includedHours.setI18n(unreadable);
        extraHourRate.setI18n(unreadable);
        binder.forField(enabled).bind(RecurringInvoiceDraft::isRetainer, RecurringInvoiceDraft::setRetainer);
        binder.forField(includedHours).bind(RecurringInvoiceDraft::getIncludedHours,
                RecurringInvoiceDraft::setIncludedHours);
        binder.forField(extraHourRate).bind(RecurringInvoiceDraft::getExtraHourRate,
                RecurringInvoiceDraft::setExtraHourRate);
        binder.forField(rollover).bind(RecurringInvoiceDraft::isRollover, RecurringInvoiceDraft::setRollover);
        fields.put("retainer.includedHours", includedHours);
        fields.put("retainer.extraHourRate", extraHourRate);
        enabled.addValueChangeListener(e -> terms.setVisible(Boolean.TRUE.equals(e.getValue())));

        Paragraph how = new Paragraph("The hours worked beyond a period's allowance are billed on the next invoice;"
                + " you log them on the recurring invoice's page.");
        how.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
        terms.setId("retainer-terms");
        terms.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        terms.setAlignItems(FlexComponent.Alignment.BASELINE);
        terms.getStyle().set("gap", "0 var(--lumo-space-m)");
        terms.setVisible(false);
        add(new H4("Retainer"), enabled, terms, how);
    }

    /** Shows the draft's retainer, if any; a new series starts without one. */
    void show(RecurringInvoiceDraft draft, boolean writable) {
        FieldErrors.clear(fields.values());
        binder.readBean(draft);
        terms.setVisible(draft.isRetainer());
        binder.setReadOnly(!writable);
    }

    /**
     * Writes what is typed into the draft; false (and the unreadable inputs marked) when a shown field holds something
     * that is not a number. Unticked, the hours are kept as typed but not sent.
     */
    boolean writeTo(RecurringInvoiceDraft draft) {
        FieldErrors.clear(fields.values());
        if (!enabled.getValue()) {
            binder.writeBeanAsDraft(draft);
            return true;
        }
        return binder.writeBeanIfValid(draft);
    }

    /** Names the rate an empty field stands for: the chosen contract's change rate, if it has one. */
    void contractChosen(Contract contract) {
        Optional<Money> rate = changeRate(contract);
        extraHourRate.setPlaceholder(rate.map(r -> "Empty: " + MoneyText.of(r)).orElse("Empty: the contract's rate"));
        extraHourRate.setHelperText(rate.map(r -> "Empty: the contract's change rate, " + MoneyText.of(r) + " per hour")
                .orElse(contract == null
                        ? "Empty: the change rate of the signed contract chosen above"
                        : "This contract names no change rate: enter one"));
    }

    /** Marks the retainer's fields while shown, and returns the rest. */
    Map<String, String> showErrors(Map<String, String> errors) {
        Map<String, String> rest = new LinkedHashMap<>();
        errors.forEach((field, message) -> {
            if (fields.containsKey(field) && terms.isVisible()) {
                FieldErrors.show(fields, field, message);
            } else {
                rest.put(field, message);
            }
        });
        return rest;
    }

    private static Optional<Money> changeRate(Contract contract) {
        ContractTerms terms = contract == null ? null : contract.terms();
        BigDecimal rate = terms == null || terms.scope() == null ? null : terms.scope().changeRequestHourlyRate();
        return rate == null ? Optional.empty() : Optional.of(new Money(rate, contract.fee().currency()));
    }
}
