package com.becflow.workspace.invoicing;

import com.becflow.invoicing.PaymentMethod;
import com.becflow.shared.money.Money;
import com.becflow.shared.money.MoneyText;
import com.becflow.workspace.FieldErrors;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Records money received outside Becflow (a transfer, cash, a cheque). Offers the open balance and today;
 * online payments arrive from Stripe by themselves, so their methods are not offered. Raises {@link SaveEvent}.
 */
public class RecordPaymentDialog extends Dialog {

    private final BigDecimalField amount = new BigDecimalField("Amount");
    private final ComboBox<PaymentMethod> method = new ComboBox<>("Method");
    private final DatePicker receivedOn = new DatePicker("Received on");
    private final TextField reference = new TextField("Reference (optional)");
    private final Button save = new Button("Record payment");
    private final Button cancel = new Button("Cancel");
    private final Binder<PaymentDraft> binder = new Binder<>(PaymentDraft.class);
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private PaymentDraft draft = new PaymentDraft();

    public RecordPaymentDialog() {
        setId("record-payment-dialog");
        setHeaderTitle("Record a payment");
        setWidth("min(560px, 96vw)");
        amount.setId("payment-amount");
        method.setId("payment-method");
        receivedOn.setId("payment-date");
        reference.setId("payment-reference");
        save.setId("payment-save");
        cancel.setId("payment-cancel");
        amount.setI18n(new BigDecimalField.BigDecimalFieldI18n().setBadInputErrorMessage("Enter a number"));
        method.setItems(Arrays.stream(PaymentMethod.values()).filter(m -> !m.online() && m != PaymentMethod.CONTRACT_TERMS).toList());
        method.setItemLabelGenerator(PaymentMethod::label);
        reference.setMaxLength(200);
        reference.setHelperText("The bank's transaction id or the cheque number, for example");
        amount.setRequiredIndicatorVisible(true);
        method.setRequiredIndicatorVisible(true);
        binder.forField(amount).bind(PaymentDraft::getAmount, PaymentDraft::setAmount);
        binder.forField(method).bind(PaymentDraft::getMethod, PaymentDraft::setMethod);
        binder.forField(receivedOn).withValidationStatusHandler(s -> {
            receivedOn.setInvalid(s.isError());
            receivedOn.setErrorMessage(s.isError() ? "Enter a valid date" : null);
        }).bind(PaymentDraft::getReceivedOn, PaymentDraft::setReceivedOn);
        binder.forField(reference).bind(PaymentDraft::getReference, PaymentDraft::setReference);
        fields.put("amount", amount);
        fields.put("method", method);
        fields.put("receivedOn", receivedOn);
        fields.put("reference", reference);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            FieldErrors.clear(fields.values());
            if (binder.writeBeanIfValid(draft)) {
                fireEvent(new SaveEvent(this, draft));
            }
        });
        cancel.addClickListener(e -> close());
        FormLayout form = new FormLayout(amount, method, receivedOn, reference);
        add(form);
        getFooter().add(cancel, save);
    }

    /** Opens the form offering the whole open balance, received today by bank transfer. */
    public void open(Money balance, LocalDate today) {
        draft = new PaymentDraft();
        draft.setAmount(InvoiceDraft.plain(balance.rounded().amount()));
        draft.setReceivedOn(today);
        FieldErrors.clear(fields.values());
        binder.readBean(draft);
        amount.setHelperText("Open balance: " + MoneyText.of(balance));
        receivedOn.setMax(today);
        open();
    }

    /** Marks what this form has an input for and returns the rest. */
    public Map<String, String> showErrors(Map<String, String> errors) {
        Map<String, String> rest = new LinkedHashMap<>();
        errors.forEach((field, message) -> {
            if (fields.containsKey(field)) {
                FieldErrors.show(fields, field, message);
            } else {
                rest.put(field, message);
            }
        });
        return rest;
    }

    public static class SaveEvent extends ComponentEvent<RecordPaymentDialog> {
        private final PaymentDraft draft;

        SaveEvent(RecordPaymentDialog source, PaymentDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        public PaymentDraft draft() {
            return draft;
        }
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }
}
