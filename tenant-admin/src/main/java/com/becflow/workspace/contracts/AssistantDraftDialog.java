package com.becflow.workspace.contracts;

import com.becflow.assistant.ContractBrief;
import com.becflow.assistant.ContractProposal;
import com.becflow.assistant.Reason;
import com.becflow.clients.Client;
import com.becflow.contracts.ContractTemplate;
import com.becflow.contracts.app.SaveContract;
import com.becflow.contracts.checks.ClauseWarning;
import com.becflow.workspace.FieldErrors;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.shared.Registration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * "Draft with assistant": the freelancer writes a brief and picks the client ({@link DraftEvent}); the draft comes
 * back with its main fields to edit, each with its reason underneath, and every other reason listed; "Create draft"
 * raises {@link CreateEvent} with the fields as edited. Clauses are edited afterwards in the contract's own editor.
 */
public class AssistantDraftDialog extends Dialog {

    private static final String OFFLINE = "English, German, French or Spanish. Drafted on this server; nothing is sent to"
            + " anyone: you review the draft first.";

    private final ComboBox<Client> client = new ComboBox<>("Client");
    private final TextArea brief = new TextArea("What is the work? In your own words");
    private final Checkbox useModel = new Checkbox();
    private final Button draft = new Button("Draft");
    private final TextField projectName = new TextField("Project");
    private final BigDecimalField fee = new BigDecimalField("Fee");
    private final DatePicker startDate = new DatePicker("Start date");
    private final DatePicker endDate = new DatePicker("End date (optional)");
    private final Span template = new Span();
    private final Span provenance = new Span();
    private final VerticalLayout reasons = new VerticalLayout();
    private final ClauseWarnings checks = new ClauseWarnings();
    private final VerticalLayout review = new VerticalLayout();
    private final Button create = new Button("Create draft");
    private final Button cancel = new Button("Cancel");
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private ContractProposal proposal;
    private Client draftedFor;
    private Registration modelChoice;

