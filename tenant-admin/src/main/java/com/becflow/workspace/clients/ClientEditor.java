package com.becflow.workspace.clients;

import com.becflow.workspace.FieldErrors;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import java.util.LinkedHashMap;
import java.util.Map;

/** The client form. Binds a {@link ClientDraft}; saving raises {@link SaveEvent} and the view decides. */
public class ClientEditor extends FormLayout {

    private final TextField name = new TextField("Name");
    private final EmailField email = new EmailField("Email");
    private final TextField company = new TextField("Company");
    private final TextField addressLine1 = new TextField("Address");
    private final TextField addressLine2 = new TextField("Address line 2");
    private final TextField city = new TextField("City");
    private final TextField postalCode = new TextField("Postal code");
    private final TextField region = new TextField("Region");
    private final TextField country = new TextField("Country (ISO code)");
    private final TextField taxId = new TextField("Tax id");
    private final TextField currency = new TextField("Currency");
    private final TextField timeZone = new TextField("Time zone");
    private final TextField language = new TextField("Language");
    private final Select<String> reminderChannel = new Select<>();
    private final TextArea notes = new TextArea("Notes");
    private final Button save = new Button("Save");
    private final Button archive = new Button("Archive");
    private final Button cancel = new Button("Cancel");
    private final Binder<ClientDraft> binder = new Binder<>(ClientDraft.class);
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private ClientDraft draft;

    public ClientEditor() {
        setId("client-editor");
        name.setId("client-name");
        email.setId("client-email");
        company.setId("client-company");
        currency.setId("client-currency");
        timeZone.setId("client-time-zone");
        country.setId("client-country");
        region.setId("client-region");
        save.setId("save-client");
        archive.setId("archive-client");
        name.setRequiredIndicatorVisible(true);
        email.setRequiredIndicatorVisible(true);
        currency.setPlaceholder("Your home currency");
        timeZone.setPlaceholder("Your time zone");
        language.setPlaceholder("en");
        reminderChannel.setLabel("Reminders by");
        reminderChannel.setItems("EMAIL", "SMS", "PHONE_CALL", "NONE");
        name.setMaxLength(200);
        email.setMaxLength(254);
        notes.setMaxLength(4000);
        binder.bindInstanceFields(this);
        fields.put("name", name);
        fields.put("email", email);
        fields.put("company", company);
        fields.put("addressLine1", addressLine1);
        fields.put("city", city);
        fields.put("postalCode", postalCode);
        fields.put("region", region);
        fields.put("country", country);
        fields.put("taxId", taxId);
        fields.put("currency", currency);
        fields.put("timeZone", timeZone);
        fields.put("language", language);
        fields.put("reminderChannel", reminderChannel);
        fields.put("notes", notes);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        archive.addThemeVariants(ButtonVariant.LUMO_ERROR);
        save.addClickListener(e -> {
            FieldErrors.clear(fields.values());
            binder.writeBeanIfValid(draft);
            fireEvent(new SaveEvent(this, draft));
        });
        archive.addClickListener(e -> fireEvent(new ArchiveEvent(this)));
        cancel.addClickListener(e -> fireEvent(new CloseEvent(this)));
        add(name, email, company, taxId, addressLine1, addressLine2, city, postalCode, region, country, currency,
                timeZone, language, reminderChannel, notes, new HorizontalLayout(save, archive, cancel));
        setColspan(notes, 2);
    }

    public void edit(ClientDraft draft, boolean existing, boolean writable) {
        this.draft = draft;
        FieldErrors.clear(fields.values());
        binder.readBean(draft);
        archive.setVisible(existing);
        save.setEnabled(writable);
        archive.setEnabled(writable);
        binder.setReadOnly(!writable);
    }

    public void showErrors(Map<String, String> errors) {
        errors.forEach((field, message) -> FieldErrors.show(fields, field, message));
    }

    public static class SaveEvent extends ComponentEvent<ClientEditor> {
        private final ClientDraft draft;

        SaveEvent(ClientEditor source, ClientDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        public ClientDraft draft() {
            return draft;
        }
    }

    public static class ArchiveEvent extends ComponentEvent<ClientEditor> {
        ArchiveEvent(ClientEditor source) {
            super(source, false);
        }
    }

    public static class CloseEvent extends ComponentEvent<ClientEditor> {
        CloseEvent(ClientEditor source) {
            super(source, false);
        }
    }

    public Registration addSaveListener(com.vaadin.flow.component.ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addArchiveListener(com.vaadin.flow.component.ComponentEventListener<ArchiveEvent> listener) {
        return addListener(ArchiveEvent.class, listener);
    }

    public Registration addCloseListener(com.vaadin.flow.component.ComponentEventListener<CloseEvent> listener) {
        return addListener(CloseEvent.class, listener);
    }
}
