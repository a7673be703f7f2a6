package com.becflow.workspace.invoicing;

import com.becflow.clients.Client;
import com.becflow.contracts.Contract;
import com.becflow.invoicing.InvoiceContent;
import com.becflow.invoicing.InvoiceLine;
import com.becflow.invoicing.packages.PackageBilling;
import com.becflow.invoicing.packages.PackageDeal;
import com.becflow.shared.money.MoneyText;
import com.becflow.workspace.FieldErrors;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The form of a new package: for whom, its title and one price, how it is billed, and its milestones
 * ({@link PackageMilestoneRows}), with a line that says as they are typed whether the shares add up to the price. Binds
 * a {@link PackageDraft} and raises {@link SaveEvent} with it; the view asks the service, which decides, and hands its
 * refusals back to {@link #showErrors}.
 */
public class PackageForm extends VerticalLayout {

    private final ComboBox<Client> client = new ComboBox<>("Client");
    private final ComboBox<Contract> contract = new ComboBox<>("Signed contract (optional)");
    private final TextField title = new TextField("Package");
    private final BigDecimalField price = new BigDecimalField("Price (before tax)");
    private final BigDecimalField taxRate = new BigDecimalField("Tax % (optional)");
    private final TextField taxName = new TextField("Tax name");
    private final IntegerField netDays = new IntegerField("Each invoice due after (days)");
    private final TextArea notes = new TextArea("Notes on its invoices (optional)");
    private final RadioButtonGroup<PackageBilling> billing = new RadioButtonGroup<>("Billing");
    private final PackageMilestoneRows milestones = new PackageMilestoneRows(this::refresh);
    private final Span formError = new Span();
    private final Button offer = new Button("Offer package");
    private final Button cancel = new Button("Cancel");
    private final Binder<PackageDraft> binder = new Binder<>(PackageDraft.class);
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Function<Client, List<Contract>> signedContracts;
    private PackageDraft draft = new PackageDraft();
    private boolean loading;

    /**
     * @param clients         the active clients, searched by the typed text
     * @param signedContracts the signed contracts of a client, any of which the package may bill for
     */
    public PackageForm(CallbackDataProvider.FetchCallback<Client, String> clients,
                       Function<Client, List<Contract>> signedContracts) {
        this.signedContracts = signedContracts;
        setId("package-form");
        setPadding(false);
        client.setId("package-client");
        contract.setId("package-contract");
        title.setId("package-title");
        price.setId("package-price");
        taxRate.setId("package-tax-rate");
        taxName.setId("package-tax-name");
        netDays.setId("package-net-days");
        notes.setId("package-notes");
        billing.setId("package-billing");
        formError.setId("package-form-error");
        offer.setId("offer-package");
        cancel.setId("cancel-package");

        client.setItemLabelGenerator(InvoiceEditor::clientLabel);
        client.setItems(clients);
        client.setRequiredIndicatorVisible(true);
        client.setHelperText("Type to search your clients");
        contract.setItemLabelGenerator(c -> c.title() + " (" + MoneyText.of(c.fee()) + ")");
        contract.setClearButtonVisible(true);
        contract.setHelperText("Its currency and payment terms apply");
        title.setMaxLength(PackageDeal.TITLE_LENGTH);
        title.setRequiredIndicatorVisible(true);
        title.setPlaceholder("Brand identity package");
        price.setRequiredIndicatorVisible(true);
        price.setValueChangeMode(ValueChangeMode.LAZY);
        taxRate.setWidth("8em");
        taxName.setMaxLength(InvoiceLine.TAX_NAME_LENGTH);
        taxName.setPlaceholder("VAT");
        taxName.setWidth("8em");
        // No min or max here: the service names the range, and a field's limit would speak first as "not a number".
        notes.setMaxLength(InvoiceContent.NOTES_LENGTH);
        notes.setWidthFull();
        for (BigDecimalField number : List.of(price, taxRate)) {
            number.setI18n(new BigDecimalField.BigDecimalFieldI18n().setBadInputErrorMessage("Enter a number"));
        }
        netDays.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage("Enter a whole number"));
        billing.setItems(PackageBilling.values());
        billing.setItemLabelGenerator(PackageBilling::label);
        formError.getStyle().set("color", "var(--lumo-error-text-color)");
        formError.setVisible(false);

        binder.forField(client).bind(PackageDraft::getClient, PackageDraft::setClient);
        binder.forField(contract).bind(PackageDraft::getContract, PackageDraft::setContract);
        binder.forField(title).bind(PackageDraft::getTitle, PackageDraft::setTitle);
        binder.forField(price).bind(PackageDraft::getPrice, PackageDraft::setPrice);
        binder.forField(taxRate).bind(PackageDraft::getTaxRate, PackageDraft::setTaxRate);
        binder.forField(taxName).bind(PackageDraft::getTaxName, PackageDraft::setTaxName);
        binder.forField(netDays).bind(PackageDraft::getNetDays, PackageDraft::setNetDays);
        binder.forField(notes).bind(PackageDraft::getNotes, PackageDraft::setNotes);
        binder.forField(billing).bind(PackageDraft::getBilling, PackageDraft::setBilling);
        fields.put("clientId", client);
        fields.put("contractId", contract);
        fields.put("title", title);
        fields.put("price", price);
        fields.put("taxRate", taxRate);
        fields.put("taxName", taxName);
        fields.put("netDays", netDays);
        fields.put("notes", notes);
        fields.put("billing", billing);

        client.addValueChangeListener(e -> clientChosen());
        contract.addValueChangeListener(e -> refresh());
        price.addValueChangeListener(e -> refresh());
        billing.addValueChangeListener(e -> refresh());
        offer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        offer.addClickListener(e -> read().ifPresent(d -> fireEvent(new SaveEvent(this, d))));
        cancel.addClickListener(e -> fireEvent(new CancelEvent(this)));

        FormLayout head = new FormLayout(client, contract, title, price, taxRate, taxName, netDays);
        head.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 2), new ResponsiveStep("60em", 4));
        head.setColspan(client, 2);
        head.setColspan(contract, 2);
        head.setColspan(title, 2);
        add(head, billing, new H4("Milestones"), milestones, notes, formError, new HorizontalLayout(offer, cancel));
    }

    /**
     * An empty form for a new package, billed per milestone.
     *
     * @param defaultNetDays the workspace's payment terms, named when the field is left empty
     */
    public void start(int defaultNetDays) {
        draft = new PackageDraft();
        loading = true;
        clearErrors();
        contract.setItems(List.of());
        binder.readBean(draft);
        milestones.show(draft.getMilestones(), false);
        loading = false;
        netDays.setHelperText("Empty: the contract's terms, else your default of "
                + (defaultNetDays == 1 ? "1 day" : defaultNetDays + " days"));
        refresh();
    }

    /**
     * The package as typed, with every mark cleared; empty (and the unreadable inputs marked) when a field holds
     * something its type cannot read, such as "1e" in the price.
     */
    public Optional<PackageDraft> read() {
        clearErrors();
        boolean readable = binder.writeBeanIfValid(draft);
        readable &= milestones.validateInput();
        draft.setMilestones(milestones.milestones());
        showSum();
        if (!readable) {
            formError.setText("Some fields hold something that is not a number; they are marked.");
            formError.setVisible(true);
            return Optional.empty();
        }
        return Optional.of(draft);
    }

    /** Marks what this form has an input for, milestone rows and the line under them included, and returns the rest. */
    public Map<String, String> showErrors(Map<String, String> errors) {
        Map<String, String> rest = new LinkedHashMap<>();
        errors.forEach((field, message) -> {
            if (fields.containsKey(field) && ((Component) fields.get(field)).isVisible()) {
                FieldErrors.show(fields, field, message);
            } else if (!milestones.showError(field, message)) {
                rest.put(field, message);
            }
        });
        showSum();
        return rest;
    }

    private void clearErrors() {
        FieldErrors.clear(fields.values());
        milestones.clearErrors();
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
        contract.setItems(chosen == null ? List.of() : signedContracts.apply(chosen));
        contract.setValue(kept);
        refresh();
    }

    /** Follows the typing: shares shown only when billed per milestone, and how they compare to the price. */
    private void refresh() {
        if (loading) {
            return;
        }
        binder.writeBeanAsDraft(draft, true);
        draft.setMilestones(milestones.milestones());
        boolean perMilestone = draft.getBilling() == PackageBilling.PER_MILESTONE;
        milestones.showShares(perMilestone);
        billing.setHelperText(draft.getBilling() == PackageBilling.BY_PLAN
                ? "One invoice for the whole price is issued and sent to the client as soon as you offer the package;"
                        + " they may pay it at once or by a payment plan. The milestones only track delivery."
                : "Each milestone's share is invoiced, and the invoice sent, when you mark it delivered.");
        price.setHelperText(draft.currencyInEffect().map(c -> "In " + c.getCurrencyCode()).orElse(""));
        milestones.dropVerdict();
        showSum();
    }

    private void showSum() {
        milestones.showSum(draft.sharesLine().orElse(null));
    }

    public static class SaveEvent extends ComponentEvent<PackageForm> {
        private final PackageDraft draft;

        SaveEvent(PackageForm source, PackageDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        public PackageDraft draft() {
            return draft;
        }
    }

    public static class CancelEvent extends ComponentEvent<PackageForm> {
        CancelEvent(PackageForm source) {
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
