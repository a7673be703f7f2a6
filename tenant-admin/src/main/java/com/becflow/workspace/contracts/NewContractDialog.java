package com.becflow.workspace.contracts;

import com.becflow.clients.Client;
import com.becflow.contracts.ContractTemplate;
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
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.shared.Registration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Starts a contract: a template, a client, the project, its dates and the fee. Raises {@link CreateEvent}. */
public class NewContractDialog extends Dialog {

    private final ComboBox<ContractTemplate> template = new ComboBox<>("Template");
    private final ComboBox<Client> client = new ComboBox<>("Client");
    private final TextField projectName = new TextField("Project");
    private final DatePicker startDate = new DatePicker("Start date");
    private final DatePicker endDate = new DatePicker("End date (optional)");
    private final BigDecimalField fee = new BigDecimalField("Fee");
    private final Button create = new Button("Create draft");
    private final Button cancel = new Button("Cancel");
    private final Binder<NewContractDraft> binder = new Binder<>(NewContractDraft.class);
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private NewContractDraft draft = new NewContractDraft();

    public NewContractDialog(CallbackDataProvider.FetchCallback<Client, String> clients) {
        setId("new-contract-dialog");
        setHeaderTitle("New contract");
        setWidth("min(720px, 96vw)");
        template.setId("new-contract-template");
        client.setId("new-contract-client");
        projectName.setId("new-contract-project");
        startDate.setId("new-contract-start");
        endDate.setId("new-contract-end");
        fee.setId("new-contract-fee");
        create.setId("new-contract-create");
        cancel.setId("new-contract-cancel");
        template.setItemLabelGenerator(t -> t.name() + " (" + t.category() + ")");
        client.setItemLabelGenerator(c -> c.company() == null || c.company().isBlank() ? c.name()
                : c.name() + " (" + c.company() + ")");
        client.setItems(clients);
        client.setHelperText("Type to search your clients");
        client.addValueChangeListener(e -> fee.setHelperText(e.getValue() == null ? null
                : "In " + e.getValue().name() + "'s currency, " + e.getValue().currency().getCurrencyCode()));
        fee.setI18n(new BigDecimalField.BigDecimalFieldI18n().setBadInputErrorMessage("Enter a number"));
        template.setRequiredIndicatorVisible(true);
        client.setRequiredIndicatorVisible(true);
        projectName.setRequiredIndicatorVisible(true);
        startDate.setRequiredIndicatorVisible(true);
        fee.setRequiredIndicatorVisible(true);
        binder.forField(template).bind(NewContractDraft::getTemplate, NewContractDraft::setTemplate);
        binder.forField(client).bind(NewContractDraft::getClient, NewContractDraft::setClient);
        binder.forField(projectName).bind(NewContractDraft::getProjectName, NewContractDraft::setProjectName);
        binder.forField(startDate).withValidationStatusHandler(s -> {
            startDate.setInvalid(s.isError());
            startDate.setErrorMessage(s.isError() ? "Enter a valid date" : null);
        }).bind(NewContractDraft::getStartDate, NewContractDraft::setStartDate);
        binder.forField(endDate).withValidationStatusHandler(s -> {
            endDate.setInvalid(s.isError());
            endDate.setErrorMessage(s.isError() ? "Enter a valid date" : null);
        }).bind(NewContractDraft::getEndDate, NewContractDraft::setEndDate);
        binder.forField(fee).bind(NewContractDraft::getFee, NewContractDraft::setFee);
        fields.put("templateId", template);
        fields.put("clientId", client);
        fields.put("projectName", projectName);
        fields.put("startDate", startDate);
        fields.put("endDate", endDate);
        fields.put("fee", fee);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> {
            FieldErrors.clear(fields.values());
            if (binder.writeBeanIfValid(draft)) {
                fireEvent(new CreateEvent(this, draft));
            }
        });
        cancel.addClickListener(e -> close());
        FormLayout form = new FormLayout(template, client, projectName, fee, startDate, endDate);
        form.setColspan(projectName, 2);
        add(form);
        getFooter().add(cancel, create);
    }

    /** Opens an empty form with these templates to choose from. */
    public void open(List<ContractTemplate> templates) {
        draft = new NewContractDraft();
        template.setItems(templates);
        binder.readBean(draft);
        FieldErrors.clear(fields.values());
        if (templates.size() == 1) {
            template.setValue(templates.get(0));
        }
        open();
    }

    /** Marks what this form has an input for and returns the rest (those come from the template's content). */
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

    public static class CreateEvent extends ComponentEvent<NewContractDialog> {
        private final NewContractDraft draft;

        CreateEvent(NewContractDialog source, NewContractDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        public NewContractDraft draft() {
            return draft;
        }
    }

    public Registration addCreateListener(ComponentEventListener<CreateEvent> listener) {
        return addListener(CreateEvent.class, listener);
    }
}
