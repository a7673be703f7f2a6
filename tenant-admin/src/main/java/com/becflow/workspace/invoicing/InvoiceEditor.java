package com.becflow.workspace.invoicing;

import com.becflow.clients.Client;
import com.becflow.contracts.Contract;
import com.becflow.invoicing.InvoiceContent;
import com.becflow.shared.money.MoneyText;
import com.becflow.workspace.FieldErrors;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The form of a draft invoice: whom it is for, its lines with their totals as typed, and its terms. Binds an
 * {@link InvoiceDraft} and raises {@link SaveEvent} with it; the view asks the service, which decides, and
 * hands its refusals back to {@link #showErrors}. A draft keeps its client, so the client is chosen only when
 * the invoice is created.
 */
public class InvoiceEditor extends VerticalLayout {

    private final ComboBox<Client> client = new ComboBox<>("Client");
    private final ComboBox<Contract> contract = new ComboBox<>("Signed contract (optional)");
    private final TextField currency = new TextField("Currency");
    private final InvoiceLinesEditor lines = new InvoiceLinesEditor("line", "invoice");
    private final TextField reference = new TextField("Reference (optional)");
    private final TextArea notes = new TextArea("Notes (optional)");
    private final IntegerField netDays = new IntegerField("Due after (days)");
    private final Checkbox partialPayments = new Checkbox("Allow partial payments");
    private final BigDecimalField minimumPayment = new BigDecimalField("Smallest payment accepted (optional)");
    private final Span formError = new Span();
    private final Button save = new Button("Save draft");
    private final Button cancel = new Button("Cancel");
    private final HorizontalLayout buttons = new HorizontalLayout();
    private final Binder<InvoiceDraft> binder = new Binder<>(InvoiceDraft.class);
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Function<Client, List<Contract>> signedContracts;
    private InvoiceDraft draft = new InvoiceDraft();
    private int defaultNetDays;
    private boolean loading;
    /** The currency last filled in for the person; replaced when the client or contract changes, unless they typed their own. */
    private String suggestedCurrency = "";

    /**
     * @param clients         the active clients, searched by the typed text
     * @param signedContracts the signed contracts of a client, any of which the invoice may name
     */
    public InvoiceEditor(CallbackDataProvider.FetchCallback<Client, String> clients,
                         Function<Client, List<Contract>> signedContracts) {
        this.signedContracts = signedContracts;
        setId("invoice-editor");
        setPadding(false);
        client.setId("invoice-client");
        contract.setId("invoice-contract");
        currency.setId("invoice-currency");
        reference.setId("invoice-reference");
        notes.setId("invoice-notes");
        netDays.setId("invoice-net-days");
        partialPayments.setId("invoice-partial-payments");
        minimumPayment.setId("invoice-minimum-payment");
        formError.setId("invoice-form-error");
        save.setId("save-invoice");
        cancel.setId("cancel-invoice");

        client.setItemLabelGenerator(InvoiceEditor::clientLabel);
        client.setItems(clients);
        client.setRequiredIndicatorVisible(true);
        client.setHelperText("Type to search your clients");
        contract.setItemLabelGenerator(c -> c.title() + " (" + MoneyText.of(c.fee()) + ")");
        contract.setClearButtonVisible(true);
        contract.setHelperText("Its currency and payment terms apply");
        currency.setMaxLength(3);
        currency.setValueChangeMode(ValueChangeMode.LAZY);
        currency.setWidth("8em");
        currency.setRequiredIndicatorVisible(true);
        reference.setMaxLength(InvoiceContent.REFERENCE_LENGTH);
        reference.setHelperText("The client's order number, for example");
        notes.setMaxLength(InvoiceContent.NOTES_LENGTH);
        notes.setWidthFull();
        notes.setMinHeight("5em");
        netDays.setMin(0);
        netDays.setMax(InvoiceContent.MAX_NET_DAYS);
        netDays.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage("Enter a whole number"));
        minimumPayment.setI18n(new BigDecimalField.BigDecimalFieldI18n().setBadInputErrorMessage("Enter a number"));
        formError.getStyle().set("color", "var(--lumo-error-text-color)");
        formError.setVisible(false);

        binder.forField(client).bind(InvoiceDraft::getClient, InvoiceDraft::setClient);
        binder.forField(contract).bind(InvoiceDraft::getContract, InvoiceDraft::setContract);
        binder.forField(currency).bind(InvoiceDraft::getCurrency, InvoiceDraft::setCurrency);
        binder.forField(reference).bind(InvoiceDraft::getReference, InvoiceDraft::setReference);
        binder.forField(notes).bind(InvoiceDraft::getNotes, InvoiceDraft::setNotes);
        binder.forField(netDays).bind(InvoiceDraft::getNetDays, InvoiceDraft::setNetDays);
        binder.forField(partialPayments).bind(InvoiceDraft::isPartialPayments, InvoiceDraft::setPartialPayments);
        binder.forField(minimumPayment).bind(InvoiceDraft::getMinimumPayment, InvoiceDraft::setMinimumPayment);
        fields.put("clientId", client);
        fields.put("contractId", contract);
        fields.put("currency", currency);
        fields.put("reference", reference);
        fields.put("notes", notes);
        fields.put("netDays", netDays);
        fields.put("minimumPayment", minimumPayment);

        client.addValueChangeListener(e -> clientChosen());
        contract.addValueChangeListener(e -> {
            if (!loading) {
                suggestCurrency();
                describeTerms();
            }
        });
        currency.addValueChangeListener(e -> showTotals());
        partialPayments.addValueChangeListener(e -> minimumPayment.setVisible(Boolean.TRUE.equals(e.getValue())));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> read().ifPresent(d -> fireEvent(new SaveEvent(this, d))));
        cancel.addClickListener(e -> fireEvent(new CancelEvent(this)));

        FormLayout head = new FormLayout(client, contract, currency, netDays, reference);
        head.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 2), new ResponsiveStep("60em", 4));
        head.setColspan(client, 2);
        head.setColspan(contract, 2);
        head.setColspan(reference, 2);
        HorizontalLayout payment = new HorizontalLayout(partialPayments, minimumPayment);
        payment.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        buttons.add(save, cancel);
        add(head, new H4("Lines"), lines, notes, payment, formError, buttons);
    }

    /** Hides "Save draft" and "Cancel", for a form that holds this one and saves with its own buttons. */
    public void setActionsVisible(boolean visible) {
        buttons.setVisible(visible);
    }

    /**
     * Shows a draft. {@code creating}: the client may be chosen; otherwise the draft keeps the one it has.
     *
     * @param defaultNetDays the tenant's payment terms, named when the field is left empty
     */
    public void edit(InvoiceDraft draft, boolean creating, boolean writable, int defaultNetDays) {
        this.draft = draft;
        this.defaultNetDays = defaultNetDays;
        loading = true;
        clearErrors();
        contract.setItems(draft.getClient() == null ? List.of() : contractsOf(draft.getClient(), draft.getContract()));
        binder.readBean(draft);
        lines.setLines(draft.getLines());
        loading = false;
        suggestedCurrency = suggestion();
        if (currency.isEmpty()) {
            currency.setValue(suggestedCurrency);
        }
        binder.setReadOnly(!writable);
        client.setReadOnly(!writable || !creating);
        lines.setReadOnly(!writable);
        save.setEnabled(writable);
        minimumPayment.setVisible(draft.isPartialPayments());
        describeTerms();
        showTotals();
    }

    /**
     * The draft as typed, with every mark cleared; empty (and the unreadable inputs marked) when a field holds
     * something its type cannot read, such as "1e" in a number field.
     */
    public Optional<InvoiceDraft> read() {
        clearErrors();
        boolean readable = binder.writeBeanIfValid(draft);
        readable &= lines.validateInput();
        if (!readable) {
            formError.setText("Some fields hold something that is not a number; they are marked.");
            formError.setVisible(true);
            return Optional.empty();
        }
        draft.setLines(lines.getLines());
        return Optional.of(draft);
    }

    /** The client chosen so far, whom the assistant drafts lines for. */
    public Optional<Client> chosenClient() {
        return Optional.ofNullable(client.getValue());
    }

    /** Runs with the contract chosen (null when none) each time the choice changes, when a draft is shown included. */
    public Registration addContractListener(Consumer<Contract> listener) {
        return contract.addValueChangeListener(e -> listener.accept(e.getValue()));
    }

    /**
     * Replaces the lines with drafted ones, each with its reason under its description, and takes the drafted
     * currency unless the person typed their own.
     */
    public void fillLines(List<InvoiceDraft.LineDraft> drafted, String draftedCurrency, Map<Integer, String> reasons) {
        clearErrors();
        lines.setLines(drafted);
        lines.explain(reasons);
        if (draftedCurrency != null && (currency.isEmpty() || Objects.equals(currency.getValue(), suggestedCurrency))) {
            currency.setValue(draftedCurrency);
        }
        showTotals();
    }

    /** Marks what this form has an input for, lines included, and returns the rest. */
    public Map<String, String> showErrors(Map<String, String> errors) {
        Map<String, String> rest = new LinkedHashMap<>();
        errors.forEach((field, message) -> {
            if (fields.containsKey(field) && ((Component) fields.get(field)).isVisible()) {
                FieldErrors.show(fields, field, message);
            } else if (!lines.showError(field, message)) {
                rest.put(field, message);
            }
        });
        return rest;
    }

    private void clearErrors() {
        FieldErrors.clear(fields.values());
        lines.clearErrors();
        formError.setText("");
        formError.setVisible(false);
    }

    private void clientChosen() {
        if (loading) {
            return;
        }
        Client chosen = client.getValue();
        Contract kept = contract.getValue() != null && chosen != null
                && contract.getValue().clientId().equals(chosen.id()) ? contract.getValue() : null;
        contract.setItems(chosen == null ? List.of() : contractsOf(chosen, kept));
        contract.setValue(kept);
        suggestCurrency();
        describeTerms();
    }

    /** The client's signed contracts, with the one the draft names first even if it no longer counts as signed. */
    private List<Contract> contractsOf(Client owner, Contract current) {
        List<Contract> choices = new ArrayList<>(signedContracts.apply(owner));
        if (current != null) {
            choices.removeIf(c -> c.id().equals(current.id()));
            choices.add(0, current);
        }
        return choices;
    }

    /** The currency the service would take: the contract's, else the client's. */
    private String suggestion() {
        if (contract.getValue() != null) {
            return contract.getValue().fee().currency().getCurrencyCode();
        }
        return client.getValue() == null ? "" : client.getValue().currency().getCurrencyCode();
    }

    private void suggestCurrency() {
        String next = suggestion();
        if (currency.isEmpty() || Objects.equals(currency.getValue(), suggestedCurrency)) {
            currency.setValue(next);
        }
        suggestedCurrency = next;
        showTotals();
    }

    private void describeTerms() {
        Contract chosen = contract.getValue();
        Integer contractDays = chosen == null || chosen.terms() == null || chosen.terms().payment() == null
                ? null : chosen.terms().payment().netDays();
        netDays.setHelperText(contractDays != null
                ? "Empty: the contract's " + days(contractDays)
                : "Empty: your default of " + days(defaultNetDays));
    }

    private static String days(int days) {
        return days == 0 ? "due on receipt" : days == 1 ? "1 day" : days + " days";
    }

    private void showTotals() {
        InvoiceDraft typed = new InvoiceDraft();
        typed.setClient(client.getValue());
        typed.setContract(contract.getValue());
        typed.setCurrency(currency.getValue());
        lines.setCurrency(typed.currencyInEffect().orElse(null));
    }

    static String clientLabel(Client c) {
        return c.company() == null || c.company().isBlank() ? c.name() : c.name() + " (" + c.company() + ")";
    }

    public static class SaveEvent extends ComponentEvent<InvoiceEditor> {
        private final InvoiceDraft draft;

        SaveEvent(InvoiceEditor source, InvoiceDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        public InvoiceDraft draft() {
            return draft;
        }
    }

    public static class CancelEvent extends ComponentEvent<InvoiceEditor> {
        CancelEvent(InvoiceEditor source) {
            super(source, false);
        }
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }
}
