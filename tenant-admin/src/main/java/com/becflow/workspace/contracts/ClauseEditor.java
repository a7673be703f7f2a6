package com.becflow.workspace.contracts;

import com.becflow.contracts.ContractTerms;
import com.becflow.contracts.ContractTerms.IpTransferMoment;
import com.becflow.workspace.FieldErrors;
import com.becflow.workspace.contracts.ClauseDraft.DepositKind;
import com.becflow.workspace.contracts.ClauseDraft.TierDraft;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edits a {@link ContractTerms}: payment terms always, every other clause behind its own switch. Binds a
 * {@link ClauseDraft}; {@link #getTerms()} gives the terms as typed (null for clauses that are off) and the
 * domain decides whether they hold. {@link #showErrors} puts the domain's verdict, keyed by path
 * ({@code terms.deposit.percent}, {@code terms.cancellation.tiers[1].percentKept}), next to the right input.
 */
public class ClauseEditor extends VerticalLayout {

    private static final Pattern TIER = Pattern.compile("terms\\.cancellation\\.tiers\\[(\\d+)](?:\\.(\\w+))?");

    private final Binder<ClauseDraft> binder = new Binder<>(ClauseDraft.class);
    private final List<Binder.Binding<ClauseDraft, ?>> bindings = new ArrayList<>();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Map<String, Section> sections = new LinkedHashMap<>();

    private final IntegerField netDays = wholeNumber("Invoices due after (days)", "clause-net-days");

    private final Checkbox depositOn = toggle("Deposit on signing", "clause-deposit-on");
    private final RadioButtonGroup<DepositKind> depositKind = new RadioButtonGroup<>("Deposit as");
    private final BigDecimalField depositPercent = decimal("Deposit (% of the fee)", "clause-deposit-percent");
    private final BigDecimalField depositAmount = decimal("Deposit (amount)", "clause-deposit-amount");

    private final Checkbox cancellationOn = toggle("Cancellation fee", "clause-cancellation-on");
    private final VerticalLayout tierList = new VerticalLayout();
    private final List<TierRow> tierRows = new ArrayList<>();
    private final Button addTier = new Button("Add tier");

    private final Checkbox lateFeeOn = toggle("Late payment fee", "clause-late-fee-on");
    private final BigDecimalField lateFeeFlat = decimal("Flat fee (amount)", "clause-late-fee-flat");
    private final BigDecimalField lateFeePercent = decimal("% of the unpaid amount per period", "clause-late-fee-percent");
    private final IntegerField lateFeePeriod = wholeNumber("Charged every (days)", "clause-late-fee-period");
    private final IntegerField lateFeeGrace = wholeNumber("Grace period (days)", "clause-late-fee-grace");
    private final BigDecimalField lateFeeCap = decimal("Cap (% of the invoice, optional)", "clause-late-fee-cap");

    private final Checkbox discountOn = toggle("Early payment discount", "clause-discount-on");
    private final BigDecimalField discountPercent = decimal("Discount (%)", "clause-discount-percent");
    private final IntegerField discountWithin = wholeNumber("If paid within (days)", "clause-discount-within");

    private final Checkbox ipOn = toggle("Transfer of intellectual property", "clause-ip-on");
    private final RadioButtonGroup<IpTransferMoment> ipMoment = new RadioButtonGroup<>("Ownership passes");

    private final Checkbox scopeOn = toggle("Scope and change requests", "clause-scope-on");
    private final TextArea scopeDeliverables = new TextArea("What the fee covers");
    private final IntegerField scopeRevisions = wholeNumber("Revision rounds included (optional)", "clause-scope-revisions");
    private final BigDecimalField scopeRate = decimal("Hourly rate for changes (optional)", "clause-scope-rate");

    private boolean readOnly;

    public ClauseEditor() {
        setId("clause-editor");
        setPadding(false);
        setSpacing(true);
        depositKind.setId("clause-deposit-kind");
        depositKind.setItems(DepositKind.values());
        depositKind.setItemLabelGenerator(k -> k == DepositKind.PERCENT ? "Percentage of the fee" : "Fixed amount");
        ipMoment.setId("clause-ip-moment");
        ipMoment.setItems(IpTransferMoment.values());
        ipMoment.setItemLabelGenerator(m -> m == IpTransferMoment.ON_SIGNING ? "When the contract is signed"
                : "Once the fee is paid in full");
        scopeDeliverables.setId("clause-scope-deliverables");
        scopeDeliverables.setMaxLength(ContractTerms.MAX_SCOPE_LENGTH);
        scopeDeliverables.setMinHeight("6em");
        netDays.setRequiredIndicatorVisible(true);
        netDays.setHelperText("0 means due on receipt");
        addTier.setId("clause-cancellation-add");
        addTier.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        addTier.addClickListener(e -> {
            addRow(new TierDraft());
            changed();
        });
        tierList.setPadding(false);
        tierList.setSpacing(false);

        bind(netDays, ClauseDraft::getNetDays, ClauseDraft::setNetDays, "terms.payment.netDays");
        bind(depositOn, ClauseDraft::isDepositOn, ClauseDraft::setDepositOn, null);
        bind(depositKind, ClauseDraft::getDepositKind, ClauseDraft::setDepositKind, null);
        bind(depositPercent, ClauseDraft::getDepositPercent, ClauseDraft::setDepositPercent, "terms.deposit.percent");
        bind(depositAmount, ClauseDraft::getDepositAmount, ClauseDraft::setDepositAmount, "terms.deposit.amount");
        bind(cancellationOn, ClauseDraft::isCancellationOn, ClauseDraft::setCancellationOn, null);
        bind(lateFeeOn, ClauseDraft::isLateFeeOn, ClauseDraft::setLateFeeOn, null);
        bind(lateFeeFlat, ClauseDraft::getLateFeeFlatAmount, ClauseDraft::setLateFeeFlatAmount, "terms.lateFee.flatAmount");
        bind(lateFeePercent, ClauseDraft::getLateFeePercentPerPeriod, ClauseDraft::setLateFeePercentPerPeriod,
                "terms.lateFee.percentPerPeriod");
        bind(lateFeePeriod, ClauseDraft::getLateFeePeriodDays, ClauseDraft::setLateFeePeriodDays, "terms.lateFee.periodDays");
        bind(lateFeeGrace, ClauseDraft::getLateFeeGraceDays, ClauseDraft::setLateFeeGraceDays, "terms.lateFee.graceDays");
        bind(lateFeeCap, ClauseDraft::getLateFeeCapPercent, ClauseDraft::setLateFeeCapPercent, "terms.lateFee.capPercent");
        bind(discountOn, ClauseDraft::isDiscountOn, ClauseDraft::setDiscountOn, null);
        bind(discountPercent, ClauseDraft::getDiscountPercent, ClauseDraft::setDiscountPercent,
                "terms.earlyPaymentDiscount.percent");
        bind(discountWithin, ClauseDraft::getDiscountWithinDays, ClauseDraft::setDiscountWithinDays,
                "terms.earlyPaymentDiscount.withinDays");
        bind(ipOn, ClauseDraft::isIpTransferOn, ClauseDraft::setIpTransferOn, null);
        bind(ipMoment, ClauseDraft::getIpTransferMoment, ClauseDraft::setIpTransferMoment, "terms.ipTransfer.moment");
        bind(scopeOn, ClauseDraft::isScopeOn, ClauseDraft::setScopeOn, null);
        bind(scopeDeliverables, ClauseDraft::getScopeDeliverables, ClauseDraft::setScopeDeliverables,
                "terms.scope.deliverables");
        bind(scopeRevisions, ClauseDraft::getScopeRevisionRounds, ClauseDraft::setScopeRevisionRounds,
                "terms.scope.revisionRounds");
        bind(scopeRate, ClauseDraft::getScopeChangeRequestHourlyRate, ClauseDraft::setScopeChangeRequestHourlyRate,
                "terms.scope.changeRequestHourlyRate");

        section("terms.payment", "payment", null, netDays);
        section("terms.scope", "scope", scopeOn, scopeDeliverables, scopeRevisions, scopeRate);
        section("terms.deposit", "deposit", depositOn, depositKind, depositPercent, depositAmount);
        section("terms.earlyPaymentDiscount", "discount", discountOn, discountPercent, discountWithin);
        section("terms.lateFee", "late-fee", lateFeeOn, lateFeeFlat, lateFeePercent, lateFeePeriod, lateFeeGrace, lateFeeCap);
        section("terms.cancellation", "cancellation", cancellationOn, tierList, addTier);
        section("terms.ipTransfer", "ip", ipOn, ipMoment);

        depositOn.addValueChangeListener(e -> syncVisibility());
        depositKind.addValueChangeListener(e -> syncVisibility());
        // Switching a clause on by hand fills in what nearly everyone uses; the change is announced once filled.
        cancellationOn.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() && tierRows.isEmpty()) {
                addRow(new TierDraft());
                changed();
            }
            syncVisibility();
        });
        lateFeeOn.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() && (lateFeePeriod.isEmpty() || lateFeeGrace.isEmpty())) {
                if (lateFeePeriod.isEmpty()) {
                    lateFeePeriod.setValue(30);
                }
                if (lateFeeGrace.isEmpty()) {
                    lateFeeGrace.setValue(0);
                }
                changed();
            }
            syncVisibility();
        });
        discountOn.addValueChangeListener(e -> syncVisibility());
        ipOn.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() && ipMoment.isEmpty()) {
                ipMoment.setValue(IpTransferMoment.ON_FULL_PAYMENT);
                changed();
            }
            syncVisibility();
        });
        scopeOn.addValueChangeListener(e -> syncVisibility());
        setTerms(null);
    }

    /** Shows these terms (null: empty payment terms, every optional clause off) and clears all marks. */
    public void setTerms(ContractTerms terms) {
        ClauseDraft draft = ClauseDraft.of(terms);
        binder.readBean(draft);
        tierRows.clear();
        tierList.removeAll();
        draft.getTiers().forEach(this::addRow);
        syncVisibility();
        clearErrors();
    }

    /** The terms as typed: a clause that is off is null; nothing is checked here. */
    public ContractTerms getTerms() {
        ClauseDraft draft = new ClauseDraft();
        binder.writeBeanAsDraft(draft, true);
        List<TierDraft> tiers = new ArrayList<>();
        tierRows.forEach(row -> tiers.add(row.value()));
        draft.setTiers(tiers);
        return draft.toTerms();
    }

    /**
     * Whether every visible field holds something its type can read (a number field may hold "1e" that is no
     * number); marks those that do not. Only the domain judges the values themselves.
     */
    public boolean validateInput() {
        boolean ok = true;
        for (Binder.Binding<ClauseDraft, ?> binding : bindings) {
            if (shown((Component) binding.getField()) && binding.validate().isError()) {
                ok = false;
            }
        }
        for (TierRow row : tierRows) {
            ok &= !shown(row) || row.validateInput();
        }
        return ok;
    }

    public void clearErrors() {
        FieldErrors.clear(fields.values());
        tierRows.forEach(row -> FieldErrors.clear(List.of(row.days, row.percent)));
        sections.values().forEach(Section::clearError);
    }

    /**
     * Marks every error this editor has an input for and returns the rest, so that the caller can show them
     * elsewhere: nothing is dropped. An error on a whole clause goes on that clause's error line.
     */
    public Map<String, String> showErrors(Map<String, String> errors) {
        Map<String, String> rest = new LinkedHashMap<>();
        errors.forEach((key, message) -> {
            if (!showError(key, message)) {
                rest.put(key, message);
            }
        });
        return rest;
    }

    /** Marks one error; false when no visible part of this editor is about {@code key}. */
    public boolean showError(String key, String message) {
        HasValidation field = fields.get(key);
        if (field != null && shown((Component) field)) {
            mark(field, message);
            return true;
        }
        Matcher tier = TIER.matcher(key);
        if (tier.matches()) {
            int index = Integer.parseInt(tier.group(1));
            if (index < tierRows.size() && shown(tierRows.get(index))) {
                TierRow row = tierRows.get(index);
                mark("percentKept".equals(tier.group(2)) ? row.percent : row.days, message);
                return true;
            }
        }
        for (Map.Entry<String, Section> entry : sections.entrySet()) {
            String prefix = entry.getKey();
            if ((key.equals(prefix) || key.startsWith(prefix + ".") || key.startsWith(prefix + "["))
                    && entry.getValue().isOn()) {
                entry.getValue().addError(message);
                return true;
            }
        }
        return false;
    }

    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        binder.setReadOnly(readOnly);
        tierRows.forEach(row -> row.setReadOnly(readOnly));
        addTier.setVisible(!readOnly);
    }

    /** Raised on every change the person makes, for previews and "unsaved changes". */
    public static class ChangeEvent extends ComponentEvent<ClauseEditor> {
        ChangeEvent(ClauseEditor source) {
            super(source, true);
        }
    }

    public Registration addChangeListener(ComponentEventListener<ChangeEvent> listener) {
        return addListener(ChangeEvent.class, listener);
    }

    private void changed() {
        fireEvent(new ChangeEvent(this));
    }

    private <V> void bind(HasValue<?, V> field, ValueProvider<ClauseDraft, V> getter, Setter<ClauseDraft, V> setter,
                          String errorKey) {
        bindings.add(binder.forField(field).bind(getter, setter));
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changed();
            }
        });
        if (errorKey != null) {
            fields.put(errorKey, (HasValidation) field);
        }
    }

    private void section(String errorPrefix, String name, Checkbox toggle, Component... content) {
        Section section = new Section(name, toggle, content);
        sections.put(errorPrefix, section);
        add(section);
    }

    private void syncVisibility() {
        sections.values().forEach(Section::sync);
        depositPercent.setVisible(depositKind.getValue() != DepositKind.AMOUNT);
        depositAmount.setVisible(depositKind.getValue() == DepositKind.AMOUNT);
    }

    private void addRow(TierDraft tier) {
        TierRow row = new TierRow(tier);
        row.setReadOnly(readOnly);
        tierRows.add(row);
        tierList.add(row);
        renumber();
    }

    private void removeRow(TierRow row) {
        tierRows.remove(row);
        tierList.remove(row);
        renumber();
        changed();
    }

    private void renumber() {
        for (int i = 0; i < tierRows.size(); i++) {
            tierRows.get(i).renumber(i);
        }
    }

    /** Shown on the page: this component and every parent up to the editor are visible. */
    private boolean shown(Component component) {
        Component c = component;
        while (c != null && c != this) {
            if (!c.isVisible()) {
                return false;
            }
            c = c.getParent().orElse(null);
        }
        return c == this;
    }

    private static void mark(HasValidation field, String message) {
        String before = field.isInvalid() ? field.getErrorMessage() : null;
        field.setErrorMessage(before == null || before.isBlank() ? message : before + "; " + message);
        field.setInvalid(true);
    }

    private static IntegerField wholeNumber(String label, String id) {
        IntegerField field = new IntegerField(label);
        if (id != null) {
            field.setId(id);
        }
        field.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage("Enter a whole number"));
        return field;
    }

    private static BigDecimalField decimal(String label, String id) {
        BigDecimalField field = new BigDecimalField(label);
        if (id != null) {
            field.setId(id);
        }
        field.setI18n(new BigDecimalField.BigDecimalFieldI18n().setBadInputErrorMessage("Enter a number"));
        return field;
    }

    private static Checkbox toggle(String label, String id) {
        Checkbox box = new Checkbox(label);
        box.setId(id);
        box.getStyle().set("font-weight", "600");
        return box;
    }

    /** One clause: its switch (none for payment terms), its inputs, and a line for errors on the whole clause. */
    private static final class Section extends Div {
        private final Checkbox toggle;
        private final FormLayout body = new FormLayout();
        private final Span error = new Span();

        Section(String name, Checkbox toggle, Component... content) {
            this.toggle = toggle;
            setId("clause-" + name);
            getStyle().set("border", "1px solid var(--lumo-contrast-10pct)")
                    .set("border-radius", "var(--lumo-border-radius-m)")
                    .set("padding", "var(--lumo-space-xs) var(--lumo-space-m)")
                    .set("box-sizing", "border-box").set("width", "100%");
            if (toggle == null) {
                Span title = new Span("Payment terms");
                title.getStyle().set("font-weight", "600");
                add(title);
            } else {
                add(toggle);
            }
            body.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2),
                    new ResponsiveStep("48em", 3));
            body.add(content);
            for (Component c : content) {
                if (c instanceof TextArea || c instanceof VerticalLayout || c instanceof RadioButtonGroup) {
                    body.setColspan(c, 3);
                }
            }
            error.setId("clause-" + name + "-error");
            error.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)")
                    .set("display", "block");
            add(body, error);
            clearError();
        }

        boolean isOn() {
            return toggle == null || Boolean.TRUE.equals(toggle.getValue());
        }

        void sync() {
            body.setVisible(isOn());
            if (!isOn()) {
                clearError();
            }
        }

        void addError(String message) {
            error.setText(error.getText() == null || error.getText().isBlank() ? message : error.getText() + " " + message);
            error.setVisible(true);
        }

        void clearError() {
            error.setText("");
            error.setVisible(false);
        }
    }

    /** One row of the cancellation schedule; ids carry its position, which is what error paths name. */
    private final class TierRow extends HorizontalLayout {
        private final IntegerField days = wholeNumber("Cancelled at least (days before start)", null);
        private final BigDecimalField percent = decimal("Share of the fee kept (%)", null);
        private final Button remove = new Button("Remove");
        private final Binder<TierDraft> rowBinder = new Binder<>(TierDraft.class);
        private final List<Binder.Binding<TierDraft, ?>> rowBindings = new ArrayList<>();

        TierRow(TierDraft tier) {
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            rowBindings.add(rowBinder.forField(days).bind(TierDraft::getDaysBeforeStart, TierDraft::setDaysBeforeStart));
            rowBindings.add(rowBinder.forField(percent).bind(TierDraft::getPercentKept, TierDraft::setPercentKept));
            rowBinder.readBean(tier);
            days.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    changed();
                }
            });
            percent.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    changed();
                }
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            remove.addClickListener(e -> removeRow(this));
            add(days, percent, remove);
        }

        void renumber(int index) {
            days.setId("clause-cancellation-days-" + index);
            percent.setId("clause-cancellation-percent-" + index);
            remove.setId("clause-cancellation-remove-" + index);
        }

        TierDraft value() {
            TierDraft tier = new TierDraft();
            rowBinder.writeBeanAsDraft(tier, true);
            return tier;
        }

        boolean validateInput() {
            boolean ok = true;
            for (Binder.Binding<TierDraft, ?> binding : rowBindings) {
                ok &= !binding.validate().isError();
            }
            return ok;
        }

        void setReadOnly(boolean readOnly) {
            rowBinder.setReadOnly(readOnly);
            remove.setVisible(!readOnly);
        }
    }
}
