package com.becflow.workspace.contracts;

import com.becflow.contracts.ConsentText;
import com.becflow.contracts.app.SignContract;
import com.becflow.workspace.FieldErrors;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.LinkedHashMap;
import java.util.Map;

/** The freelancer's own signature under the client's: the same consent and typed name a client gives. */
class CountersignForm extends VerticalLayout {

    private final Checkbox consent = new Checkbox(ConsentText.CURRENT.text());
    private final TextField fullName = new TextField("Your full name");
    private final Button sign = new Button("Countersign");
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    CountersignForm(boolean required, boolean writable) {
        setId("countersign");
        setPadding(true);
        getStyle().set("border", "1px solid var(--lumo-primary-color-50pct)")
                .set("border-radius", "var(--lumo-border-radius-l)").set("max-width", "46em");
        consent.setId("countersign-consent");
        fullName.setId("countersign-name");
        fullName.setMaxLength(SignContract.NAME_LENGTH);
        fullName.setWidth("24em");
        sign.setId("contract-countersign");
        sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sign.setEnabled(writable);
        fields.put("consent", consent);
        fields.put("fullName", fullName);
        sign.addClickListener(e -> {
            FieldErrors.clear(fields.values());
            fireEvent(new SignEvent(this, new SignContract(consent.getValue(), fullName.getValue())));
        });
        add(new H3("Countersign"), new Paragraph(required
                ? "The client has signed. This contract needs your signature too; once you sign, both of you get "
                        + "the signed PDF and its audit certificate."
                : "The client has signed, and the contract is in force. You may add your own signature to it."),
                consent, fullName, sign);
    }

    /** Marks what this form has an input for and returns the rest. */
    Map<String, String> showErrors(Map<String, String> errors) {
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

    static class SignEvent extends ComponentEvent<CountersignForm> {
        private final SignContract command;

        SignEvent(CountersignForm source, SignContract command) {
            super(source, false);
            this.command = command;
        }

        SignContract command() {
            return command;
        }
    }

    Registration addSignListener(ComponentEventListener<SignEvent> listener) {
        return addListener(SignEvent.class, listener);
    }
}
