package com.becflow.workspace.invoicing;

import com.becflow.invoicing.Payment;
import com.becflow.shared.money.Money;
import com.becflow.shared.money.MoneyText;
import com.becflow.workspace.FieldErrors;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Gives money back from one payment. Offers what is left of it; says whether Stripe returns the money (an
 * online payment) or the freelancer already has (one received by hand). Either way a credit note of the same
 * amount is issued. Raises {@link SaveEvent}.
 */
public class RefundDialog extends Dialog {

    private final Paragraph explanation = new Paragraph();
    private final BigDecimalField amount = new BigDecimalField("Amount to refund");
    private final TextArea reason = new TextArea("Reason (printed on the credit note)");
    private final Button save = new Button("Refund");
    private final Button cancel = new Button("Cancel");
    private final Binder<RefundDraft> binder = new Binder<>(RefundDraft.class);
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private RefundDraft draft = new RefundDraft();
    private Payment payment;
    private boolean excess;

    public RefundDialog() {
        setId("refund-dialog");
        setHeaderTitle("Refund a payment");
        setWidth("min(560px, 96vw)");
        explanation.setId("refund-explanation");
        explanation.getStyle().set("max-width", "32em");
        amount.setId("refund-amount");
        reason.setId("refund-reason");
        save.setId("refund-save");
        cancel.setId("refund-cancel");
        amount.setI18n(new BigDecimalField.BigDecimalFieldI18n().setBadInputErrorMessage("Enter a number"));
        amount.setRequiredIndicatorVisible(true);
        reason.setMaxLength(500);
        reason.setWidthFull();
        binder.forField(amount).bind(RefundDraft::getAmount, RefundDraft::setAmount);
        binder.forField(reason).bind(RefundDraft::getReason, RefundDraft::setReason);
        fields.put("amount", amount);
        fields.put("reason", reason);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        save.addClickListener(e -> {
            FieldErrors.clear(fields.values());
            if (binder.writeBeanIfValid(draft)) {
                fireEvent(new SaveEvent(this, payment, draft, excess));
            }
        });
        cancel.addClickListener(e -> close());
        FormLayout form = new FormLayout(amount, reason);
        form.setColspan(reason, 2);
        add(explanation, form);
        getFooter().add(cancel, save);
    }

    /** Opens the form for one payment, offering all that is left of it. */
    public void open(Payment payment, Money left) {
        show(payment, left, false);
        String what = what(payment);
        explanation.setText(payment.method().online()
                ? "Stripe returns the money to the client from the " + what + ". A credit note of the same amount is issued."
                : "Record money you have given back yourself from the " + what + ". A credit note of the same amount is issued.");
        amount.setHelperText("At most " + MoneyText.of(left) + " is left of this payment");
        open();
    }

    /** Opens the form to give back money received beyond what is owed, from one payment: no work is taken back. */
    public void openForExcess(Payment payment, Money upTo) {
        show(payment, upTo, true);
        String what = what(payment);
        explanation.setText((payment.method().online()
                ? "Stripe returns to the client, from the " + what + ", "
                : "Record money you have given back yourself, from the " + what + ", ")
                + "what they paid beyond what they owe. No credit note is issued: no work is taken back.");
        amount.setHelperText("At most " + MoneyText.of(upTo) + " was paid beyond what is owed");
        open();
    }

    private void show(Payment payment, Money left, boolean forExcess) {
        this.payment = payment;
        this.excess = forExcess;
        draft = new RefundDraft();
        draft.setAmount(InvoiceDraft.plain(left.rounded().amount()));
        FieldErrors.clear(fields.values());
        binder.readBean(draft);
    }

    private static String what(Payment payment) {
        return payment.method().label().toLowerCase() + " payment of " + MoneyText.of(payment.amount()) + " received "
                + payment.receivedOn();
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

    public static class SaveEvent extends ComponentEvent<RefundDialog> {
        private final Payment payment;
        private final RefundDraft draft;
        private final boolean excess;

        SaveEvent(RefundDialog source, Payment payment, RefundDraft draft, boolean excess) {
            super(source, false);
            this.payment = payment;
            this.draft = draft;
            this.excess = excess;
        }

        /** Whether this gives back an overpayment (no credit note) rather than taking work back. */
        public boolean excess() {
            return excess;
        }

        public Payment payment() {
            return payment;
        }

        public RefundDraft draft() {
            return draft;
        }
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }
}
