package com.becflow.workspace.contracts;

import com.becflow.contracts.ContractTemplate;
import com.becflow.workspace.FieldErrors;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The template form: name, category, text with merge fields, clauses, and how the clauses read. Binds a
 * {@link TemplateDraft}; saving raises {@link SaveEvent} and the view decides.
 */
public class ContractTemplateEditor extends HorizontalLayout {

    private final TextField name = new TextField("Name");
    private final TextField category = new TextField("Category");
    private final Checkbox countersignRequired = new Checkbox("Countersignature needed: I sign after the client");
    private final TextArea body = new TextArea("Contract text");
    private final ClauseEditor clauses = new ClauseEditor();
    private final ClausePreview preview = new ClausePreview();
    private final Button refresh = new Button("Refresh preview");
    private final Button save = new Button("Save template");
    private final Button cancel = new Button("Cancel");
    private final Binder<TemplateDraft> binder = new Binder<>(TemplateDraft.class);
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private TemplateDraft draft = new TemplateDraft();

    public ContractTemplateEditor() {
        setId("template-editor");
        setWidthFull();
        name.setId("template-name");
        category.setId("template-category");
        countersignRequired.setId("template-countersign");
        body.setId("template-body");
        refresh.setId("template-preview-refresh");
        save.setId("template-save");
        cancel.setId("template-cancel");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(ContractTemplate.NAME_LENGTH);
        category.setMaxLength(ContractTemplate.CATEGORY_LENGTH);
        category.setPlaceholder("General");
        body.setRequiredIndicatorVisible(true);
        body.setMaxLength(ContractTemplate.BODY_LENGTH);
        body.setWidthFull();
        body.setMinHeight("16em");
        body.setHelperText("Write {{client.name}} and the like where the contract's own values go.");
        binder.forField(name).bind(TemplateDraft::getName, TemplateDraft::setName);
        binder.forField(category).bind(TemplateDraft::getCategory, TemplateDraft::setCategory);
        binder.forField(body).bind(TemplateDraft::getBody, TemplateDraft::setBody);
        binder.forField(countersignRequired).bind(TemplateDraft::isCountersignRequired,
                TemplateDraft::setCountersignRequired);
        fields.put("name", name);
        fields.put("category", category);
        fields.put("body", body);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        cancel.addClickListener(e -> fireEvent(new CloseEvent(this)));
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        refresh.addClickListener(e -> preview.show(clauses.getTerms()));
        clauses.addChangeListener(e -> preview.show(clauses.getTerms()));

        FormLayout head = new FormLayout(name, category);
        VerticalLayout form = new VerticalLayout(head, countersignRequired, body, new MergeFieldHelp(body),
                new H4("Clauses"), clauses, new HorizontalLayout(save, cancel));
        form.setPadding(false);
        VerticalLayout side = new VerticalLayout(preview, refresh);
        side.setPadding(false);
        side.getStyle().set("position", "sticky").set("top", "0").set("align-self", "flex-start");
        add(form, side);
        setFlexGrow(3, form);
        setFlexGrow(2, side);
    }

    public void edit(TemplateDraft draft, boolean writable) {
        this.draft = draft;
        FieldErrors.clear(fields.values());
        binder.readBean(draft);
        clauses.setTerms(draft.getTerms());
        preview.show(clauses.getTerms());
        binder.setReadOnly(!writable);
        clauses.setReadOnly(!writable);
        save.setEnabled(writable);
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

    private void save() {
        FieldErrors.clear(fields.values());
        clauses.clearErrors();
        if (!binder.writeBeanIfValid(draft) | !clauses.validateInput()) {
            return;
        }
        draft.setTerms(clauses.getTerms());
        preview.show(draft.getTerms());
        fireEvent(new SaveEvent(this, draft));
    }

    public static class SaveEvent extends ComponentEvent<ContractTemplateEditor> {
        private final TemplateDraft draft;

        SaveEvent(ContractTemplateEditor source, TemplateDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        public TemplateDraft draft() {
            return draft;
        }
    }

    public static class CloseEvent extends ComponentEvent<ContractTemplateEditor> {
        CloseEvent(ContractTemplateEditor source) {
            super(source, false);
        }
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addCloseListener(ComponentEventListener<CloseEvent> listener) {
        return addListener(CloseEvent.class, listener);
    }
}
