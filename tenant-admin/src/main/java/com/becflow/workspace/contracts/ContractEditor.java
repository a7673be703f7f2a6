package com.becflow.workspace.contracts;

import com.becflow.contracts.ContractContent;
import com.becflow.contracts.ContractTemplate;
import com.becflow.workspace.FieldErrors;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.BindingValidationStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The form of a draft contract: its own fields, its text and its clauses. Binds a {@link ContractDraft};
 * the view owns the buttons (they change with the contract's status) and asks {@link #read()} for the draft.
 */
public class ContractEditor extends VerticalLayout {

    private final TextField title = new TextField("Title");
    private final TextField projectName = new TextField("Project");
    private final DatePicker startDate = new DatePicker("Start date");
    private final DatePicker endDate = new DatePicker("End date (optional)");
    private final BigDecimalField fee = new BigDecimalField("Fee");
    private final TextField currency = new TextField("Currency");
    private final IntegerField validityDays = new IntegerField("Offer open for (days)");
    private final Checkbox countersignRequired = new Checkbox("Countersignature needed: I sign after the client");
    private final TextArea body = new TextArea("Contract text");
    private final ClauseEditor clauses = new ClauseEditor();
    private final Binder<ContractDraft> binder = new Binder<>(ContractDraft.class);
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private ContractDraft draft = new ContractDraft();
    private boolean dirty;

    public ContractEditor() {
        setId("contract-editor");
        setPadding(false);
        title.setId("contract-edit-title");
        projectName.setId("contract-edit-project");
        startDate.setId("contract-edit-start");
        endDate.setId("contract-edit-end");
        fee.setId("contract-edit-fee");
        currency.setId("contract-edit-currency");
        validityDays.setId("contract-edit-validity");
        countersignRequired.setId("contract-edit-countersign");
        body.setId("contract-edit-body");
        title.setMaxLength(ContractContent.TITLE_LENGTH);
        projectName.setMaxLength(ContractContent.PROJECT_LENGTH);
        currency.setMaxLength(3);
        currency.setHelperText("ISO code, e.g. EUR");
        validityDays.setHelperText("The client's link stops working after this");
        fee.setI18n(new BigDecimalField.BigDecimalFieldI18n().setBadInputErrorMessage("Enter a number"));
        validityDays.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage("Enter a whole number"));
        body.setMaxLength(ContractTemplate.BODY_LENGTH);
        body.setWidthFull();
        body.setMinHeight("14em");
        for (HasValue<?, ?> required : new HasValue<?, ?>[] {title, projectName, startDate, fee, currency, body}) {
            required.setRequiredIndicatorVisible(true);
        }
        binder.forField(title).bind(ContractDraft::getTitle, ContractDraft::setTitle);
        binder.forField(projectName).bind(ContractDraft::getProjectName, ContractDraft::setProjectName);
        binder.forField(startDate).withValidationStatusHandler(s -> dateStatus(startDate, s))
                .bind(ContractDraft::getStartDate, ContractDraft::setStartDate);
        binder.forField(endDate).withValidationStatusHandler(s -> dateStatus(endDate, s))
                .bind(ContractDraft::getEndDate, ContractDraft::setEndDate);
        binder.forField(fee).bind(ContractDraft::getFee, ContractDraft::setFee);
        binder.forField(currency).bind(ContractDraft::getCurrency, ContractDraft::setCurrency);
        binder.forField(validityDays).bind(ContractDraft::getValidityDays, ContractDraft::setValidityDays);
        binder.forField(countersignRequired).bind(ContractDraft::isCountersignRequired,
                ContractDraft::setCountersignRequired);
        binder.forField(body).bind(ContractDraft::getBody, ContractDraft::setBody);
        fields.put("title", title);
        fields.put("projectName", projectName);
        fields.put("startDate", startDate);
        fields.put("endDate", endDate);
        fields.put("fee", fee);
        fields.put("currency", currency);
        fields.put("validityDays", validityDays);
        fields.put("body", body);
        binder.getFields().forEach(f -> f.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                dirty = true;
            }
        }));
        clauses.addChangeListener(e -> dirty = true);

        FormLayout head = new FormLayout(title, projectName, startDate, endDate, fee, currency, validityDays);
        head.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 2), new ResponsiveStep("50em", 4));
        head.setColspan(title, 2);
        head.setColspan(projectName, 2);
        add(head, countersignRequired, body, new MergeFieldHelp(body), new H4("Clauses"), clauses);
    }

    public void edit(ContractDraft draft, boolean writable) {
        this.draft = draft;
        FieldErrors.clear(fields.values());
        binder.readBean(draft);
        clauses.setTerms(draft.getTerms());
        binder.setReadOnly(!writable);
        clauses.setReadOnly(!writable);
        dirty = false;
    }

    /** Changes typed since the draft was shown or last saved. */
    public boolean isDirty() {
        return dirty;
    }

    public void markSaved() {
        dirty = false;
    }

    /**
     * The draft as typed, with every mark cleared; empty (and the unreadable inputs marked) when a field holds
     * something its type cannot read.
     */
    public Optional<ContractDraft> read() {
        FieldErrors.clear(fields.values());
        clauses.clearErrors();
        boolean readable = binder.writeBeanIfValid(draft);
        readable &= clauses.validateInput();
        if (!readable) {
            return Optional.empty();
        }
        draft.setTerms(clauses.getTerms());
        return Optional.of(draft);
    }

    /** Marks what this form has an input for and returns the rest. */
    public Map<String, String> showErrors(Map<String, String> errors) {
        Map<String, String> rest = new LinkedHashMap<>();
        errors.forEach((field, message) -> {
            if (fields.containsKey(field)) {
                FieldErrors.show(fields, field, message);
            } else if (!clauses.showError(field, message)) {
                rest.put(field, message);
            }
        });
        return rest;
    }

    private static void dateStatus(DatePicker field, BindingValidationStatus<?> status) {
        field.setInvalid(status.isError());
        field.setErrorMessage(status.isError()
                ? status.getMessage().filter(m -> !m.isBlank()).orElse("Enter a valid date") : null);
    }
}