    public AssistantDraftDialog(CallbackDataProvider.FetchCallback<Client, String> clients) {
        setId("assistant-dialog");
        setHeaderTitle("Draft with assistant");
        setWidth("min(820px, 96vw)");
        client.setId("assistant-client");
        brief.setId("assistant-brief");
        draft.setId("assistant-draft");
        projectName.setId("assistant-project");
        fee.setId("assistant-fee");
        startDate.setId("assistant-start");
        endDate.setId("assistant-end");
        template.setId("assistant-template");
        provenance.setId("assistant-provenance");
        reasons.setId("assistant-reasons");
        checks.setId("assistant-checks");
        create.setId("assistant-create");
        cancel.setId("assistant-cancel");
        client.setItemLabelGenerator(c -> c.company() == null || c.company().isBlank() ? c.name()
                : c.name() + " (" + c.company() + ")");
        client.setItems(clients);
        client.setRequiredIndicatorVisible(true);
        brief.setMaxLength(ContractBrief.MAX_LENGTH);
        brief.setPlaceholder("Logo and brand guide for a bakery, 3,000 EUR, half upfront, starts 1 March, two rounds "
                + "of revisions, they keep the rights once paid");
        brief.setWidthFull();
        brief.setMinHeight("8em");
        brief.setHelperText(OFFLINE);
        useModel.setId("assistant-use-model");
        useModel.setVisible(false);
        fee.setI18n(new BigDecimalField.BigDecimalFieldI18n().setBadInputErrorMessage("Enter a number"));
        fields.put("clientId", client);
        fields.put("brief", brief);
        fields.put("projectName", projectName);
        fields.put("fee", fee);
        fields.put("startDate", startDate);
        fields.put("endDate", endDate);
        draft.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        draft.addClickListener(e -> {
            FieldErrors.clear(fields.values());
            fireEvent(new DraftEvent(this, client.getValue(), brief.getValue()));
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> {
            FieldErrors.clear(fields.values());
            fireEvent(new CreateEvent(this, proposal.templateId(), draftedFor, edited(), proposal));
        });
        cancel.addClickListener(e -> close());
        FormLayout edits = new FormLayout(projectName, fee, startDate, endDate);
        edits.setColspan(projectName, 2);
        reasons.setPadding(false);
        reasons.setSpacing(false);
        review.setPadding(false);
        review.add(template, provenance, edits, checks, new Span("Why each clause holds its value (edit them in the "
                + "contract after creating the draft):"), reasons);
        review.setVisible(false);
        add(new VerticalLayout(client, brief, useModel, draft), review);
        getFooter().add(cancel, create);
        create.setVisible(false);
    }

    /**
     * Offers the language model the operator configured ({@code model}; null: none, and nothing is offered), as the
     * tenant last chose ({@code allowed}); {@code choose} is told each change the freelancer makes. The brief's
     * helper says where the brief goes.
     */
    public void offerModel(String model, boolean allowed, Consumer<Boolean> choose) {
        useModel.setVisible(model != null);
        if (model == null) {
            brief.setHelperText(OFFLINE);
            return;
        }
        useModel.setLabel("Let the language model (" + model + ") draft from the brief");
        useModel.setValue(allowed);
        whereTheBriefGoes(model, allowed);
        if (modelChoice != null) {
            modelChoice.remove();
        }
        modelChoice = useModel.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                whereTheBriefGoes(model, e.getValue());
                choose.accept(e.getValue());
            }
        });
    }

    private void whereTheBriefGoes(String model, boolean allowed) {
        brief.setHelperText(allowed ? "English, German, French or Spanish. The brief goes to "
                + model + " to draft it; you review the draft first." : OFFLINE);
    }

    public void open(List<ContractTemplate> unused) {
        proposal = null;
        review.setVisible(false);
        create.setVisible(false);
        FieldErrors.clear(fields.values());
        open();
    }

    /**
     * Shows a draft for review, each main field pre-filled with its reason underneath, and the rule checks on its
     * clauses (the same the contract's page shows once it is saved).
     */
    public void show(ContractProposal drafted, Client forClient, ContractTemplate chosen, List<ClauseWarning> warnings) {
        checks.show(warnings);
        proposal = drafted;
        draftedFor = forClient;
        SaveContract c = drafted.contract();
        projectName.setValue(c.projectName() == null ? "" : c.projectName());
        fee.setValue(c.fee());
        fee.setLabel("Fee (" + c.currency() + ")");
        startDate.setValue(c.startDate());
        endDate.setValue(c.endDate());
        template.setText("Template: " + chosen.name());
        provenance.setText(drafted.provenance().kind() == com.becflow.assistant.DraftProvenance.Kind.OFFLINE
                ? "Drafted offline on this server" + (drafted.provenance().note() == null ? "" : ". " + drafted.provenance().note())
                : "Drafted by " + drafted.provenance().model());
        Map<String, TextFieldLike> helpers = Map.of("projectName", projectName::setHelperText, "fee", fee::setHelperText,
                "startDate", startDate::setHelperText, "endDate", endDate::setHelperText);
        helpers.values().forEach(h -> h.helper(null));
        reasons.removeAll();
        for (Reason reason : drafted.reasons()) {
            TextFieldLike helper = helpers.get(reason.field());
            String text = reason.because() + (reason.source() == Reason.Source.TEMPLATE_DEFAULT ? " (default)" : "");
            if (helper != null) {
                helper.helper(text);
            } else {
                Div row = new Div(new Span(label(reason.field()) + ": "), new Span(text));
                row.addClassName("assistant-reason");
                row.getElement().setAttribute("data-field", reason.field());
                row.getElement().setAttribute("data-source", reason.source().name());
                reasons.add(row);
            }
        }
        review.setVisible(true);
        create.setVisible(true);
    }

    private SaveContract edited() {
        SaveContract c = proposal.contract();
        return new SaveContract(c.title(), projectName.getValue(), startDate.getValue(), endDate.getValue(),
                fee.getValue(), c.currency(), c.body(), c.terms(), c.countersignRequired(), c.validityDays());
    }

    private static String label(String field) {
        return switch (field) {
            case "templateId" -> "Template";
            case "currency" -> "Currency";
            case "terms.payment.netDays" -> "Payment terms";
            case "terms.scope.deliverables" -> "Scope";
            case "terms.scope.revisionRounds" -> "Revision rounds";
            case "terms.scope.changeRequestHourlyRate" -> "Change rate";
            case "terms.ipTransfer.moment" -> "Rights";
            case "terms.cancellation.tiers" -> "Cancellation";
            case "terms.earlyPaymentDiscount.percent" -> "Early payment discount";
            default -> field.startsWith("terms.deposit") ? "Deposit" : field.startsWith("terms.lateFee") ? "Late fee" : field;
        };
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

    private interface TextFieldLike {
        void helper(String text);
    }

    public static class DraftEvent extends ComponentEvent<AssistantDraftDialog> {
        private final Client client;
        private final String brief;

        DraftEvent(AssistantDraftDialog source, Client client, String brief) {
            super(source, false);
            this.client = client;
            this.brief = brief;
        }

        public Client client() { return client; }
        public String brief() { return brief; }
    }

    public static class CreateEvent extends ComponentEvent<AssistantDraftDialog> {
        private final com.becflow.contracts.ContractTemplateId templateId;
        private final Client client;
        private final SaveContract contract;
        private final ContractProposal proposal;

        CreateEvent(AssistantDraftDialog source, com.becflow.contracts.ContractTemplateId templateId, Client client,
                    SaveContract contract, ContractProposal proposal) {
            super(source, false);
            this.templateId = templateId;
            this.client = client;
            this.contract = contract;
            this.proposal = proposal;
        }

        public com.becflow.contracts.ContractTemplateId templateId() { return templateId; }
        public Client client() { return client; }
        public SaveContract contract() { return contract; }
        public ContractProposal proposal() { return proposal; }
    }

    public Registration addDraftListener(ComponentEventListener<DraftEvent> listener) {
        return addListener(DraftEvent.class, listener);
    }

    public Registration addCreateListener(ComponentEventListener<CreateEvent> listener) {
        return addListener(CreateEvent.class, listener);
    }
}
